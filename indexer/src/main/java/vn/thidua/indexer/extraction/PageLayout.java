package vn.thidua.indexer.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Puts the glyphs of one PDF page back in reading order, from their positions alone.
 *
 * <p>The order in which a PDF draws its glyphs is not the order of the text: LibreOffice and Word
 * draw every glyph of one font before those of the fallback font that holds the letters the first
 * lacks (ạ, ế, ơ...), so stream order puts those letters at the end of the line. Here glyphs are
 * grouped into lines by their baseline and sorted by x, with a space where the gap between two
 * glyphs is wider than a fraction of the font size.
 *
 * <p>Tables are read cell by cell: the ruling lines the producer drew around cells give each glyph
 * its cell, the lines of one cell are joined with spaces, and a row becomes one {@link Block} with
 * its cells in order. Tables without rules are found from the layout of the text ({@link
 * BorderlessTables}) and read the same way; other text is plain lines.
 */
final class PageLayout {

  /** One glyph (or a few letters PDFBox kept together), in top-down page coordinates. */
  record Glyph(
      String text, float x, float baseline, float width, float height, @Nullable String font) {
    float right() {
      return x + width;
    }

    float top() {
      return baseline - height;
    }

    float centerX() {
      return x + width / 2;
    }

    float centerY() {
      return baseline - height / 2;
    }
  }

  /** A horizontal ({@code vertical == false}) or vertical line drawn on the page. */
  record Ruling(boolean vertical, float position, float from, float to) {}

  /** A line of text, or a table row whose {@code cells} hold the text of each cell in order. */
  record Block(float top, List<String> cells, boolean row) {}

  /** Turns the glyphs of one run of the same font into text (a legacy encoding, say). */
  interface RunDecoder extends Function<List<Glyph>, String> {}

  private static final float TOLERANCE = 2f;

  /** A "cell" taller than this is a frame around a page or a paragraph, not a table cell. */
  private static final float MAX_CELL_HEIGHT = 300f;

  private PageLayout() {}

  static List<Block> blocks(List<Glyph> glyphs, List<Ruling> rulings, RunDecoder decoder) {
    return blocks(glyphs, rulings, decoder, false);
  }

  /**
   * The page's lines and table rows in reading order; with {@code borderless}, tables drawn without
   * rules are found from the layout of the text ({@link BorderlessTables}) and read cell by cell
   * too.
   */
  static List<Block> blocks(
      List<Glyph> glyphs, List<Ruling> rulings, RunDecoder decoder, boolean borderless) {
    List<Ruling> horizontal = merge(rulings.stream().filter(r -> !r.vertical()).toList());
    List<Ruling> vertical = merge(rulings.stream().filter(Ruling::vertical).toList());
    Map<Cell, List<Glyph>> cells = new LinkedHashMap<>();
    List<Glyph> free = new ArrayList<>();
    for (Glyph g : glyphs) {
      Optional<Cell> cell = cellOf(g, horizontal, vertical);
      if (cell.isPresent()) {
        cells.computeIfAbsent(cell.get(), c -> new ArrayList<>()).add(g);
      } else {
        free.add(g);
      }
    }
    List<Block> blocks = new ArrayList<>();
    if (cells.size() == 1) {
      // A frame around a paragraph is not a table.
      free.addAll(cells.values().iterator().next());
      cells.clear();
    }
    List<List<Glyph>> freeLines = lines(free);
    List<BorderlessTables.Table> tables =
        borderless ? BorderlessTables.find(freeLines, false) : List.<BorderlessTables.Table>of();
    List<List<List<Glyph>>> regions = new ArrayList<>();
    if (tables.isEmpty()) {
      regions.addAll(columns(freeLines));
    } else {
      // The lines between the tables, each run read as a page would be: in columns if it is set so.
      float[] extent = extent(freeLines);
      int from = 0;
      for (BorderlessTables.Table table : tables) {
        regions.addAll(columns(freeLines.subList(from, table.from()), extent[0], extent[1]));
        blocks.addAll(rows(table, decoder, false));
        from = table.to();
      }
      regions.addAll(columns(freeLines.subList(from, freeLines.size()), extent[0], extent[1]));
    }
    for (List<List<Glyph>> region : regions) {
      // A region read in columns keeps its place on the page, its lines in reading order: the
      // left column's, then the right's.
      float top = region.getFirst().getFirst().top();
      for (int k = 0; k < region.size(); k++) {
        List<Glyph> line = region.get(k);
        float at = region.size() == 1 ? line.getFirst().top() : top + k * 1e-3f;
        blocks.add(new Block(at, List.of(text(line, decoder)), false));
      }
    }
    List<Cell> ordered = new ArrayList<>(cells.keySet());
    ordered.sort(Comparator.comparingDouble(Cell::top).thenComparingDouble(Cell::left));
    List<String> row = new ArrayList<>();
    float rowTop = Float.NaN;
    for (Cell cell : ordered) {
      if (!row.isEmpty() && Math.abs(cell.top() - rowTop) > TOLERANCE) {
        blocks.add(new Block(rowTop, List.copyOf(row), true));
        row.clear();
      }
      if (row.isEmpty()) {
        rowTop = cell.top();
      }
      List<String> lines = new ArrayList<>();
      for (List<Glyph> line : lines(cells.get(cell))) {
        lines.add(text(line, decoder));
      }
      row.add(String.join(" ", lines));
    }
    if (!row.isEmpty()) {
      blocks.add(new Block(rowTop, List.copyOf(row), true));
    }
    blocks.sort(Comparator.comparingDouble(Block::top));
    return blocks;
  }

