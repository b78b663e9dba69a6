package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the text of scanned pages: each page prepared by {@link OcrPagePreparer}, then read by
 * {@link Tesseract}. Pictures sent on their own (PNG, JPEG, TIFF with all its frames) come here
 * too.
 */
final class ScanReader {

  /** An A3 page at 600 dpi is 70 million pixels. */
  private static final long MAX_PIXELS = 80_000_000L;

  private final Tesseract tesseract;
  private final Duration pageLimit;

  ScanReader(String languages, Duration pageLimit) {
    this.tesseract = new Tesseract(languages);
    this.pageLimit = pageLimit;
  }

  /**
   * The text of one scanned page of resolution {@code dpi} (0 when unknown), within the page limit
   * and what is left of {@code deadlineNanos}: lines as Tesseract read them, except that a ruled
   * table is read cell by cell like a text PDF's ({@link PageLayout}), its rules found in the
   * picture by {@link ScanRulings}.
   */
  List<PageLayout.Block> read(BufferedImage page, int dpi, long deadlineNanos) throws IOException {
    int known = dpi > 0 ? dpi : OcrPagePreparer.guessDpi(page);
    OcrPagePreparer.Prepared ready = OcrPagePreparer.prepare(page, known);
    BufferedImage prepared = ready.image();
    int preparedDpi = ready.dpi();
    long left = Math.max(1_000_000_000L, deadlineNanos - System.nanoTime());
    Duration limit =
        pageLimit.compareTo(Duration.ofNanos(left)) < 0 ? pageLimit : Duration.ofNanos(left);
    List<Tesseract.Word> words = tesseract.read(prepared, preparedDpi, limit);
    // In points, as PageLayout's tolerances are.
    float scale = 72f / preparedDpi;
    List<PageLayout.Ruling> rulings = new ArrayList<>();
    for (PageLayout.Ruling r : ScanRulings.find(prepared)) {
      rulings.add(
          new PageLayout.Ruling(
              r.vertical(), r.position() * scale, r.from() * scale, r.to() * scale));
    }
    List<PageLayout.Glyph> glyphs = new ArrayList<>();
    for (Tesseract.Word w : words) {
      glyphs.add(
          new PageLayout.Glyph(
              w.text() + " ",
              w.left() * scale,
              (w.top() + w.height()) * scale,
              w.width() * scale,
              w.height() * scale,
              null));
    }
    List<PageLayout.Block> layout = PageLayout.blocks(glyphs, rulings, PdfPageReader::decode);
    if (layout.stream().anyMatch(PageLayout.Block::row)) {
      return layout;
    }
    // No table: Tesseract's own lines, which follow columns and indents better than baselines.
    List<PageLayout.Block> lines = new ArrayList<>();
    String line = "";
    StringBuilder text = new StringBuilder();
    float top = 0;
    for (Tesseract.Word w : words) {
      if (!w.line().equals(line)) {
        if (!text.isEmpty()) {
          lines.add(new PageLayout.Block(top, List.of(text.toString()), false));
        }
        text.setLength(0);
        line = w.line();
        top = w.top() * scale;
      } else {
        text.append(' ');
      }
      text.append(w.text());
    }
    if (!text.isEmpty()) {
      lines.add(new PageLayout.Block(top, List.of(text.toString()), false));
    }
    return lines;
  }

  /** Every frame of a picture file (one for PNG and JPEG, each page of a TIFF). */
  static List<BufferedImage> frames(Path file) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IOException("unreadable picture");
      }
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("unknown picture format");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int count = reader.getNumImages(true);
        for (int i = 0; i < count; i++) {
          if ((long) reader.getWidth(i) * reader.getHeight(i) > MAX_PIXELS) {
            // A picture that claims more pixels than any page scan would fill the heap.
            throw new IOException("picture too large");
          }
          frames.add(reader.read(i));
        }
      } finally {
        reader.dispose();
      }
    }
    return frames;
  }
}
