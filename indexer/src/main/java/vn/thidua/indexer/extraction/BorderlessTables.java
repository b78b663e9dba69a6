package vn.thidua.indexer.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thidua.indexer.extraction.PageLayout.Glyph;

/**
 * Finds the tables a page draws without rules (Word and LibreOffice tables whose borders were
 * removed, or kept only under the header) from the layout of the text alone, and cuts them into
 * rows and cells, so that the text a cell wraps over several lines can be read as one.
 *
 * <p>Columns are the stretches of the page that the lines of a run all leave empty: in a table,
 * each cell's words stay between its column's edges whatever the line, so the space between two
 * columns runs down the whole table; in a paragraph, the spaces between words fall at different
 * places on every line and no gap runs down. A table starts at a line split by wide gaps into three
 * parts or more, and goes on while the lines below keep every gap of it empty and stay as close to
 * each other as its lines are; it needs {@link #MIN_COLUMNS} columns and {@link #MIN_LINES} lines.
 * A two-sided header (unit beside the motto), a signature block or a page set in two columns has
 * two sides only and is never taken for a table.
 *
 * <p>Rows: the first column of a numbered table (STT) has text only on the first line of each row,
 * so a row runs from one line with text there to the next; where the cells are centred in their
 * rows (a number standing between the lines of the name beside it), each line goes with the nearest
 * numbered line. Where every line has text in the first column, a wider space between lines
 * separates rows; without either, every line is a row.
 */
final class BorderlessTables {

  /** A table: lines {@code [from, to)} of the page, its rows, each row its cells' glyph lines. */
  record Table(int from, int to, List<List<List<List<Glyph>>>> rows) {}

  /** A gap wider than this many times the line's height separates two cells. */
  private static final float CELL_GAP = 0.75f;

  static final int MIN_COLUMNS = 3;

  static final int MIN_LINES = 3;

  /** A line further below the previous than this many times the table's closest lines ends it. */
  private static final float MAX_SPACING = 2.2f;

  private BorderlessTables() {}