  /**
   * The lines of a page as a reader made them ({@code lines}, Tesseract's), with those that make a
   * table without rules replaced by its rows; {@code glyphs} holds each line's words. A word that
   * is only a stray mark ("|", "—", "_", "'"), which OCR reads from specks between the columns of a
   * table without rules, is no cell's text.
   */
  static List<Block> withBorderlessTables(
      List<Block> lines, List<List<Glyph>> glyphs, RunDecoder decoder) {
    List<List<Glyph>> sorted = new ArrayList<>();
    for (List<Glyph> line : glyphs) {
      // A bar stays for the table's layout: it is often a "1" that begins a row (its cell is
      // dropped below).
      List<Glyph> byX =
          new ArrayList<>(
              line.stream().filter(g -> !isStray(g.text()) || g.text().contains("|")).toList());
      if (byX.isEmpty()) {
        byX.addAll(line);
      }
      byX.sort(Comparator.comparingDouble(Glyph::x));
      sorted.add(byX);
    }
    List<BorderlessTables.Table> tables =
        lines.size() == glyphs.size()
            ? BorderlessTables.find(sorted, true)
            : List.<BorderlessTables.Table>of();
    if (tables.isEmpty()) {
      return lines;
    }
    List<Block> blocks = new ArrayList<>();
    int from = 0;
    for (BorderlessTables.Table table : tables) {
      blocks.addAll(lines.subList(from, table.from()));
      blocks.addAll(rows(table, decoder, true));
      from = table.to();
    }
    blocks.addAll(lines.subList(from, lines.size()));
    return blocks;
  }

  private static boolean isStray(String word) {
    String w = word.strip();
    return !w.isEmpty() && w.chars().allMatch(c -> "|¦_—~'‘’`".indexOf(c) >= 0);
  }

  /**
   * The rows of a table found without rules, as a ruled table's: the lines of a cell joined with
   * spaces, the cells without text left out ({@code strays}: and those of stray marks only).
   */
  private static List<Block> rows(
      BorderlessTables.Table table, RunDecoder decoder, boolean strays) {
    List<Block> rows = new ArrayList<>();
    for (List<List<List<Glyph>>> row : table.rows()) {
      List<String> cells = new ArrayList<>();
      float top = Float.MAX_VALUE;
      for (List<List<Glyph>> cell : row) {
        List<String> lines = new ArrayList<>();
        for (List<Glyph> line : cell) {
          lines.add(text(line, decoder));
          top = Math.min(top, line.getFirst().top());
        }
        String text = String.join(" ", lines).strip();
        if (!text.isEmpty() && !(strays && isStray(text.replace(" ", "")))) {
          cells.add(text);
        }
      }
      if (!cells.isEmpty()) {
        rows.add(new Block(top, List.copyOf(cells), true));
      }
    }
    return rows;
  }

  /** The cell around a glyph: the nearest rules on its four sides that close a box. */
  private record Cell(float left, float top, float right, float bottom) {}

