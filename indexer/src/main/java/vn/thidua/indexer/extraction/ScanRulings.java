package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the grid of a ruled table in a prepared (grey, straight, 300 dpi) scan. A scanned rule is
 * broken in many places (noise, a light scanner, a trace of skew), so rules are not followed pixel
 * by pixel: a row of the picture is a horizontal rule when long runs of ink cover a good part of
 * it; rows of rules close together form one table; within a table's height, a column is a vertical
 * rule when ink covers most of it. The grid is then drawn whole: every horizontal rule across the
 * table's width, every vertical one down its height. Positions are in pixels.
 */
final class ScanRulings {

  /** Breaks in a scanned line up to this many pixels are bridged. */
  private static final int MAX_GAP = 4;

  /** Runs of ink shorter than this are letters, not rules. */
  private static final int MIN_RUN = 25;

  /** Rules further apart than this (about 0.8 inch at 300 dpi) belong to different tables. */
  private static final int MAX_ROW_HEIGHT = 250;

  private ScanRulings() {}

  static List<PageLayout.Ruling> find(BufferedImage grey) {
    if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      return List.of();
    }
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int threshold = OcrPagePreparer.otsu(pixels);
    List<int[]> lines = new ArrayList<>(); // y, from x, to x
    int lineStart = -1;
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int y = 0; y <= h; y++) {
      int[] extent = y < h ? longRuns(pixels, threshold, y * w, 1, w) : null;
      // One unbroken stretch, not ink spread over the row: the middle of a line of bold capitals
      // is long runs too, one per word, and two such lines made a table of a report's title.
      boolean rule = extent != null && extent[0] >= w / 6 && extent[3] >= w / 8;
      if (rule) {
        if (lineStart < 0) {
          lineStart = y;
          from = Integer.MAX_VALUE;
          to = -1;
        }
        from = Math.min(from, extent[1]);
        to = Math.max(to, extent[2]);
      } else if (lineStart >= 0) {
        lines.add(new int[] {(lineStart + y - 1) / 2, from, to});
        lineStart = -1;
      }
    }
    List<PageLayout.Ruling> rulings = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i)[0] - lines.get(i - 1)[0] > MAX_ROW_HEIGHT) {
        table(pixels, threshold, w, lines.subList(first, i), rulings);
        first = i;
      }
    }
    return rulings;
  }

  /** The grid of one table from its horizontal rules; nothing when it has no columns. */
  private static void table(
      byte[] pixels, int threshold, int w, List<int[]> lines, List<PageLayout.Ruling> out) {
    if (lines.size() < 2) {
      return;
    }
    int top = lines.getFirst()[0];
    int bottom = lines.getLast()[0];
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (int[] line : lines) {
      left = Math.min(left, line[1]);
      right = Math.max(right, line[2]);
    }
    int height = bottom - top;
    List<Integer> columns = new ArrayList<>();
    int columnStart = -1;
    for (int x = Math.max(0, left - 5); x <= Math.min(w, right + 6); x++) {
      boolean rule = false;
      if (x < w && x <= right + 5) {
        int[] extent = longRuns(pixels, threshold, top * w + x, w, height + 1);
        rule = extent[0] >= height * 0.6;
      }
      if (rule && columnStart < 0) {
        columnStart = x;
      } else if (!rule && columnStart >= 0) {
        columns.add((columnStart + x - 1) / 2);
        columnStart = -1;
      }
    }
    if (columns.size() < 2) {
      return;
    }
    int gridLeft = columns.getFirst();
    int gridRight = columns.getLast();
    for (int[] line : lines) {
      out.add(new PageLayout.Ruling(false, line[0], gridLeft, gridRight));
    }
    for (int x : columns) {
      out.add(new PageLayout.Ruling(true, x, top, bottom));
    }
  }

  /**
   * Along one row or column of the picture ({@code count} pixels from {@code start}, {@code step}
   * apart): the total length of ink runs of at least {@link #MIN_RUN} pixels (small breaks
   * bridged), where the first begins and the last ends, and the longest.
   */
  private static int[] longRuns(byte[] pixels, int threshold, int start, int step, int count) {
    int total = 0;
    int longest = 0;
    int first = -1;
    int last = -1;
    int runStart = -1;
    int gap = 0;
    for (int i = 0; i <= count; i++) {
      boolean ink = i < count && (pixels[start + i * step] & 0xFF) <= threshold;
      if (ink) {
        if (runStart < 0) {
          runStart = i;
        }
        gap = 0;
      } else if (runStart >= 0 && (++gap > MAX_GAP || i == count)) {
        int end = i - gap + 1;
        if (end - runStart >= MIN_RUN) {
          total += end - runStart;
          longest = Math.max(longest, end - runStart);
          if (first < 0) {
            first = runStart;
          }
          last = end;
        }
        runStart = -1;
        gap = 0;
      }
    }
    return new int[] {total, first, last, longest};
  }
}
