package vn.thidua.indexer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.extraction.PageText;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * One non-blank line of a report, with its page and its folded form (same length, so an offset in
 * one is an offset in the other). A {@code rowBreak} line stands for a line of white space only:
 * Tika writes one after each table row of office documents, the only trace of the row's end; an
 * empty cell is a line of white space with a tab, kept as a line without text.
 */
record Line(
    String text, String folded, @Nullable Integer page, boolean rowBreak, boolean pageEdge) {

  private static final int MAX_LINE = 4_000;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(trang\\s*)?[-–—\\s]*\\d{1,3}[-–—\\s]*(/\\s*\\d{1,3})?");

  static List<Line> of(List<PageText> pages) {
    List<Line> lines = new ArrayList<>();
    for (PageText page : pages) {
      String[] raw = page.text().split("\\R");
      int first = -1;
      int last = -1;
      for (int i = 0; i < raw.length; i++) {
        if (!raw[i].isBlank()) {
          last = i;
          if (first < 0) {
            first = i;
          }
        }
      }
      for (int i = 0; i < raw.length; i++) {
        String line = raw[i];
        if (line.isBlank()) {
          if (line.indexOf('\t') >= 0) {
            // An empty table cell: Tika starts each cell with a tab.
            lines.add(new Line("", "", page.page(), false, false));
          } else if (!line.isEmpty()) {
            lines.add(new Line("", "", page.page(), true, false));
          }
          continue;
        }
        // Facts sit in short lines; a line longer than this is not read whole.
        String kept = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        String text = SPACES.matcher(VietnameseText.normalize(kept)).replaceAll(" ").strip();
        boolean edge = page.page() != null && (i == first || i == last);
        lines.add(new Line(text, VietnameseText.fold(text), page.page(), false, edge));
      }
    }
    return lines;
  }

  /** The non-empty cells of a row the extractor wrote on one line, its cells between bars. */
  static List<String> cellsBetweenBars(String text) {
    return List.of(text.split("\\|")).stream()
        .map(String::strip)
        .filter(c -> !c.isEmpty())
        .toList();
  }

  /** A page number or running header at the top or bottom of a PDF page: not report text. */
  boolean isPageFurniture() {
    return pageEdge && PAGE_NUMBER.matcher(folded).matches();
  }
}
