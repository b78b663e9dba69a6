package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import vn.thidua.indexer.folding.VietnameseText;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * Turns one file into text with Tika, and never throws: every outcome is an {@link
 * ExtractionResult}. Immutable and safe to share between threads.
 *
 * <p>The type comes from the content (magic bytes and container structure); the file name is only a
 * hint. PDFs keep their pages; a page without a text layer, and a picture, go through Tesseract
 * with {@link ExtractionProperties#ocrLanguages()}. The file is read from disk as a stream, never
 * loaded whole; what is kept is the text, bounded by {@link ExtractionProperties#maxCharacters()}.
 */
public final class TextExtractor {

  private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

  /** Types read as text. Anything else is refused as unsupported, whatever its name says. */
  private static final Set<String> READABLE =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/rtf",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/xhtml+xml",
          "application/x-tika-ooxml",
          "application/x-tika-ooxml-protected",
          "application/x-tika-msoffice",
          "application/x-tika-msoffice-embedded",
          "application/x-ms-owner");

  private static final Set<String> OCR_IMAGES =
      Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif", "image/x-ms-bmp");

  /** One timer for all extractions: it interrupts a parse that ignores its deadline. */
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("extraction-watchdog").unstarted(r));

  private final ExtractionProperties properties;
  private final AutoDetectParser parser;
  private final Detector detector;
  private final ScanReader scans;
  private final PdfPageReader pdfs;

  public TextExtractor(ExtractionProperties properties) {
    this.properties = properties;
    AutoDetectParser autoDetect = new AutoDetectParser();
    autoDetect.setAutoDetectParserConfig(
        new AutoDetectParserConfig(
            // spool streams over 1 MB to disk; output ceiling per byte of input; nesting
            1024L * 1024,
            1024L * 1024,
            properties.maxCompressionRatio(),
            properties.maxXmlDepth(),
            properties.maxEmbeddingDepth() + 1));
    this.parser = autoDetect;
    this.detector = autoDetect.getDetector();
    this.scans = new ScanReader(properties.ocrLanguages(), properties.ocrTimeLimit());
    this.pdfs = new PdfPageReader(scans);
  }

  /** Extracts the text of {@code file}; {@code fileName} is a hint for detection only. */
  public ExtractionResult extract(Path file, String fileName, ExtractionListener listener) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return ExtractionResult.refused(
          ExtractionStatus.FAILED, Reason.of(ReasonCode.UNREADABLE, "detail", detail(e)), "");
    }
    if (size == 0) {
      return ExtractionResult.refused(ExtractionStatus.EMPTY, Reason.of(ReasonCode.EMPTY), "");
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    String mediaType;
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      mediaType = detector.detect(in, metadata).getBaseType().toString();
    } catch (IOException e) {
      return ExtractionResult.refused(
          ExtractionStatus.FAILED, Reason.of(ReasonCode.UNREADABLE, "detail", detail(e)), "");
    }
    if (!readable(mediaType)) {
      return ExtractionResult.refused(
          ExtractionStatus.UNSUPPORTED,
          Reason.of(ReasonCode.UNSUPPORTED, "mediaType", mediaType),
          mediaType);
    }
    Optional<Reason> bomb = ZipInflation.abnormal(file);
    if (bomb.isPresent()) {
      return ExtractionResult.refused(ExtractionStatus.FAILED, bomb.get(), mediaType);
    }
    if (OCR_IMAGES.contains(mediaType)) {
      listener.ocrStarted();
    }
    return parse(file, metadata, mediaType, listener);
  }

  private ExtractionResult parse(
      Path file, Metadata metadata, String mediaType, ExtractionListener listener) {
    long deadline = System.nanoTime() + properties.timeLimit().toNanos();
    PageCollector collector = new PageCollector(properties.maxCharacters(), deadline, listener);
    ParseContext context = context();
    Thread worker = Thread.currentThread();
    AtomicBoolean interrupted = new AtomicBoolean();
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(
            () -> {
              interrupted.set(true);
              worker.interrupt();
            },
            properties.timeLimit().toMillis() + 5_000,
            TimeUnit.MILLISECONDS);
    @Nullable Throwable failure = null;
    try {
      if ("application/pdf".equals(mediaType)) {
        pdfs.read(file, collector, listener, deadline);
      } else if (OCR_IMAGES.contains(mediaType)) {
        readPicture(file, collector, deadline);
      } else {
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
          parser.parse(in, collector, metadata, context);
        }
      }
    } catch (Exception | StackOverflowError e) {
      failure = e;
    } finally {
      watchdog.cancel(false);
      if (interrupted.get()) {
        Thread.interrupted();
      }
    }
    if (context.get(EmbeddedDocumentExtractor.class) instanceof BoundedEmbeddedExtractor embedded
        && embedded.tooDeep()) {
      log.info("A {} embeds documents deeper than {} levels: refused", mediaType, maxDepth());
      return ExtractionResult.refused(
          ExtractionStatus.FAILED,
          Reason.of(ReasonCode.NESTED_TOO_DEEP, "levels", maxDepth()),
          mediaType);
    }
    boolean ocr = collector.ocrUsed() || OCR_IMAGES.contains(mediaType);
    List<PageText> pages =
        collector.pages().stream()
            .map(p -> new PageText(p.page(), tidy(p.text())))
            .filter(p -> !p.text().isEmpty())
            .toList();
    if (failure == null) {
      if (pages.isEmpty()) {
        return ExtractionResult.refused(
            ExtractionStatus.EMPTY,
            Reason.of(ocr ? ReasonCode.NO_TEXT_OCR : ReasonCode.NO_TEXT),
            mediaType);
      }
      return new ExtractionResult(ExtractionStatus.OK, null, mediaType, pages, ocr);
    }
    return classify(failure, mediaType, pages, ocr, interrupted.get());
  }

  /**
   * The text of a page as it is stored: legacy-encoded words (TCVN3, VNI) turned into Unicode,
   * normalised (NFC, one tone placement), runs of spaces made one, and no space at line ends.
   */
  static String tidy(String text) {
    String unicode = VietnameseText.normalize(LegacyVietnamese.convertIfLegacy(text));
    return SPACES
        .matcher(LINE_END_SPACES.matcher(unicode).replaceAll("\n"))
        .replaceAll(" ")
        .replaceAll("\n{3,}", "\n\n")
        .strip();
  }

  private static final Pattern SPACES = Pattern.compile("[ \t\u00A0]{2,}");
  private static final Pattern LINE_END_SPACES = Pattern.compile("[ \t\u00A0]*\n[ \t\u00A0]*");

  /** A picture sent on its own: every frame read by OCR, the text as one piece. */
  private void readPicture(Path file, PageCollector collector, long deadline)
      throws IOException, SAXException {
    PdfPageReader.start(collector, "div", "ocr");
    for (BufferedImage frame : ScanReader.frames(file)) {
      PdfPageReader.write(collector, scans.read(frame, 0, deadline));
    }
    PdfPageReader.end(collector, "div");
  }

  private ExtractionResult classify(
      Throwable failure, String mediaType, List<PageText> pages, boolean ocr, boolean interrupted) {
    if (WriteLimitReachedException.isWriteLimitReached(failure)) {
      return new ExtractionResult(
          ExtractionStatus.PARTIAL,
          Reason.of(ReasonCode.PARTIAL, "maxCharacters", properties.maxCharacters()),
          mediaType,
          pages,
          ocr);
    }
    if (interrupted || causedBy(failure, PageCollector.DeadlineReachedException.class)) {
      return ExtractionResult.refused(
          ExtractionStatus.FAILED,
          Reason.of(ReasonCode.TIMEOUT, "seconds", properties.timeLimit().toSeconds()),
          mediaType);
    }
    if (causedBy(failure, EncryptedDocumentException.class)) {
      return ExtractionResult.refused(
          ExtractionStatus.ENCRYPTED, Reason.of(ReasonCode.ENCRYPTED), mediaType);
    }
    if (causedBy(failure, ZeroByteFileException.class)) {
      return ExtractionResult.refused(
          ExtractionStatus.EMPTY, Reason.of(ReasonCode.EMPTY), mediaType);
    }
    if (messageMentions(failure, "zip bomb")) {
      return ExtractionResult.refused(
          ExtractionStatus.FAILED, Reason.of(ReasonCode.ZIP_BOMB), mediaType);
    }
    log.info("Extraction of a {} failed: {}", mediaType, rootMessage(failure));
    return ExtractionResult.refused(
        ExtractionStatus.FAILED,
        Reason.of(ReasonCode.BROKEN, "detail", rootMessage(failure)),
        mediaType);
  }

  private int maxDepth() {
    return properties.maxEmbeddingDepth();
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    context.set(
        EmbeddedDocumentExtractor.class,
        new BoundedEmbeddedExtractor(context, detector, properties.maxEmbeddingDepth()));
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    pdf.setExtractInlineImages(false);
    // PDFBox keeps at most this much in memory and spills the rest to temporary files.
    pdf.setMaxMainMemoryBytes(64L * 1024 * 1024);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setLanguage(properties.ocrLanguages());
    ocr.setTimeoutSeconds((int) Math.max(1, properties.ocrTimeLimit().toSeconds()));
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  private static boolean readable(String mediaType) {
    return READABLE.contains(mediaType)
        || OCR_IMAGES.contains(mediaType)
        || mediaType.startsWith("text/")
        || mediaType.startsWith("application/vnd.openxmlformats-officedocument.")
        || mediaType.startsWith("application/vnd.oasis.opendocument.")
        || mediaType.startsWith("application/vnd.ms-word")
        || mediaType.startsWith("application/vnd.ms-excel");
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean messageMentions(Throwable failure, String words) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
        return true;
      }
    }
    return false;
  }

  private static String detail(IOException e) {
    return String.valueOf(e.getMessage());
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