  private static Optional<Cell> cellOf(Glyph g, List<Ruling> horizontal, List<Ruling> vertical) {
    float cx = g.centerX();
    float cy = g.centerY();
    @Nullable Ruling left = null;
    @Nullable Ruling right = null;
    for (Ruling v : vertical) {
      if (v.from() - TOLERANCE <= cy && cy <= v.to() + TOLERANCE) {
        if (v.position() <= cx && (left == null || v.position() > left.position())) {
          left = v;
        } else if (v.position() > cx && (right == null || v.position() < right.position())) {
          right = v;
        }
      }
    }
    if (left == null || right == null) {
      return Optional.empty();
    }
    @Nullable Ruling top = null;
    @Nullable Ruling bottom = null;
    for (Ruling h : horizontal) {
      if (h.from() - TOLERANCE <= cx && cx <= h.to() + TOLERANCE) {
        if (h.position() <= cy && (top == null || h.position() > top.position())) {
          top = h;
        } else if (h.position() > cy && (bottom == null || h.position() < bottom.position())) {
          bottom = h;
        }
      }
    }
    if (top == null || bottom == null) {
      return Optional.empty();
    }
    float l = left.position();
    float r = right.position();
    float t = top.position();
    float b = bottom.position();
    boolean closed =
        b - t <= MAX_CELL_HEIGHT
            && spans(left, t, b)
            && spans(right, t, b)
            && spans(top, l, r)
            && spans(bottom, l, r);
    return closed
        ? Optional.of(new Cell(round(l), round(t), round(r), round(b)))
        : Optional.empty();
  }

  private static boolean spans(Ruling ruling, float from, float to) {
    return ruling.from() - TOLERANCE <= from && ruling.to() + TOLERANCE >= to;
  }

  private static float round(float value) {
    return Math.round(value);
  }

