package vn.thidua.portal.indexer;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A file's reason in the reader's language: the indexer sends a code and its parameters, the
 * bundles hold one sentence per code ({@code indexer.reason.<code>}, vi and en) whose arguments are
 * the parameters in the order listed here. A code this portal does not know yet, or a status
 * recorded before codes, shows the indexer's own Vietnamese sentence rather than nothing.
 */
public final class FileReasons {

  /** Every code the indexer sends (its {@code ReasonCode}), with its parameters in order. */
  static final Map<String, List<String>> PARAMETERS =
      Map.ofEntries(
          entry("queued", List.of()),
          entry("requeued_after_restart", List.of()),
          entry("retry_requested", List.of()),
          entry("downloading", List.of()),
          entry("ocr_running", List.of()),
          entry("strapi_unavailable", List.of()),
          entry("search_unavailable", List.of()),
          entry("indexed", List.of()),
          entry("indexed_pages", List.of("pages")),
          entry("ocr_indexed", List.of()),
          entry("ocr_pages", List.of("pages")),
          entry("partial", List.of("maxCharacters")),
          entry("empty", List.of()),
          entry("no_text", List.of()),
          entry("no_text_ocr", List.of()),
          entry("encrypted", List.of()),
          entry("unsupported", List.of("mediaType")),
          entry("too_large", List.of("limitMb")),
          entry("unreadable", List.of("detail")),
          entry("broken", List.of("detail")),
          entry("timeout", List.of("seconds")),
          entry("zip_bomb", List.of()),
          entry("zip_inflation", List.of("unpackedMb")),
          entry("nested_too_deep", List.of("levels")),
          entry("out_of_memory", List.of("heapMb")),
          entry("parser_crashed", List.of("exitCode")),
          entry("strapi_refused", List.of("status")),
          entry("index_refused", List.of("detail")),
          entry("failed_repeatedly", List.of("detail")),
          entry("quarantined", List.of("attempts")));

  static final String KEY_PREFIX = "indexer.reason.";

  private FileReasons() {}

  /**
   * The sentence for {@code file}'s reason, or null when it has none.
   *
   * @param translate a view's {@code getTranslation(key, arguments...)}
   */
  public static @Nullable String text(
      IndexedFile file, BiFunction<String, Object[], String> translate) {
    String code = file.reasonCode();
    List<String> names = code == null ? null : PARAMETERS.get(code);
    if (names == null) {
      return file.reason() == null || file.reason().isBlank() ? null : file.reason();
    }
    Map<String, Object> params = file.reasonParams() == null ? Map.of() : file.reasonParams();
    Object[] arguments = names.stream().map(n -> params.getOrDefault(n, "?")).toArray();
    return translate.apply(KEY_PREFIX + code, arguments);
  }
}
