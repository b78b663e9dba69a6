package vn.thidua.indexer.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * Text fidelity: the share of planted phrases (initiative titles, indicator names, the unit's name)
 * found verbatim (NFC, one tone placement, whitespace collapsed) in the extracted text, by format
 * and by producer, with the time per page. Prints and asserts nothing. Readers compared:
 *
 * <ul>
 *   <li>{@code now}: {@link TextExtractor} as it is;
 *   <li>{@code Tika}: Tika alone as the extractor was before (PDFParser, OCR of pages without text,
 *       plain Tesseract): the "before" figures;
 *   <li>{@code pdftotext} (poppler-utils), for PDFs;
 *   <li>{@code tesseract}: plain Tesseract on each page's picture as it is, for scans.
 * </ul>
 *
 * <p>Files: the corpus's 30 reports ({@code ../shared/corpus}, phrases from its manifest) and a
 * generated set in {@code target/fidelity-set} (LibreOffice with fallback fonts, a narrow table
 * over several pages, a PDF drawn with one font then its fallback as Word does, DOC and ODT, scans
 * at 110–150 dpi turned and noisy, TCVN3 and VNI documents, a TCVN3 PDF as Word saves it with the
 * {@code .VnTime} fonts embedded). Needs LibreOffice ({@code soffice}) and poppler-utils. Run with
 * {@code mvn -o -pl indexer -Pbench test-compile failsafe:integration-test
 * -Dit.test=FidelityBenchmark}; {@code -Dfidelity.only=scan} measures the scans alone, and prints
 * their character and word accuracy against plain Tesseract's.
 */
class FidelityBenchmark {

  private record Document(
      String name, String format, String producer, String kind, Path file, List<String> phrases) {}

  private record Outcome(
      int found, int total, int pages, long nanos, Accuracy characters, Accuracy words) {}

  /** Errors (edits) against the length of the reference, summed over phrases or files. */
  private record Accuracy(long errors, long length) {
    static final Accuracy NONE = new Accuracy(0, 0);

    Accuracy plus(Accuracy other) {
      return new Accuracy(errors + other.errors, length + other.length);
    }

    double value() {
      return length == 0 ? 1.0 : Math.max(0, 1.0 - (double) errors / length);
    }
  }

  private static final List<String> READERS = List.of("now", "Tika", "pdftotext", "tesseract");

  private final TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults());

  @Test
  void fidelity() throws Exception {
    List<Document> documents = new ArrayList<>(corpus());
    documents.addAll(generated(Path.of("target/fidelity-set").toAbsolutePath()));
    // -Dfidelity.skip=scan leaves the scans out (OCR takes most of the time)
    String skip = System.getProperty("fidelity.skip", "");
    documents.removeIf(d -> !skip.isEmpty() && d.kind().startsWith(skip));
    // -Dfidelity.only=scan measures the scans alone
    String only = System.getProperty("fidelity.only", "");
    documents.removeIf(d -> !only.isEmpty() && !d.kind().startsWith(only));
    Map<String, Map<String, List<Outcome>>> byFormat = new TreeMap<>();
    Map<String, Map<String, List<Outcome>>> byProducer = new TreeMap<>();
    Map<String, Map<String, List<Outcome>>> byKind = new TreeMap<>();
    Map<String, Map<String, List<Outcome>>> byScan = new TreeMap<>();
    for (Document d : documents) {
      for (String reader : READERS) {
        Outcome outcome = read(reader, d);
        if (outcome == null) {
          continue;
        }
        byFormat
            .computeIfAbsent(d.format(), k -> new LinkedHashMap<>())
            .computeIfAbsent(reader, k -> new ArrayList<>())
            .add(outcome);
        byProducer
            .computeIfAbsent(d.producer(), k -> new LinkedHashMap<>())
            .computeIfAbsent(reader, k -> new ArrayList<>())
            .add(outcome);
        byKind
            .computeIfAbsent(d.kind(), k -> new LinkedHashMap<>())
            .computeIfAbsent(reader, k -> new ArrayList<>())
            .add(outcome);
        System.out.printf(
            Locale.ROOT,
            "%-34s %-10s %3d/%-3d phrases, characters %.4f, words %.4f, %d pages, %,.0f ms%n",
            d.name(),
            reader,
            outcome.found(),
            outcome.total(),
            outcome.characters().value(),
            outcome.words().value(),
            outcome.pages(),
            outcome.nanos() / 1e6);
        if (d.kind().equals("scan")) {
          byScan
              .computeIfAbsent(
                  d.producer().startsWith("corpus") ? "corpus" : "generated",
                  k -> new LinkedHashMap<>())
              .computeIfAbsent(reader, k -> new ArrayList<>())
              .add(outcome);
          byScan
              .computeIfAbsent("all scans", k -> new LinkedHashMap<>())
              .computeIfAbsent(reader, k -> new ArrayList<>())
              .add(outcome);
        }
      }
    }
    printAccuracy(byScan);
    printLayoutCost(documents);
    print("by kind", byKind);
    print("by format", byFormat);
    print("by producer", byProducer);
  }

  private static void print(String title, Map<String, Map<String, List<Outcome>>> table) {
    System.out.println();
    System.out.printf(Locale.ROOT, "Fidelity %s (share of phrases found; ms per page)%n", title);
    System.out.printf(Locale.ROOT, "%-52s", "");
    for (String reader : READERS) {
      System.out.printf(Locale.ROOT, "%-24s", reader);
    }
    System.out.println();
    for (var row : table.entrySet()) {
      int files = row.getValue().values().iterator().next().size();
      System.out.printf(Locale.ROOT, "%-52s", row.getKey() + " (" + files + " files)");
      for (String reader : READERS) {
        List<Outcome> outcomes = row.getValue().get(reader);
        if (outcomes == null) {
          System.out.printf(Locale.ROOT, "%-24s", "–");
          continue;
        }
        int found = outcomes.stream().mapToInt(Outcome::found).sum();
        int total = outcomes.stream().mapToInt(Outcome::total).sum();
        int pages = outcomes.stream().mapToInt(Outcome::pages).sum();
        long nanos = outcomes.stream().mapToLong(Outcome::nanos).sum();
        System.out.printf(
            Locale.ROOT,
            "%-24s",
            String.format(
                Locale.ROOT,
                "%.3f  %,.0f ms",
                total == 0 ? 1.0 : (double) found / total,
                nanos / 1e6 / Math.max(1, pages)));
      }
      System.out.println();
    }
  }

  /**
   * What finding borderless tables costs on every text PDF page: the page's layout ({@link
   * PageLayout#blocks}: lines, ruled cells, two columns) with and without it, from the same glyphs
   * and rules, each page laid out 200 times after a first pass for the JIT.
   */
  private static void printLayoutCost(List<Document> documents) throws IOException {
    final int rounds = 200;
    long without = 0;
    long with = 0;
    int pages = 0;
    int tables = 0;
    long sink = 0;
    for (Document d : documents) {
      if (!d.format().equals("pdf (text)")) {
        continue;
      }
      try (PDDocument document = Loader.loadPDF(d.file().toFile())) {
        PdfPageReader.GlyphStripper stripper = new PdfPageReader.GlyphStripper();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
          List<PageLayout.Glyph> glyphs = stripper.glyphs(document, i + 1);
          List<PageLayout.Ruling> rulings = new PageGraphics(document.getPage(i)).read().rulings();
          long rows = rows(PageLayout.blocks(glyphs, rulings, PdfPageReader::decode, false));
          if (rows(PageLayout.blocks(glyphs, rulings, PdfPageReader::decode, true)) > rows) {
            tables++;
          }
          long start = System.nanoTime();
          for (int r = 0; r < rounds; r++) {
            sink += PageLayout.blocks(glyphs, rulings, PdfPageReader::decode, false).size();
          }
          long middle = System.nanoTime();
          for (int r = 0; r < rounds; r++) {
            sink += PageLayout.blocks(glyphs, rulings, PdfPageReader::decode, true).size();
          }
          long end = System.nanoTime();
          without += middle - start;
          with += end - middle;
          pages++;
        }
      }
    }
    if (pages == 0) {
      return;
    }
    double perPageWithout = without / 1e3 / rounds / pages;
    double perPageWith = with / 1e3 / rounds / pages;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Layout of a text PDF page (%d pages, %d with a borderless table; µs per page): without"
            + " borderless tables %.1f, with %.1f, the detection %.1f (%d blocks)%n",
        pages,
        tables,
        perPageWithout,
        perPageWith,
        perPageWith - perPageWithout,
        sink);
  }

  private static long rows(List<PageLayout.Block> blocks) {
    return blocks.stream().filter(PageLayout.Block::row).count();
  }

  /**
   * Character and word accuracy of the scans over their planted phrases: each phrase is aligned
   * with the stretch of the text closest to it (edit distance to any substring), then accuracy = 1
   * − edits / length, in characters and in words. Unlike the verbatim share, one wrong mark in a
   * twelve-word title costs one character, not the title.
   */
  private static void printAccuracy(Map<String, Map<String, List<Outcome>>> table) {
    if (table.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println(
        "Scans: accuracy over the planted phrases (characters / words), verbatim share, ms per page");
    System.out.printf(Locale.ROOT, "%-24s", "");
    for (String reader : List.of("tesseract", "now")) {
      System.out.printf(
          Locale.ROOT, "%-44s", reader.equals("now") ? "the pipeline" : "plain Tesseract");
    }
    System.out.println();
    for (var row : table.entrySet()) {
      int files = row.getValue().values().iterator().next().size();
      System.out.printf(Locale.ROOT, "%-24s", row.getKey() + " (" + files + " files)");
      for (String reader : List.of("tesseract", "now")) {
        List<Outcome> outcomes = row.getValue().getOrDefault(reader, List.of());
        Accuracy characters =
            outcomes.stream().map(Outcome::characters).reduce(Accuracy.NONE, Accuracy::plus);
        Accuracy words =
            outcomes.stream().map(Outcome::words).reduce(Accuracy.NONE, Accuracy::plus);
        int found = outcomes.stream().mapToInt(Outcome::found).sum();
        int total = outcomes.stream().mapToInt(Outcome::total).sum();
        int pages = outcomes.stream().mapToInt(Outcome::pages).sum();
        long nanos = outcomes.stream().mapToLong(Outcome::nanos).sum();
        System.out.printf(
            Locale.ROOT,
            "%-44s",
            String.format(
                Locale.ROOT,
                "%.4f / %.4f, %.3f, %,.0f ms",
                characters.value(),
                words.value(),
                total == 0 ? 1.0 : (double) found / total,
                nanos / 1e6 / Math.max(1, pages)));
      }
      System.out.println();
    }
  }

  /**
   * The phrase's edits against the substring of {@code text} closest to it (Sellers' algorithm), in
   * characters and in words.
   */
  static Accuracy[] align(String phrase, String text) {
    int n = phrase.length();
    int m = text.length();
    int[] previous = new int[m + 1];
    int[] previousStart = new int[m + 1];
    int[] current = new int[m + 1];
    int[] currentStart = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previousStart[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      currentStart[0] = 0;
      char c = phrase.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int substitute = previous[j - 1] + (c == text.charAt(j - 1) ? 0 : 1);
        int delete = previous[j] + 1;
        int insert = current[j - 1] + 1;
        if (substitute <= delete && substitute <= insert) {
          current[j] = substitute;
          currentStart[j] = previousStart[j - 1];
        } else if (delete <= insert) {
          current[j] = delete;
          currentStart[j] = previousStart[j];
        } else {
          current[j] = insert;
          currentStart[j] = currentStart[j - 1];
        }
      }
      int[] t = previous;
      previous = current;
      current = t;
      t = previousStart;
      previousStart = currentStart;
      currentStart = t;
    }
    int end = 0;
    for (int j = 1; j <= m; j++) {
      if (previous[j] < previous[end]) {
        end = j;
      }
    }
    String matched = text.substring(previousStart[end], end);
    List<String> expected = List.of(phrase.strip().split(" "));
    List<String> read = List.of(matched.strip().split(" "));
    return new Accuracy[] {
      new Accuracy(previous[end], n), new Accuracy(wordEdits(expected, read), expected.size())
    };
  }

  private static int wordEdits(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        current[j] =
            Math.min(
                previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1),
                Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.size()];
  }

  private Outcome read(String reader, Document d) throws Exception {
    boolean pdf = d.format().startsWith("pdf");
    long start = System.nanoTime();
    String text;
    switch (reader) {
      case "now" -> {
        ExtractionResult result =
            extractor.extract(d.file(), d.file().getFileName().toString(), ExtractionListener.NONE);
        text = String.join("\n", result.pages().stream().map(PageText::text).toList());
      }
      case "Tika" -> text = tika(d.file());
      case "pdftotext" -> {
        if (!pdf) {
          return null;
        }
        text = command(List.of("pdftotext", "-enc", "UTF-8", d.file().toString(), "-"));
      }
      case "tesseract" -> {
        if (!d.kind().equals("scan")) {
          return null;
        }
        text = plainTesseract(d.file());
      }
      default -> throw new IllegalArgumentException(reader);
    }
    long nanos = System.nanoTime() - start;
    // The texts themselves, to see why a phrase is missed
    // (target/fidelity-text/<file>.<reader>.txt)
    Path texts = Path.of("target/fidelity-text");
    Files.createDirectories(texts);
    Files.writeString(texts.resolve(d.name() + "." + reader + ".txt"), text);
    String flat = flat(text);
    int found = 0;
    Accuracy characters = Accuracy.NONE;
    Accuracy words = Accuracy.NONE;
    for (String phrase : d.phrases()) {
      if (flat.contains(flat(phrase))) {
        found++;
      }
      if (d.kind().equals("scan")) {
        Accuracy[] aligned = align(flat(phrase), flat);
        characters = characters.plus(aligned[0]);
        words = words.plus(aligned[1]);
      }
    }
    return new Outcome(found, d.phrases().size(), pages(d.file(), pdf), nanos, characters, words);
  }

  private static String flat(String text) {
    return VietnameseText.normalize(text).replaceAll("\\s+", " ");
  }

  private static int pages(Path file, boolean pdf) throws IOException {
    if (!pdf) {
      return 1;
    }
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return document.getNumberOfPages();
    }
  }

  /** The extraction as it was before: Tika's PDF parser, OCR of pages without text. */
  private static String tika(Path file) throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setLanguage("vie+eng");
    context.set(TesseractOCRConfig.class, ocr);
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, new Metadata(), context);
    }
    return handler.toString();
  }

  /** Tesseract with its defaults on each page's largest picture, at the picture's resolution. */
  private static String plainTesseract(Path file) throws Exception {
    StringBuilder text = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      for (PDPage page : document.getPages()) {
        BufferedImage largest = null;
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
          if (resources.getXObject(name) instanceof PDImageXObject image
              && (largest == null || image.getWidth() > largest.getWidth())) {
            largest = image.getImage();
          }
        }
        if (largest == null) {
          continue;
        }
        int dpi = Math.round(largest.getWidth() / (page.getMediaBox().getWidth() / 72f));
        Path png = Files.createTempFile("plain-", ".png");
        try {
          ImageIO.write(largest, "png", png.toFile());
          text.append(
              command(
                  List.of(
                      "tesseract",
                      png.toString(),
                      "stdout",
                      "-l",
                      "vie+eng",
                      "--dpi",
                      String.valueOf(dpi))));
        } finally {
          Files.delete(png);
        }
      }
    }
    return text.toString();
  }

  private static String command(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    process.waitFor(5, TimeUnit.MINUTES);
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<Document> corpus() throws IOException {
    JsonNode manifest =
        JsonMapper.builder().build().readTree(Corpus.reports().resolve("manifest.json").toFile());
    List<Document> documents = new ArrayList<>();
    for (JsonNode item : manifest) {
      String id = item.path("id").asString();
      Path file;
      try (var files = Files.list(Corpus.reports())) {
        file =
            files
                .filter(f -> f.getFileName().toString().startsWith(id + "."))
                .findFirst()
                .orElseThrow();
      }
      List<String> phrases = new ArrayList<>();
      phrases.add(item.path("unit").asString());
      item.path("initiatives").forEach(i -> phrases.add(i.path("title").asString()));
      item.path("indicators").forEach(i -> phrases.add(i.path("name").asString()));
      String ext = file.getFileName().toString().substring(id.length() + 1);
      boolean scan = List.of("r01-006", "r01-016", "r01-026").contains(id);
      String format = ext.equals("pdf") ? (scan ? "pdf (scan)" : "pdf (text)") : ext;
      String producer =
          "corpus " + (ext.equals("pdf") ? (scan ? "scan (img2pdf)" : "LibreOffice") : ext);
      documents.add(new Document(id, format, producer, scan ? "scan" : "text", file, phrases));
    }
    return documents;
  }

  /** The generated set, made once into {@code dir} (LibreOffice is slow) and reused. */
  private static List<Document> generated(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path fixtures = Path.of("src/test/resources/extraction").toAbsolutePath();
    List<String> phrases = FixtureDocuments.phrases();
    List<Document> documents = new ArrayList<>();
    Function<String, Path> at = dir::resolve;

    Path docx = at.apply("report.docx");
    if (!Files.exists(docx)) {
      FixtureDocuments.docx(docx, null, 1);
    }
    documents.add(new Document("report.docx", "docx", "POI", "text", docx, phrases));
    for (String format : List.of("doc", "odt")) {
      Path converted = at.apply("report." + format);
      if (!Files.exists(converted)) {
        FixtureDocuments.convert(docx, format, dir);
      }
      documents.add(
          new Document("report." + format, format, "LibreOffice", "text", converted, phrases));
    }
    Path fallback = fixtures.resolve("fallback-fonts.pdf");
    documents.add(
        new Document(
            "fallback-fonts.pdf",
            "pdf (text)",
            "LibreOffice, fallback fonts",
            "text",
            fallback,
            phrases));

    Path long_ = at.apply("table-over-pages.docx");
    Path longPdf = at.apply("table-over-pages.pdf");
    if (!Files.exists(longPdf)) {
      FixtureDocuments.docx(long_, null, 12);
      FixtureDocuments.convert(long_, "pdf", dir);
    }
    documents.add(
        new Document(
            "table-over-pages.pdf",
            "pdf (text)",
            "LibreOffice, table over pages",
            "text",
            longPdf,
            phrases));

    // Word tables without borders (a rule under the header at most), exported by LibreOffice with
    // its fallback fonts: on one page, over a page break inside a row, and with every cell centred
    // vertically in its row.
    for (String[] made :
        new String[][] {
          {"borderless-tables", "1", "top"},
          {"borderless-over-pages", "8", "top"},
          {"borderless-centred", "1", "centred"}
        }) {
      Path pdf = at.apply(made[0] + ".pdf");
      if (!Files.exists(pdf)) {
        FixtureDocuments.borderless(
            at.apply(made[0] + ".docx"), Integer.parseInt(made[1]), made[2].equals("centred"));
        FixtureDocuments.convert(at.apply(made[0] + ".docx"), "pdf", dir);
      }
      documents.add(
          new Document(
              made[0] + ".pdf",
              "pdf (text)",
              "LibreOffice, borderless",
              "text",
              pdf,
              FixtureDocuments.borderlessPhrases()));
    }

    Path twoPass = at.apply("two-pass-fonts.pdf");
    if (!Files.exists(twoPass)) {
      twoPassPdf(twoPass);
    }
    documents.add(
        new Document(
            "two-pass-fonts.pdf",
            "pdf (text)",
            "PDFBox, font then fallback",
            "text",
            twoPass,
            List.of(FixtureDocuments.HEADER, FixtureDocuments.TITLE, FixtureDocuments.MOTTO)));

    Path twoColumns = at.apply("two-columns.pdf");
    if (!Files.exists(twoColumns)) {
      FixtureDocuments.twoColumns(twoColumns);
    }
    documents.add(
        new Document(
            "two-columns.pdf",
            "pdf (text)",
            "PDFBox, two columns",
            "text",
            twoColumns,
            List.of(
                FixtureDocuments.HEADER,
                FixtureDocuments.LEFT_COLUMN,
                FixtureDocuments.RIGHT_COLUMN,
                FixtureDocuments.TITLE,
                FixtureDocuments.INDICATORS.get(0).get(0))));

    int[][] scans = {{110, 8, 5}, {130, -15, 8}, {150, 20, 3}};
    for (int[] s : scans) {
      Path scan = at.apply("scan-" + s[0] + "dpi.pdf");
      if (!Files.exists(scan)) {
        FixtureDocuments.scan(fallback, scan, s[0], s[1] / 10.0, s[2] / 1000.0, s[0]);
      }
      documents.add(
          new Document(
              scan.getFileName().toString(),
              "pdf (scan)",
              "scan " + s[0] + " dpi, " + s[1] / 10.0 + "°",
              "scan",
              scan,
              phrases));
    }

    // An office scan of the report whose tables have no borders.
    Path borderlessScan = at.apply("scan-borderless-150dpi.pdf");
    if (!Files.exists(borderlessScan)) {
      FixtureDocuments.scan(
          at.apply("borderless-tables.pdf"), borderlessScan, 150, 1.0, 0.003, 150);
    }
    documents.add(
        new Document(
            borderlessScan.getFileName().toString(),
            "pdf (scan)",
            "scan 150 dpi, 1.0°, borderless",
            "scan",
            borderlessScan,
            FixtureDocuments.borderlessPhrases()));

    // A phone's photograph: turned 1.8°, lit unevenly, a little blurred, grainy, at 200 dpi.
    Path photo = at.apply("photo-200dpi.pdf");
    if (!Files.exists(photo)) {
      FixtureDocuments.photo(fallback, photo, 200, 1.8, 200);
    }
    documents.add(
        new Document(
            photo.getFileName().toString(),
            "pdf (scan)",
            "phone photo 200 dpi, 1.8°",
            "scan",
            photo,
            phrases));

    for (String encoding : List.of("tcvn3", "vni")) {
      for (String format : List.of("docx", "doc", "odt", "pdf")) {
        String name = encoding + "." + format;
        // LibreOffice, without the .VnTime font, takes TCVN3's ư (0xAD) for a soft hyphen and
        // draws nothing: that PDF holds "ngêi", "xëng", the ư is not in the file.
        String producer =
            name.equals("tcvn3.pdf")
                ? "TCVN3 PDF (LibreOffice, no ư in the file)"
                : encoding.toUpperCase(Locale.ROOT) + " (LibreOffice)";
        documents.add(
            new Document(
                name,
                format.equals("pdf") ? "pdf (text)" : format,
                producer,
                "legacy " + encoding.toUpperCase(Locale.ROOT),
                fixtures.resolve(name),
                phrases));
      }
    }
    // TCVN3 as Word saves it to PDF on a machine with the .VnTime fonts: every letter drawn.
    Path tcvn3Word = at.apply("tcvn3-word.pdf");
    if (!Files.exists(tcvn3Word)) {
      LegacyWordPdfs.tcvn3(tcvn3Word);
    }
    documents.add(
        new Document(
            "tcvn3-word.pdf",
            "pdf (text)",
            "TCVN3 (Word, .VnTime embedded)",
            "legacy TCVN3",
            tcvn3Word,
            phrases));
    // VNI as Word saves it to PDF with VNI-Times: a marked letter is its letter and a mark glyph.
    Path vniWord = at.apply("vni-word.pdf");
    if (!Files.exists(vniWord)) {
      LegacyWordPdfs.vni(vniWord);
    }
    documents.add(
        new Document(
            "vni-word.pdf",
            "pdf (text)",
            "VNI (Word, VNI-Times embedded)",
            "legacy VNI",
            vniWord,
            phrases));
    return documents;
  }

  /**
   * A PDF drawn as Word draws text in a font that lacks some letters: each line's letters of the
   * main font first, then the missing ones from the fallback font at their places.
   */
  private static void twoPassPdf(Path target) throws IOException {
    Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    Path liberation = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType0Font main = PDType0Font.load(document, liberation.toFile());
      PDType0Font fallback = PDType0Font.load(document, dejavu.toFile());
      List<String> lines =
          List.of(
              FixtureDocuments.HEADER,
              FixtureDocuments.MOTTO,
              "Sáng kiến: " + FixtureDocuments.TITLE + ".");
      float size = 12;
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = 780;
        for (String line : lines) {
          for (boolean first : new boolean[] {true, false}) {
            float x = 60;
            for (int i = 0; i < line.length(); i++) {
              String c = line.substring(i, i + 1);
              PDFont font = has(main, c) ? main : fallback;
              if ((font == main) == first && !c.isBlank()) {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(c);
                content.endText();
              }
              x += font.getStringWidth(c) / 1000 * size;
            }
          }
          y -= 20;
        }
      }
      document.save(target.toFile());
    }
  }

  private static boolean has(PDType0Font font, String c) {
    try {
      font.encode(c);
      return font.hasGlyph(c.codePointAt(0));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }
}