  /** Joins collinear rules that touch or overlap (producers draw one border per cell). */
  private static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> sorted = new ArrayList<>(rulings);
    sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
    List<Ruling> merged = new ArrayList<>();
    for (Ruling r : sorted) {
      if (!merged.isEmpty()) {
        Ruling last = merged.getLast();
        if (Math.abs(last.position() - r.position()) <= TOLERANCE
            && r.from() <= last.to() + TOLERANCE) {
          merged.set(
              merged.size() - 1,
              new Ruling(r.vertical(), last.position(), last.from(), Math.max(last.to(), r.to())));
          continue;
        }
      }
      merged.add(r);
    }
    return merged;
  }

  /** A gap between two words of a line at least this many times its height may be a gutter. */
  private static final float GUTTER = 1.0f;

  /** Fewer lines than this with text on both sides of a gutter are not two columns. */
  private static final int MIN_COLUMN_LINES = 5;

  /**
   * The lines of a page in reading order, as regions: a region is one line, or a run of lines set
   * in two columns, its left column's lines first, then its right column's.
   *
   * <p>Lines by baseline across the page interleave two columns, cutting every sentence of each. A
   * run of lines is in two columns when one gap, wider than the line's height, splits a line into
   * two sides each at least a quarter of the page's text wide, and the same stretch of the page
   * stays empty in the lines below (a short line on either side leaves it empty), at least {@link
   * #MIN_COLUMN_LINES} of them with text on both sides. An unruled table has several such gaps, or
   * a narrow side (a column of figures), and stays lines, as it looks; so does the two-sided header
   * of an administrative document (unit and number beside the motto and date: four lines).
   */
  static List<List<List<Glyph>>> columns(List<List<Glyph>> lines) {
    float[] extent = extent(lines);
    return columns(lines, extent[0], extent[1]);
  }

  /** The left and right edges of the page's text, {left, right}. */
  private static float[] extent(List<List<Glyph>> lines) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (List<Glyph> line : lines) {
      left = Math.min(left, line.getFirst().x());
      right = Math.max(right, line.getLast().right());
    }
    return new float[] {left, right};
  }

  /** {@link #columns(List)} of some of a page's lines, the page's text from left to right. */
  private static List<List<List<Glyph>>> columns(List<List<Glyph>> lines, float left, float right) {
    List<List<List<Glyph>>> regions = new ArrayList<>();
    float width = right - left;
    int i = 0;
    while (i < lines.size()) {
      float[] gutter = gutter(lines.get(i), left, right, width);
      if (gutter == null) {
        regions.add(List.of(lines.get(i)));
        i++;
        continue;
      }
      float from = gutter[0];
      float to = gutter[1];
      float height = lineHeight(lines.get(i));
      int end = i + 1;
      int both = 1;
      while (end < lines.size()) {
        float[] free = free(lines.get(end), from, to);
        if (free == null || free[1] - free[0] < GUTTER * height * 0.5f) {
          break;
        }
        from = free[0];
        to = free[1];
        List<Glyph> line = lines.get(end);
        float middle = (from + to) / 2;
        if (line.getFirst().x() < middle && line.getLast().right() > middle) {
          both++;
        }
        end++;
      }
      if (both < MIN_COLUMN_LINES) {
        regions.add(List.of(lines.get(i)));
        i++;
        continue;
      }
      float middle = (from + to) / 2;
      List<List<Glyph>> leftColumn = new ArrayList<>();
      List<List<Glyph>> rightColumn = new ArrayList<>();
      for (List<Glyph> line : lines.subList(i, end)) {
        List<Glyph> l = line.stream().filter(g -> g.centerX() < middle).toList();
        List<Glyph> r = line.stream().filter(g -> g.centerX() >= middle).toList();
        if (!l.isEmpty()) {
          leftColumn.add(l);
        }
        if (!r.isEmpty()) {
          rightColumn.add(r);
        }
      }
      List<List<Glyph>> region = new ArrayList<>(leftColumn);
      region.addAll(rightColumn);
      regions.add(region);
      i = end;
    }
    return regions;
  }

  /**
   * The one gap of a line that could be a gutter between two columns, as {from, to}: wider than the
   * line's height, the only such gap, with a quarter of the page's text width on each side.
   */
  private static float @Nullable [] gutter(List<Glyph> line, float left, float right, float width) {
    float height = lineHeight(line);
    float[] found = null;
    for (int k = 1; k < line.size(); k++) {
      float from = line.get(k - 1).right();
      float to = line.get(k).x();
      if (to - from >= GUTTER * height) {
        if (found != null) {
          return null;
        }
        found = new float[] {from, to};
      }
    }
    if (found == null
        || line.getFirst().x() > left + width * 0.1f
        || found[0] - left < width * 0.25f
        || right - found[1] < width * 0.25f) {
      return null;
    }
    return found;
  }

  /** The widest part of {from, to} that no glyph of the line covers, or null. */
  private static float @Nullable [] free(List<Glyph> line, float from, float to) {
    float[] best = null;
    float start = from;
    for (Glyph g : line) {
      if (g.right() <= start || g.x() >= to) {
        continue;
      }
      if (g.x() > start && (best == null || g.x() - start > best[1] - best[0])) {
        best = new float[] {start, g.x()};
      }
      start = Math.max(start, g.right());
    }
    if (start < to && (best == null || to - start > best[1] - best[0])) {
      best = new float[] {start, to};
    }
    return best;
  }

  private static float lineHeight(List<Glyph> line) {
    float height = 1f;
    for (Glyph g : line) {
      height = Math.max(height, g.height());
    }
    return height;
  }

  /** Groups glyphs into lines by baseline, top to bottom, each sorted left to right. */
  static List<List<Glyph>> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float baseline = Float.NaN;
    float height = 0;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > 0.5f * Math.max(height, 1f)) {
        lines.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        baseline = g.baseline();
        height = g.height();
      } else {
        height = Math.max(height, g.height());
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    for (List<Glyph> line : lines) {
      line.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  /**
   * The text of one line: runs of glyphs of the same font decoded together, a space where two
   * glyphs are further apart than a fifth of the font size.
   */
  static String text(List<Glyph> line, RunDecoder decoder) {
    StringBuilder out = new StringBuilder();
    List<Glyph> run = new ArrayList<>();
    @Nullable Glyph previous = null;
    for (Glyph g : line) {
      boolean gap =
          previous != null
              && g.x() - previous.right() > 0.2f * Math.max(g.height(), previous.height())
              && !isMark(g.text());
      boolean sameRun = previous != null && !gap && sameFont(previous, g);
      if (!sameRun && !run.isEmpty()) {
        out.append(decoder.apply(run));
        run.clear();
      }
      if (gap && !endsWithSpace(out) && !g.text().startsWith(" ")) {
        out.append(' ');
      }
      run.add(g);
      previous = g;
    }
    if (!run.isEmpty()) {
      out.append(decoder.apply(run));
    }
    return out.toString().strip().replaceAll(" {2,}", " ");
  }

  private static boolean sameFont(Glyph a, Glyph b) {
    return a.font() == null ? b.font() == null : a.font().equals(b.font());
  }

  private static boolean endsWithSpace(StringBuilder out) {
    return out.isEmpty() || out.charAt(out.length() - 1) == ' ';
  }

  private static boolean isMark(String text) {
    return !text.isEmpty() && Character.getType(text.charAt(0)) == Character.NON_SPACING_MARK;
  }
}