  /**
   * The tables among the lines of a page (each line sorted left to right), top to bottom; {@code
   * ocr}: words read by OCR, whose bars ("|") are often specks between columns.
   */
  static List<Table> find(List<List<Glyph>> lines, boolean ocr) {
    List<Table> tables = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      float[][] columns = segments(lines.get(i), ocr);
      if (columns.length < MIN_COLUMNS) {
        i++;
        continue;
      }
      float closest = Float.MAX_VALUE;
      int end = i + 1;
      while (end < lines.size()) {
        List<Glyph> line = lines.get(end);
        float spacing = baseline(line) - baseline(lines.get(end - 1));
        float limit =
            closest == Float.MAX_VALUE ? MAX_SPACING * 1.2f * height(line) : MAX_SPACING * closest;
        if (spacing > limit) {
          break;
        }
        float[][] merged = merge(columns, segments(line, ocr), gap(line));
        if (merged.length < columns.length) {
          // A line across a gap: a paragraph, a heading, or a cell merged over columns.
          break;
        }
        columns = merged;
        closest = Math.min(closest, spacing);
        end++;
      }
      if (end - i >= MIN_LINES && columns.length >= MIN_COLUMNS) {
        tables.add(new Table(i, end, rows(lines.subList(i, end), columns)));
        i = end;
      } else {
        i++;
      }
    }
    return tables;
  }

  /** The lines of a table cut into rows, and each row's lines into its columns' cells. */
  private static List<List<List<List<Glyph>>>> rows(List<List<Glyph>> lines, float[][] columns) {
    int n = lines.size();
    // cells[line][column]: the glyphs of a line in a column
    List<List<List<Glyph>>> cells = new ArrayList<>();
    for (List<Glyph> line : lines) {
      List<List<Glyph>> byColumn = new ArrayList<>();
      for (int c = 0; c < columns.length; c++) {
        byColumn.add(new ArrayList<>());
      }
      for (Glyph g : line) {
        byColumn.get(column(columns, g.centerX())).add(g);
      }
      cells.add(byColumn);
    }
    boolean[] starts = rowStarts(lines, cells);
    List<List<List<List<Glyph>>>> rows = new ArrayList<>();
    List<List<List<Glyph>>> row = null;
    for (int k = 0; k < n; k++) {
      if (row == null || starts[k]) {
        row = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
          row.add(new ArrayList<>());
        }
        rows.add(row);
      }
      for (int c = 0; c < columns.length; c++) {
        if (!cells.get(k).get(c).isEmpty()) {
          row.get(c).add(cells.get(k).get(c));
        }
      }
    }
    return rows;
  }

  /**
   * Which lines start a row: those with text in the first column when some lines have none there (a
   * numbered table, its rows top-aligned); else those further from the line above than the closest
   * lines are (space between rows); else every line.
   */
  private static boolean[] rowStarts(List<List<Glyph>> lines, List<List<List<Glyph>>> cells) {
    int n = lines.size();
    boolean[] starts = new boolean[n];
    int keyed = 0;
    for (int k = 0; k < n; k++) {
      starts[k] = !cells.get(k).getFirst().isEmpty();
      keyed += starts[k] ? 1 : 0;
    }
    if (keyed < n) {
      return centred(cells, starts) ? nearestKey(lines, starts) : starts;
    }
    float closest = Float.MAX_VALUE;
    for (int k = 1; k < n; k++) {
      closest = Math.min(closest, baseline(lines.get(k)) - baseline(lines.get(k - 1)));
    }
    boolean spaced = false;
    for (int k = 1; k < n; k++) {
      starts[k] = baseline(lines.get(k)) - baseline(lines.get(k - 1)) > 1.25f * closest;
      spaced |= starts[k];
    }
    if (!spaced) {
      Arrays.fill(starts, true);
    }
    starts[0] = true;
    return starts;
  }

  private static boolean isBar(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.chars().allMatch(c -> c == '|' || c == '¦');
  }

  /**
   * Whether the cells are centred in their rows rather than at their tops. At the top, a cell's
   * first line is on its row's first line (its number's), so a row of several lines has all its
   * columns on that line; centred, a number beside a name of two lines stands between them, and the
   * row cut at the number has on a later line text in a column its first line has none in. The rows
   * showing the second are counted against those showing the first (a slip of OCR is one).
   */
  private static boolean centred(List<List<List<Glyph>>> cells, boolean[] starts) {
    int centred = 0;
    int top = 0;
    int k = 0;
    while (k < cells.size()) {
      int end = k + 1;
      while (end < cells.size() && !starts[end]) {
        end++;
      }
      boolean later = false;
      for (int j = k + 1; j < end; j++) {
        for (int c = 0; c < cells.get(j).size(); c++) {
          later |= !cells.get(j).get(c).isEmpty() && cells.get(k).get(c).isEmpty();
        }
      }
      if (later) {
        centred++;
      } else if (end - k > 1) {
        top++;
      }
      k = end;
    }
    return centred > 0 && centred >= top;
  }

  /**
   * Rows of cells centred in them: each line goes with the numbered line nearest to it (above or
   * below), and a row starts where that changes.
   */
  private static boolean[] nearestKey(List<List<Glyph>> lines, boolean[] keys) {
    int n = lines.size();
    int[] key = new int[n];
    int previous = -1;
    for (int k = 0; k < n; k++) {
      if (keys[k]) {
        previous = k;
      }
      int next = -1;
      for (int j = k; j < n && next < 0; j++) {
        if (keys[j]) {
          next = j;
        }
      }
      if (previous < 0 || next >= 0 && nearer(lines, k, next, previous)) {
        key[k] = next;
      } else {
        key[k] = previous;
      }
    }
    boolean[] starts = new boolean[n];
    for (int k = 0; k < n; k++) {
      starts[k] = k == 0 || key[k] != key[k - 1];
    }
    return starts;
  }

  /** Whether line {@code a} is strictly nearer to line {@code b} than to line {@code c}. */
  private static boolean nearer(List<List<Glyph>> lines, int a, int b, int c) {
    float at = baseline(lines.get(a));
    return Math.abs(baseline(lines.get(b)) - at) < Math.abs(baseline(lines.get(c)) - at);
  }

  /** The column whose stretch holds {@code x}, or the nearest one. */
  private static int column(float[][] columns, float x) {
    int best = 0;
    float distance = Float.MAX_VALUE;
    for (int c = 0; c < columns.length; c++) {
      float d = x < columns[c][0] ? columns[c][0] - x : x > columns[c][1] ? x - columns[c][1] : 0;
      if (d < distance) {
        distance = d;
        best = c;
      }
    }
    return best;
  }

  /** The stretches {from, to} of a line that gaps wider than {@link #gap} separate. */
  static float[][] segments(List<Glyph> line, boolean ocr) {
    float gap = gap(line);
    List<float[]> parts = new ArrayList<>();
    float[] current = null;
    for (Glyph g : line) {
      if (ocr && isBar(g.text())) {
        // A bar OCR read from a speck between two columns joins nothing.
        continue;
      }
      if (current != null && g.x() - current[1] < gap) {
        current[1] = Math.max(current[1], g.right());
      } else {
        current = new float[] {g.x(), g.right()};
        parts.add(current);
      }
    }
    return parts.toArray(new float[0][]);
  }

  /** The stretches of {@code a} and {@code b} together, those closer than {@code gap} joined. */
  private static float[][] merge(float[][] a, float[][] b, float gap) {
    float[][] all = new float[a.length + b.length][];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all, (p, q) -> Float.compare(p[0], q[0]));
    List<float[]> merged = new ArrayList<>();
    for (float[] s : all) {
      if (!merged.isEmpty() && s[0] - merged.getLast()[1] < gap) {
        float[] last = merged.getLast();
        merged.set(merged.size() - 1, new float[] {last[0], Math.max(last[1], s[1])});
      } else {
        merged.add(new float[] {s[0], s[1]});
      }
    }
    return merged.toArray(new float[0][]);
  }

  private static float gap(List<Glyph> line) {
    return CELL_GAP * height(line);
  }

  private static float height(List<Glyph> line) {
    float height = 1f;
    for (Glyph g : line) {
      height = Math.max(height, g.height());
    }
    return height;
  }

  private static float baseline(List<Glyph> line) {
    return line.getFirst().baseline();
  }
}
