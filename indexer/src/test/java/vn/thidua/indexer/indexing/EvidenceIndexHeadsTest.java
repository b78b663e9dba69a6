package vn.thidua.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.access.Visibility;

/**
 * The search counts a file once, as its head, and finds the head by the words of any of its pages:
 * so every file and entry text must have exactly one head, and the head must carry every page.
 */
class EvidenceIndexHeadsTest {

  private static final EntryFields REPORT =
      new EntryFields(
          "report",
          "report",
          "rep00000000000000000001",
          "Báo cáo",
          "Thôn Tây",
          "u1",
          "co_quan",
          2026,
          "annual",
          null,
          List.of(),
          null,
          Visibility.PUBLIC);

  private static final EntryFields STORY =
      new EntryFields(
          "story",
          "story",
          "sto00000000000000000001",
          "Nhà màng",
          "Thôn Tây",
          "u1",
          "co_quan",
          null,
          null,
          null,
          List.of(),
          "nha-mang",
          Visibility.PUBLIC);

  @Test
  void each_file_and_entry_text_has_one_head_carrying_the_words_of_all_its_pages() {
    Map<String, Map<String, Object>> sources =
        EvidenceIndex.sources(
            List.of(
                page("7", 3, "Tưới nhỏ giọt"),
                page("7", 1, "Mở đầu"),
                page("7", 2, "Nhà màng"),
                new EvidenceDocument(REPORT, "Số hoá sổ sách", "8", "so-hoa.docx", null, "h8"),
                new EvidenceDocument(STORY, "Dưa lưới VietGAP", null, null, null, null)));

    assertThat(heads(sources))
        .containsExactlyInAnyOrder(
            "rep00000000000000000001:7:1",
            "rep00000000000000000001:8:0",
            "sto00000000000000000001:entry");
    assertThat(sources.get("rep00000000000000000001:7:1").get(EvidenceIndex.PAGES))
        .isEqualTo(
            List.of(
                Map.of("text_folded", "mo dau"),
                Map.of("text_folded", "nha mang"),
                Map.of("text_folded", "tuoi nho giot")));
    assertThat(sources.get("rep00000000000000000001:7:3"))
        .containsEntry(EvidenceIndex.FILE_HEAD, false)
        .doesNotContainKey(EvidenceIndex.PAGES);
    assertThat(sources.get("sto00000000000000000001:entry").get(EvidenceIndex.PAGES))
        .isEqualTo(List.of(Map.of("text_folded", "dua luoi vietgap")));
  }

  @Test
  void a_file_whose_first_page_has_no_text_gets_its_first_page_with_text_as_head() {
    Map<String, Map<String, Object>> sources =
        EvidenceIndex.sources(List.of(page("9", 4, "Phụ lục"), page("9", 2, "Kết quả")));

    assertThat(heads(sources)).containsExactly("rep00000000000000000001:9:2");
  }

  private static EvidenceDocument page(String fileId, int page, String text) {
    return new EvidenceDocument(REPORT, text, fileId, "bao-cao.pdf", page, "h" + fileId);
  }

  private static List<String> heads(Map<String, Map<String, Object>> sources) {
    return sources.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(e.getValue().get(EvidenceIndex.FILE_HEAD)))
        .map(Map.Entry::getKey)
        .toList();
  }
}
