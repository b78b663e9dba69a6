package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.exception.EncryptedDocumentException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import vn.thidua.indexer.extraction.LegacyVietnamese.Encoding;

/**
 * Reads a PDF page by page with PDFBox and writes each page to a {@link ContentHandler} as Tika
 * would ({@code <div class="page">}, a {@code <p>} per line, a {@code <table>} row per table row),
 * so {@link PageCollector} keeps its limits.
 *
 * <p>Each page's text layer is judged before it is used: a page with (almost) no text, or whose
 * glyphs mostly have no Unicode value, or whose words are mostly not Vietnamese or plain Latin (a
 * layer that is there but scrambled), is rendered at 300 dpi and read by {@link ScanReader}
 * instead. Glyphs drawn with a TCVN3 ({@code .VnTime}) or VNI font are decoded by {@link
 * LegacyVietnamese} with the encoding the font's name gives.
 */
final class PdfPageReader {

  /** PDFBox keeps at most this much in memory and spills the rest to temporary files. */
  private static final long MAX_MAIN_MEMORY = 64L * 1024 * 1024;

  /** Below this many letters a page has no usable text layer. */
  private static final int MIN_LETTERS = 10;

  private final ScanReader scans;

  PdfPageReader(ScanReader scans) {
    this.scans = scans;
  }

