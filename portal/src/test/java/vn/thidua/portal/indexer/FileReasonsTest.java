package vn.thidua.portal.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.shell.Languages;
import vn.thidua.portal.shell.PortalI18NProvider;

/** The indexer's reason codes read as sentences in the reader's language. */
class FileReasonsTest {

  private final PortalI18NProvider i18n = new PortalI18NProvider();

  @Test
  void a_file_over_the_size_limit_is_explained_in_english_to_an_english_reader() {
    IndexedFile refused =
        status("refused", "Tệp lớn hơn giới hạn 200 MB.", "too_large", Map.of("limitMb", 200));

    assertThat(text(refused, Languages.ENGLISH))
        .isEqualTo("The file is larger than the limit of 200 MB; split it or compress its images.");
    assertThat(text(refused, Languages.VIETNAMESE))
        .isEqualTo("Tệp lớn hơn giới hạn 200 MB; hãy tách tệp hoặc nén ảnh.");
  }

  @Test
  void a_scan_read_by_ocr_gives_its_page_count_in_both_languages() {
    IndexedFile indexed = status("indexed", "…", "ocr_pages", Map.of("pages", 3));

    assertThat(text(indexed, Languages.ENGLISH)).contains("OCR").contains("(3 pages)");
    assertThat(text(indexed, Languages.VIETNAMESE)).contains("OCR").contains("(3 trang)");
  }

  @Test
  void a_status_without_a_code_or_with_an_unknown_one_keeps_the_indexers_sentence() {
    IndexedFile old = status("failed", "Tệp hỏng.", null, null);
    IndexedFile newer = status("failed", "Lý do mới.", "some_new_code", Map.of());
    IndexedFile none = status("indexed", null, null, null);

    assertThat(text(old, Languages.ENGLISH)).isEqualTo("Tệp hỏng.");
    assertThat(text(newer, Languages.ENGLISH)).isEqualTo("Lý do mới.");
    assertThat(text(none, Languages.ENGLISH)).isNull();
  }

  @Test
  void every_code_has_a_sentence_in_both_bundles_taking_its_parameters() {
    Pattern argument = Pattern.compile("\\{\\d+}");
    FileReasons.PARAMETERS.forEach(
        (code, names) -> {
          for (Locale locale : Languages.ALL) {
            String pattern = i18n.getTranslation(FileReasons.KEY_PREFIX + code, locale);
            assertThat(pattern).as(code).isNotEqualTo(FileReasons.KEY_PREFIX + code);
            assertThat(argument.matcher(pattern).results().count())
                .as(code + " in " + locale)
                .isEqualTo(names.size());
          }
        });
  }

  private @Nullable String text(IndexedFile file, Locale locale) {
    return FileReasons.text(file, (key, args) -> i18n.getTranslation(key, locale, args));
  }

  private static IndexedFile status(
      String status,
      @Nullable String reason,
      @Nullable String code,
      @Nullable Map<String, Object> params) {
    return new IndexedFile(
        "7",
        "doc1",
        "bao-cao.pdf",
        null,
        null,
        status,
        reason,
        1,
        null,
        10L,
        "report",
        code,
        params);
  }
}
