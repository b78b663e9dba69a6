package vn.thidua.indexer.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Prepares a scanned page for Tesseract the way its documentation ("Improving the quality of the
 * output") advises, but only as far as the page needs it: noise removed when there is noise, the
 * page turned straight when it is turned, and enough resolution (about 300 dpi, where the models
 * were trained) when it has less.
 *
 * <p>Office scanners at 110–150 dpi and phone photos give small, noisy, slightly turned glyphs;
 * Tesseract then breaks the Vietnamese marks off their letters or merges them with the noise, and a
 * turned line is cut in two. A clean scan is another matter: at 150 dpi the dot under "ặ" and the
 * breve of "ắ" are one or two pixels alone, exactly what an impulse filter takes for noise, and
 * filtering every page read the corpus's clean scan worse than plain Tesseract ("độ man", "Lap" for
 * "độ mặn", "Lắp"). So each step is decided from the page:
 *
 * <ul>
 *   <li>noise: the share of <em>lonely ink</em>, dark pixels with no other dark pixel within three
 *       pixels. A mark of a letter sits next to its letter; salt-and-pepper noise lies anywhere.
 *       Clean scans here have none, noisy office scans one in a thousand pixels or more. Above
 *       {@link #NOISY} the impulses are removed (a pixel unlike its neighbours takes their median,
 *       which keeps one-pixel strokes);
 *   <li>skew: measured by projection profiles (the angle whose rows of ink are sharpest, ±6° by
 *       0.1°, on Otsu's threshold) and undone when it is at least 0.1°;
 *   <li>resolution: below 280 dpi, scaled to 300 dpi with bicubic interpolation.
 * </ul>
 *
 * Tesseract thresholds the prepared grey page itself. Stateless.
 */
final class OcrPagePreparer {

  /** The resolution Tesseract's models expect. */
  static final int TARGET_DPI = 300;

  /**
   * Lonely ink above this share of the pixels (one in 10,000: about 200 specks on an A4 page at 150
   * dpi) is noise worth removing. Measured: 0 on the corpus's three scans and on a clean 300 dpi
   * rendering; 0.0013 to 0.003 on the generated 110–150 dpi office scans.
   */
  static final double NOISY = 0.0001;

  /**
   * Paper brighter at one place than another by more than this many grey levels is unevenly lit and
   * is flattened. Measured: 0 on the corpus's three scans; 23 on the generated phone photographs
   * (FactsBenchmark: the paper 15 % darker at the top than at the bottom).
   */
  static final int UNEVEN_LIGHT = 15;

  private static final double MAX_SKEW_DEGREES = 6;

  /** Dark pixels further than this from any other are lonely. */
  private static final int LONELY_RADIUS = 3;

  private OcrPagePreparer() {}

  /**
   * A page prepared for OCR, at resolution {@code dpi}, and what was done to it: {@code noise} is
   * the share of lonely ink measured, {@code denoised} whether impulses were removed, {@code
   * skewDegrees} the turn undone (0 when none).
   */
  record Prepared(
      BufferedImage image,
      int dpi,
      double noise,
      boolean denoised,
      double skewDegrees,
      int lightSpread,
      boolean flattened) {}

  /**
   * A grey copy of {@code page}, cleaned when it is noisy, straightened when it is turned, and at
   * {@link #TARGET_DPI} when {@code dpi} is lower.
   *
   * @param dpi the resolution of {@code page}, or 0 when unknown (guessed from an A4 page)
   */
  static Prepared prepare(BufferedImage page, int dpi) {
    int known = dpi > 0 ? dpi : guessDpi(page);
    double scale = known < TARGET_DPI - 20 ? Math.min(4.0, (double) TARGET_DPI / known) : 1.0;
    // Noise is removed at the scan's own resolution: scaled up first, one noisy pixel becomes a
    // blot that a 3×3 median no longer sees as noise.
    BufferedImage grey = grey(page, 1.0);
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    // Light first: under a lamp or a window one end of a photographed page is darker paper than the
    // other, and every global threshold after (Otsu's for the noise, the skew and the rules,
    // Tesseract's own) took the darker paper for ink.
    int tile = Math.max(8, known / 5);
    int[][] paper = paper(pixels, w, h, tile);
    int spread = spread(paper);
    boolean uneven = spread > UNEVEN_LIGHT;
    if (uneven) {
      pixels = flatten(pixels, w, h, tile, paper);
      grey = toImage(pixels, w, h);
    }
    int threshold = otsu(pixels);
    double noise = lonelyInk(pixels, w, h, threshold);
    boolean noisy = noise > NOISY;
    byte[] clean = noisy ? impulses(pixels, w, h) : pixels;
    double skew = skewDegrees(clean, w, h, noisy ? otsu(clean) : threshold);
    boolean turned = Math.abs(skew) >= 0.1;
    BufferedImage straight = noisy ? toImage(clean, w, h) : grey;
    if (turned) {
      straight = rotate(straight, -skew);
    }
    // Left grey: Tesseract's own thresholding of a clean, straight 300 dpi page kept more
    // diacritics than Otsu's here (measured on 120 dpi scans: "Sang kiển" against "Sáng kiến").
    BufferedImage prepared = scale == 1.0 ? straight : grey(straight, scale);
    // The resolution the picture has now (a 60 dpi photo is scaled four times at most), which
    // Tesseract is told and the words' boxes are measured in.
    int preparedDpi = (int) Math.round(known * scale);
    return new Prepared(prepared, preparedDpi, noise, noisy, turned ? skew : 0, spread, uneven);
  }

  /**
   * The paper's brightness in each tile of {@code tile} pixels (about 5 mm): the 90th percentile of
   * its grey levels, since a tile crossed by a line of text is still mostly paper. A tile that is
   * mostly ink (a bold title, a black picture) takes the brightest paper of its neighbours, and the
   * result is smoothed over three tiles so that one dark tile does not make a hole in the light.
   */
  static int[][] paper(byte[] pixels, int w, int h, int tile) {
    int cols = (w + tile - 1) / tile;
    int rows = (h + tile - 1) / tile;
    int[][] level = new int[rows][cols];
    int[] histogram = new int[256];
    for (int ty = 0; ty < rows; ty++) {
      for (int tx = 0; tx < cols; tx++) {
        java.util.Arrays.fill(histogram, 0);
        int count = 0;
        for (int y = ty * tile; y < Math.min(h, (ty + 1) * tile); y++) {
          for (int x = tx * tile; x < Math.min(w, (tx + 1) * tile); x++) {
            histogram[pixels[y * w + x] & 0xFF]++;
            count++;
          }
        }
        int wanted = count - count / 10;
        int seen = 0;
        int v = 0;
        while (v < 255 && (seen += histogram[v]) < wanted) {
          v++;
        }
        level[ty][tx] = v;
      }
    }
    int[][] max = new int[rows][cols];
    for (int ty = 0; ty < rows; ty++) {
      for (int tx = 0; tx < cols; tx++) {
        int m = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int y = ty + dy;
            int x = tx + dx;
            if (y >= 0 && y < rows && x >= 0 && x < cols) {
              m = Math.max(m, level[y][x]);
            }
          }
        }
        max[ty][tx] = m;
      }
    }
    int[][] smooth = new int[rows][cols];
    for (int ty = 0; ty < rows; ty++) {
      for (int tx = 0; tx < cols; tx++) {
        int sum = 0;
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int y = ty + dy;
            int x = tx + dx;
            if (y >= 0 && y < rows && x >= 0 && x < cols) {
              sum += max[y][x];
              n++;
            }
          }
        }
        smooth[ty][tx] = Math.max(1, sum / n);
      }
    }
    return smooth;
  }

  /**
   * How unevenly the page is lit: the difference in grey levels between the brightest and the
   * darkest paper, leaving out the extreme tenth of the tiles at each end (a dark scanner edge, a
   * white margin).
   */
  static int spread(int[][] paper) {
    int[] all =
        java.util.Arrays.stream(paper).flatMapToInt(java.util.Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      return 0;
    }
    return all[all.length - 1 - all.length / 10] - all[all.length / 10];
  }

  /**
   * Every pixel divided by the brightness of the paper under it (interpolated between the tiles'
   * centres), so that paper is white everywhere and ink keeps its contrast: Leptonica's background
   * normalisation, which Tesseract's documentation points to for uneven illumination.
   */
  static byte[] flatten(byte[] pixels, int w, int h, int tile, int[][] paper) {
    int rows = paper.length;
    int cols = paper[0].length;
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < h; y++) {
      double fy = Math.max(0, Math.min(rows - 1, (y + 0.5) / tile - 0.5));
      int y0 = (int) fy;
      int y1 = Math.min(rows - 1, y0 + 1);
      double ay = fy - y0;
      for (int x = 0; x < w; x++) {
        double fx = Math.max(0, Math.min(cols - 1, (x + 0.5) / tile - 0.5));
        int x0 = (int) fx;
        int x1 = Math.min(cols - 1, x0 + 1);
        double ax = fx - x0;
        double background =
            (1 - ay) * ((1 - ax) * paper[y0][x0] + ax * paper[y0][x1])
                + ay * ((1 - ax) * paper[y1][x0] + ax * paper[y1][x1]);
        int v = (int) Math.round((pixels[y * w + x] & 0xFF) * 255.0 / background);
        out[y * w + x] = (byte) Math.min(255, v);
      }
    }
    return out;
  }

  /**
   * The share of the pixels that are lonely ink: darker than {@code threshold} with no other such
   * pixel within {@link #LONELY_RADIUS}. The marks of Vietnamese letters, even one pixel at 110
   * dpi, sit within that distance of their letter; specks of noise mostly do not.
   */
  static double lonelyInk(byte[] pixels, int w, int h, int threshold) {
    int r = LONELY_RADIUS;
    long lonely = 0;
    for (int y = r; y < h - r; y++) {
      for (int x = r; x < w - r; x++) {
        if ((pixels[y * w + x] & 0xFF) > threshold) {
          continue;
        }
        boolean alone = true;
        for (int dy = -r; dy <= r && alone; dy++) {
          int row = (y + dy) * w + x;
          for (int dx = -r; dx <= r; dx++) {
            if ((dx != 0 || dy != 0) && (pixels[row + dx] & 0xFF) <= threshold) {
              alone = false;
              break;
            }
          }
        }
        if (alone) {
          lonely++;
        }
      }
    }
    return (double) lonely / Math.max(1L, (long) w * h);
  }

  /** A page of unknown resolution is taken as A4 (210 × 297 mm) across its longer side. */
  static int guessDpi(BufferedImage page) {
    int longer = Math.max(page.getWidth(), page.getHeight());
    return Math.max(50, (int) Math.round(longer / (297 / 25.4)));
  }

  private static BufferedImage grey(BufferedImage page, double scale) {
    int w = (int) Math.round(page.getWidth() * scale);
    int h = (int) Math.round(page.getHeight() * scale);
    BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(page, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return grey;
  }

  /**
   * Removes impulse noise (salt and pepper): a pixel unlike all but at most one of its eight
   * neighbours takes their median. Unlike a plain median, this keeps the one-pixel strokes of a 120
   * dpi scan, whose pixels each have two like neighbours along the stroke.
   */
  static byte[] impulses(byte[] in, int w, int h) {
    byte[] out = in.clone();
    int[] window = new int[9];
    for (int y = 1; y < h - 1; y++) {
      int row = y * w;
      for (int x = 1; x < w - 1; x++) {
        int centre = in[row + x] & 0xFF;
        int k = 0;
        int alike = 0;
        for (int dy = -w; dy <= w; dy += w) {
          for (int dx = -1; dx <= 1; dx++) {
            int v = in[row + x + dy + dx] & 0xFF;
            window[k++] = v;
            if (Math.abs(v - centre) < 60) {
              alike++;
            }
          }
        }
        // the centre is alike itself
        if (alike <= 2) {
          out[row + x] = (byte) median9(window);
        }
      }
    }
    return out;
  }

  /** The median of nine values by a fixed exchange network (no allocation, no full sort). */
  private static int median9(int[] p) {
    int[][] pairs = MEDIAN9;
    for (int[] pair : pairs) {
      int a = pair[0];
      int b = pair[1];
      if (p[a] > p[b]) {
        int t = p[a];
        p[a] = p[b];
        p[b] = t;
      }
    }
    return p[4];
  }

  /** Paeth's median-of-nine network (Graphics Gems, "Fast median search"). */
  private static final int[][] MEDIAN9 = {
    {1, 2}, {4, 5}, {7, 8}, {0, 1}, {3, 4}, {6, 7}, {1, 2}, {4, 5}, {7, 8}, {0, 3}, {5, 8}, {4, 7},
    {3, 6}, {1, 4}, {2, 5}, {4, 7}, {4, 2}, {6, 4}, {4, 2}
  };

  /** Otsu's threshold: the grey level that best separates ink from paper. */
  static int otsu(byte[] pixels) {
    long[] histogram = new long[256];
    for (byte p : pixels) {
      histogram[p & 0xFF]++;
    }
    long total = pixels.length;
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (double) i * histogram[i];
    }
    double sumBackground = 0;
    long weightBackground = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      weightBackground += histogram[t];
      if (weightBackground == 0) {
        continue;
      }
      long weightForeground = total - weightBackground;
      if (weightForeground == 0) {
        break;
      }
      sumBackground += (double) t * histogram[t];
      double meanBackground = sumBackground / weightBackground;
      double meanForeground = (sum - sumBackground) / weightForeground;
      double between =
          (double) weightBackground
              * weightForeground
              * (meanBackground - meanForeground)
              * (meanBackground - meanForeground);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }

  /**
   * The angle of the text lines, in degrees (positive: turned clockwise), by projection profiles:
   * ink pixels are projected on rows for each candidate angle, and the straight page is the one
   * whose rows alternate most sharply between ink and paper (largest sum of squared row counts).
   */
  static double skewDegrees(byte[] pixels, int w, int h, int threshold) {
    // Enough ink pixels for a stable answer, at a cost that does not grow with the page.
    int step = Math.max(1, (int) Math.sqrt((double) w * h / 400_000));
    int[] xs = new int[(w / step + 1) * (h / step + 1)];
    int[] ys = new int[xs.length];
    int n = 0;
    for (int y = 0; y < h; y += step) {
      for (int x = 0; x < w; x += step) {
        if ((pixels[y * w + x] & 0xFF) <= threshold) {
          xs[n] = x;
          ys[n] = y;
          n++;
        }
      }
    }
    if (n < 100) {
      return 0;
    }
    double bestAngle = 0;
    double bestScore = -1;
    for (double angle = -MAX_SKEW_DEGREES; angle <= MAX_SKEW_DEGREES + 1e-9; angle += 0.5) {
      double score = profileScore(xs, ys, n, h, w, step, angle);
      if (score > bestScore) {
        bestScore = score;
        bestAngle = angle;
      }
    }
    double coarse = bestAngle;
    for (double angle = coarse - 0.5; angle <= coarse + 0.5 + 1e-9; angle += 0.1) {
      double score = profileScore(xs, ys, n, h, w, step, angle);
      if (score > bestScore) {
        bestScore = score;
        bestAngle = angle;
      }
    }
    return bestAngle;
  }

  /**
   * Rows are {@code step} pixels high, as far apart as the sampled pixels: with one-pixel rows, the
   * pixels sampled every third row filled only every third row at 0° and any turn spread them over
   * all, so 0° always looked sharpest and a 200 dpi photo turned 1.5° measured 0°.
   */
  private static double profileScore(
      int[] xs, int[] ys, int n, int h, int w, int step, double degrees) {
    double radians = Math.toRadians(degrees);
    double sin = Math.sin(radians);
    double cos = Math.cos(radians);
    int offset = w / step + 1;
    int[] rows = new int[h / step + 1 + 2 * offset];
    for (int i = 0; i < n; i++) {
      int row = (int) Math.round((ys[i] * cos - xs[i] * sin) / step) + offset;
      if (row >= 0 && row < rows.length) {
        rows[row]++;
      }
    }
    double score = 0;
    for (int r : rows) {
      score += (double) r * r;
    }
    return score;
  }

  private static BufferedImage toImage(byte[] pixels, int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    System.arraycopy(
        pixels,
        0,
        ((DataBufferByte) image.getRaster().getDataBuffer()).getData(),
        0,
        pixels.length);
    return image;
  }

  /** Turns the image by {@code degrees} (clockwise positive) about its centre, on white. */
  private static BufferedImage rotate(BufferedImage image, double degrees) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(
          image,
          AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0),
          null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