  void read(Path file, ContentHandler out, ExtractionListener listener, long deadlineNanos)
      throws IOException, SAXException, EncryptedDocumentException {
    PDDocument document;
    try {
      document =
          Loader.loadPDF(
              new RandomAccessReadBufferedFile(file),
              "",
              null,
              null,
              MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache);
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException(e);
    }
    try (document) {
      GlyphStripper stripper = new GlyphStripper();
      @Nullable PDFRenderer renderer = null;
      boolean announced = false;
      out.startDocument();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        PDPage page = document.getPage(i);
        List<PageLayout.Glyph> glyphs = stripper.glyphs(document, i + 1);
        PageGraphics graphics = new PageGraphics(page).read();
        List<PageLayout.Ruling> rulings =
            page.getRotation() == 0 ? graphics.rulings() : List.<PageLayout.Ruling>of();
        List<PageLayout.Block> blocks =
            PageLayout.blocks(glyphs, rulings, PdfPageReader::decode, true);
        start(out, "div", "page");
        if (usable(glyphs, blocks, graphics.imageCoverage())) {
          write(out, blocks);
        } else if (graphics.imageCoverage() > 0.05 || !glyphs.isEmpty()) {
          if (!announced) {
            announced = true;
            listener.ocrStarted();
          }
          if (renderer == null) {
            renderer = new PDFRenderer(document);
          }
          // A scan is rendered at its own resolution: OcrPagePreparer removes its noise there,
          // before scaling it to 300 dpi.
          int dpi =
              graphics.imageCoverage() > 0.5 && graphics.imageDpi() >= 72
                  ? Math.min(graphics.imageDpi(), OcrPagePreparer.TARGET_DPI)
                  : OcrPagePreparer.TARGET_DPI;
          dpi = Math.min(dpi, maxDpi(page));
          BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
          List<PageLayout.Block> read = scans.read(image, dpi, deadlineNanos);
          start(out, "div", "ocr");
          write(out, read);
          end(out, "div");
        }
        end(out, "div");
      }
      out.endDocument();
    }
  }

  /**
   * The highest resolution at which a page stays under {@link #MAX_RENDER_PIXELS}: a hostile PDF
   * can declare a page two hundred inches wide, which at 300 dpi would fill the heap.
   */
  private static int maxDpi(PDPage page) {
    double squareInches =
        Math.max(1.0, page.getCropBox().getWidth() / 72.0 * (page.getCropBox().getHeight() / 72.0));
    return (int) Math.max(10, Math.sqrt(MAX_RENDER_PIXELS / squareInches));
  }

  /** An A3 page at 300 dpi is 17.4 million pixels. */
  private static final double MAX_RENDER_PIXELS = 20_000_000;

  /**
   * Whether the text layer of a page can be used as it is: enough letters, most glyphs with a
   * Unicode value, and words that read as Vietnamese (or Latin) rather than as scrambled letters.
   */
  static boolean usable(
      List<PageLayout.Glyph> glyphs, List<PageLayout.Block> blocks, double imageCoverage) {
    int letters = 0;
    int unmapped = 0;
    for (PageLayout.Glyph g : glyphs) {
      String t = g.text();
      if (t.isEmpty() || t.indexOf('\uFFFD') >= 0 || isPrivateUse(t) && g.font() == null) {
        unmapped++;
      }
      for (int k = 0; k < t.length(); k++) {
        if (Character.isLetter(t.charAt(k))) {
          letters++;
        }
      }
    }
    if (letters < MIN_LETTERS || unmapped > glyphs.size() / 5) {
      return false;
    }
    if (letters < 50 && imageCoverage > 0.5) {
      // A scan with a stamped line of text (a page number, a file name) on it.
      return false;
    }
    StringBuilder text = new StringBuilder();
    for (PageLayout.Block b : blocks) {
      text.append(String.join(" ", b.cells())).append('\n');
    }
    return !scrambled(LegacyVietnamese.convertIfLegacy(text.toString()));
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * A text whose words with diacritics are mostly not Vietnamese syllables: letters taken out of
   * their words (a layer drawn in an order we could not undo) or a font with a wrong Unicode map.
   */
  static boolean scrambled(String text) {
    int marked = 0;
    int syllables = 0;
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group();
      boolean ascii = word.chars().allMatch(c -> c < 0x80);
      if (ascii) {
        continue;
      }
      marked++;
      if (LegacyVietnamese.isMarkedSyllable(word)) {
        syllables++;
      }
    }
    return marked >= 10 && syllables < marked * 0.4;
  }

  private static boolean isPrivateUse(String text) {
    char c = text.charAt(0);
    return c >= 0xE000 && c <= 0xF8FF;
  }

  /** A run of glyphs of one font: legacy fonts are decoded, others kept as they are. */
  static String decode(List<PageLayout.Glyph> run) {
    StringBuilder text = new StringBuilder();
    for (PageLayout.Glyph g : run) {
      text.append(g.text());
    }
    String font = run.getFirst().font();
    if (font == null) {
      return text.toString();
    }
    String decoded =
        LegacyVietnamese.decode(
            text.toString(), font.startsWith("VNI") ? Encoding.VNI : Encoding.TCVN3);
    return font.endsWith("H") ? decoded.toUpperCase(Locale.forLanguageTag("vi")) : decoded;
  }

  static void write(ContentHandler out, List<PageLayout.Block> blocks) throws SAXException {
    boolean inTable = false;
    for (PageLayout.Block block : blocks) {
      if (block.row() && !inTable) {
        start(out, "table", null);
        inTable = true;
      } else if (!block.row() && inTable) {
        end(out, "table");
        inTable = false;
      }
      if (block.row()) {
        start(out, "tr", null);
        for (String cell : block.cells()) {
          start(out, "td", null);
          characters(out, cell);
          end(out, "td");
        }
        end(out, "tr");
      } else {
        paragraph(out, block.cells().getFirst());
      }
    }
    if (inTable) {
      end(out, "table");
    }
  }

  private static void paragraph(ContentHandler out, String text) throws SAXException {
    start(out, "p", null);
    characters(out, text);
    end(out, "p");
  }

  private static void characters(ContentHandler out, String text) throws SAXException {
    out.characters(text.toCharArray(), 0, text.length());
  }

  static void start(ContentHandler out, String name, @Nullable String cssClass)
      throws SAXException {
    AttributesImpl attributes = new AttributesImpl();
    if (cssClass != null) {
      attributes.addAttribute("", "class", "class", "CDATA", cssClass);
    }
    out.startElement("", name, name, attributes);
  }

  static void end(ContentHandler out, String name) throws SAXException {
    out.endElement("", name, name);
  }

  /**
   * Collects the glyphs PDFBox finds on one page (its duplicate-overlap removal and diacritic
   * merging done), without writing any text.
   */
  static final class GlyphStripper extends PDFTextStripper {

    private final List<PageLayout.Glyph> glyphs = new ArrayList<>();

    List<PageLayout.Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
      glyphs.clear();
      setStartPage(pageNumber);
      setEndPage(pageNumber);
      writeText(document, Writer.nullWriter());
      return List.copyOf(glyphs);
    }

    @Override
    protected void writePage() {
      for (List<TextPosition> article : getCharactersByArticle()) {
        for (TextPosition p : article) {
          String text = p.getUnicode();
          if (text == null) {
            text = "";
          }
          if (text.isBlank() && !text.isEmpty()) {
            continue;
          }
          glyphs.add(
              new PageLayout.Glyph(
                  text,
                  p.getXDirAdj(),
                  p.getYDirAdj(),
                  p.getWidthDirAdj(),
                  Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.5f),
                  legacyFont(p)));
        }
      }
    }

    /** "TCVN3", "TCVN3H" (capitals font) or "VNI" for a legacy font, otherwise null. */
    private static @Nullable String legacyFont(TextPosition p) {
      if (p.getFont() == null || p.getFont().getName() == null) {
        return null;
      }
      String name = p.getFont().getName();
      Optional<Encoding> encoding = LegacyVietnamese.fromFontName(name);
      if (encoding.isEmpty()) {
        return null;
      }
      if (encoding.get() == Encoding.VNI) {
        return "VNI";
      }
      return LegacyVietnamese.isUpperCaseFont(name) ? "TCVN3H" : "TCVN3";
    }
  }
}
