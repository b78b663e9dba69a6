package vn.thidua.indexer.facts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.extraction.ExtractionListener;
import vn.thidua.indexer.extraction.ExtractionProperties;
import vn.thidua.indexer.extraction.ExtractionResult;
import vn.thidua.indexer.extraction.TextExtractor;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * Prints how well the facts are read, and asserts nothing: per format and for scans, precision and
 * recall of indicators (name and value both right), recall of initiative titles, accuracy of their
 * fields, exactness of report numbers; and the cost of reading facts beside Tika's. Two sets: the
 * shared corpus with its manifest, and a set generated here with other layouts (header table, STT
 * and ĐVT columns, plan and result columns, headings without diacritics, thousands separators, a
 * table over two pages with its header repeated, initiatives as "a) title: detail (Lĩnh vực: …)"),
 * in DOCX, and ODT, DOC and PDF converted by LibreOffice, plus phone-camera-like scans of the PDFs.
 *
 * <p>{@code mvn -o -pl indexer test -Dtest=FactsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (about five minutes, mostly OCR; no running stack). Names are compared folded (a wrong tone mark
 * from OCR is not a wrong name), values exactly.
 */
class FactsBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int REPEAT = 5;
  private final TextExtractor tika = new TextExtractor(ExtractionProperties.defaults());
  private final FactsExtractor facts = new FactsExtractor();

  /** What a file should give. */
  record Expected(
      String id,
      String number,
      String unit,
      List<String[]> indicators,
      List<String[]> initiatives,
      String proposal) {}

  /** Counts for one group of files. */
  static final class Score {
    int files;
    int predicted;
    int planted;
    int indicatorsRight;
    int titlesPlanted;
    int titlesFound;
    int fieldsRight;
    int numbersExact;
    int proposalsRight;
    int uncertainWrong;
    long tikaNanos;
    long factsNanos;

    void add(Score o) {
      files += o.files;
      predicted += o.predicted;
      planted += o.planted;
      indicatorsRight += o.indicatorsRight;
      titlesPlanted += o.titlesPlanted;
      titlesFound += o.titlesFound;
      fieldsRight += o.fieldsRight;
      numbersExact += o.numbersExact;
      proposalsRight += o.proposalsRight;
      uncertainWrong += o.uncertainWrong;
      tikaNanos += o.tikaNanos;
      factsNanos += o.factsNanos;
    }
  }

  @Test
  void prints_accuracy_and_cost_on_the_corpus_and_on_a_set_of_other_layouts() throws Exception {
    List<Expected> corpus = new ArrayList<>();
    for (JsonNode r : JSON.readTree(Corpus.reports().resolve("manifest.json").toFile())) {
      corpus.add(expected(r));
    }
    Map<Path, Expected> files = new LinkedHashMap<>();
    try (var list = Files.list(Corpus.reports())) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        corpus.stream()
            .filter(e -> name.startsWith(e.id() + "."))
            .findFirst()
            .ifPresent(e -> files.put(p, e));
      }
    }
    run("shared corpus (" + files.size() + " files)", files);

    Path dir = Files.createDirectories(Path.of("target", "facts-bench"));
    run("other layouts, generated (" + "target/facts-bench)", generate(dir, corpus));
  }

  private void run(String title, Map<Path, Expected> files) throws IOException {
    Map<String, Score> groups = new LinkedHashMap<>();
    // -Dbench.facts.only=<regex> reads only the files whose names match (a miss looked at again);
    // -Dbench.facts.dump=true writes each file's extracted text beside the generated set, for
    // turning a miss into a unit test of the reader.
    String only = System.getProperty("bench.facts.only", "");
    boolean dump = Boolean.getBoolean("bench.facts.dump");
    for (Map.Entry<Path, Expected> f : files.entrySet()) {
      Path file = f.getKey();
      if (!only.isEmpty() && !file.getFileName().toString().matches(only)) {
        continue;
      }
      long t0 = System.nanoTime();
      ExtractionResult text =
          tika.extract(file, file.getFileName().toString(), ExtractionListener.NONE);
      long t1 = System.nanoTime();
      if (dump) {
        Path out = Files.createDirectories(Path.of("target", "facts-bench", "text"));
        StringBuilder pages = new StringBuilder();
        text.pages()
            .forEach(p -> pages.append("=== page ").append(p.page()).append('\n').append(p.text()));
        Files.writeString(out.resolve(file.getFileName() + ".txt"), pages);
      }
      ReportFacts read = facts.extract(text.pages());
      // The first reading of a run pays for loading and compiling the readers: time the next ones.
      long t2 = System.nanoTime();
      for (int i = 0; i < REPEAT; i++) {
        facts.extract(text.pages());
      }
      long t3 = System.nanoTime();
      String name = file.getFileName().toString();
      String group = text.ocrUsed() ? "scan" : name.substring(name.lastIndexOf('.') + 1);
      Score s = groups.computeIfAbsent(group, g -> new Score());
      s.tikaNanos += t1 - t0;
      s.factsNanos += (t3 - t2) / REPEAT;
      score(s, read, f.getValue(), name);
    }
    Score all = new Score();
    groups.values().forEach(all::add);
    groups.put("all", all);
    System.out.printf(Locale.ROOT, "%n=== Facts: %s ===%n", title);
    System.out.printf(
        Locale.ROOT,
        "%-6s %5s %9s %9s %9s %9s %9s %9s %12s %12s %7s%n",
        "format",
        "files",
        "ind.prec",
        "ind.rec",
        "titles",
        "fields",
        "numbers",
        "proposal",
        "facts ms/f",
        "tika ms/f",
        "ratio");
    for (Map.Entry<String, Score> g : groups.entrySet()) {
      Score s = g.getValue();
      System.out.printf(
          Locale.ROOT,
          "%-6s %5d %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %12.2f %12.1f %7.3f%n",
          g.getKey(),
          s.files,
          ratio(s.indicatorsRight, s.predicted),
          ratio(s.indicatorsRight, s.planted),
          ratio(s.titlesFound, s.titlesPlanted),
          ratio(s.fieldsRight, s.titlesFound),
          ratio(s.numbersExact, s.files),
          ratio(s.proposalsRight, s.files),
          s.factsNanos / 1e6 / s.files,
          s.tikaNanos / 1e6 / s.files,
          (double) s.tikaNanos / (s.tikaNanos + s.factsNanos));
    }
    System.out.printf(
        Locale.ROOT,
        "wrong indicators flagged uncertain: %d of %d; ratio = Tika alone / (Tika + facts), target >= 0.9%n",
        all.uncertainWrong,
        all.predicted - all.indicatorsRight);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static void score(Score s, ReportFacts read, Expected e, String name) {
    s.files++;
    Set<String> planted = new HashSet<>();
    for (String[] i : e.indicators()) {
      planted.add(key(i[0], new BigDecimal(i[2])));
    }
    s.planted += planted.size();
    for (ReportFacts.Indicator i : read.indicators()) {
      s.predicted++;
      if (i.value() != null && planted.contains(key(i.name(), i.value()))) {
        s.indicatorsRight++;
      } else {
        System.out.printf("  %s: indicator not planted: %s%n", name, i);
        if (i.uncertain()) {
          s.uncertainWrong++;
        }
      }
    }
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    read.initiatives().forEach(i -> fields.put(fold(i.title()), i.field()));
    for (String[] i : e.initiatives()) {
      s.titlesPlanted++;
      String title = fold(i[0]);
      if (fields.containsKey(title)) {
        s.titlesFound++;
        if (Objects.equals(fields.get(title), i[1])) {
          s.fieldsRight++;
        } else {
          System.out.printf(
              "  %s: field %s for %s, planted %s%n", name, fields.get(title), i[0], i[1]);
        }
      } else {
        System.out.printf("  %s: initiative not found: %s in %s%n", name, i[0], fields.keySet());
      }
    }
    if (e.number().equals(read.reportNumber())) {
      s.numbersExact++;
    } else {
      System.out.printf("  %s: number %s, planted %s%n", name, read.reportNumber(), e.number());
    }
    if (read.proposal() != null && fold(read.proposal().form()).equals(fold(e.proposal()))) {
      s.proposalsRight++;
    } else {
      System.out.printf("  %s: proposal %s, planted %s%n", name, read.proposal(), e.proposal());
    }
  }

  private static String key(String name, BigDecimal value) {
    return fold(name) + "=" + value.stripTrailingZeros().toPlainString();
  }

  private static String fold(String s) {
    return VietnameseText.normalizeAndFold(s).replaceAll("[^\\p{L}\\d%]+", " ").strip();
  }

  private static Expected expected(JsonNode r) {
    List<String[]> indicators = new ArrayList<>();
    r.path("indicators")
        .forEach(
            i ->
                indicators.add(
                    new String[] {
                      i.path("name").asString(),
                      i.path("unit").asString(),
                      i.path("value").decimalValue().toPlainString()
                    }));
    List<String[]> initiatives = new ArrayList<>();
    r.path("initiatives")
        .forEach(
            i ->
                initiatives.add(
                    new String[] {
                      i.path("title").asString(),
                      i.path("field").asString().replace('-', '_'),
                      i.path("detail").asString()
                    }));
    return new Expected(
        r.path("id").asString(),
        r.path("number").asString(),
        r.path("unit").asString(),
        indicators,
        initiatives,
        r.path("proposal").asString());
  }

  // ---------------------------------------------------------------- the second set

  private static final String[][] MORE_INDICATORS = {
    {"Số hộ dân lắp đặt điện mặt trời mái nhà", "hộ"},
    {"Diện tích cây xanh trồng mới", "m²"},
    {"Kinh phí xã hội hóa huy động", "triệu đồng"},
    {"Số lượt người truy cập Cổng thông tin điện tử", "lượt"},
    {"Tỷ lệ hộ phân loại rác tại nguồn", "%"},
    {"Số tài khoản định danh điện tử mức 2 được kích hoạt", "tài khoản"},
  };

  private static final String[] FIELD_NAMES = {
    "chuyen_doi_so", "Chuyển đổi số",
    "chuyen_doi_xanh", "Chuyển đổi xanh",
    "doi_moi_sang_tao", "Đổi mới sáng tạo",
    "khoa_hoc_cong_nghe", "Khoa học và công nghệ"
  };

  /**
   * The layout of files 8 and 9: the unit of measure merged down over the rows that share it
   * (written in the first only, as Word keeps it), "TT", a result headed with its year, and an
   * empty "Ghi chú" column after it.
   */
  private static final int MERGED = 4;

  private Map<Path, Expected> generate(Path dir, List<Expected> corpus) throws Exception {
    Random random = new Random(13);
    List<String[]> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String[]> initiatives = new ArrayList<>();
    for (Expected e : corpus) {
      for (String[] i : e.indicators()) {
        if (seen.add(i[0])) {
          names.add(new String[] {i[0], i[1]});
        }
      }
      initiatives.addAll(e.initiatives());
    }
    names.addAll(List.of(MORE_INDICATORS));
    Map<Path, Expected> docx = new LinkedHashMap<>();
    // Files 8 and 9 come after the first eight so that those stay as they were measured before.
    for (int n = 0; n < 10; n++) {
      Expected e = corpus.get((n * 7) % corpus.size());
      int variant = n < 8 ? n % 4 : MERGED;
      int rows = variant == 2 ? 14 : 5 + random.nextInt(3);
      List<String[]> indicators = new ArrayList<>();
      List<String[]> shuffled = new ArrayList<>(names);
      java.util.Collections.shuffle(shuffled, random);
      if (variant == MERGED) {
        // Rows of one unit of measure together, so that the unit cell can be merged down.
        shuffled.sort(java.util.Comparator.comparing((String[] x) -> x[1]));
        shuffled = shuffled.subList(0, Math.min(shuffled.size(), 24));
      }
      for (String[] name : shuffled.subList(0, rows)) {
        BigDecimal value =
            name[1].equals("%")
                ? BigDecimal.valueOf(100 + random.nextInt(900), 1).stripTrailingZeros()
                : BigDecimal.valueOf(
                    random.nextBoolean() ? 1000 + random.nextInt(40000) : 3 + random.nextInt(400));
        indicators.add(new String[] {name[0], name[1], value.toPlainString()});
      }
      List<String[]> chosen = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        String[] i = initiatives.get(random.nextInt(initiatives.size()));
        // Variant 3 names no field: the reader must say none rather than guess.
        chosen.add(new String[] {i[0], variant == 3 ? null : i[1], i[2]});
      }
      String number = (10 + random.nextInt(300)) + "/BC-" + abbreviation(e.unit());
      Expected planted = new Expected("g" + n, number, e.unit(), indicators, chosen, e.proposal());
      Path file = dir.resolve(String.format(Locale.ROOT, "g%02d.docx", n));
      writeDocx(file, planted, variant);
      docx.put(file, planted);
    }
    Map<Path, Expected> all = new LinkedHashMap<>(docx);
    for (String format : List.of("odt", "doc", "pdf")) {
      convert(dir, docx.keySet(), format);
      docx.forEach((p, e) -> all.put(sibling(p, format), e));
    }
    int k = 0;
    for (Map.Entry<Path, Expected> d : docx.entrySet()) {
      if (k++ % 3 == 0) {
        Path scan = dir.resolve(d.getKey().getFileName().toString().replace(".docx", "-scan.pdf"));
        phoneScan(sibling(d.getKey(), "pdf"), scan, new Random(k));
        all.put(scan, d.getValue());
      }
    }
    return all;
  }

  private static String abbreviation(String unit) {
    StringBuilder b = new StringBuilder();
    for (String w : unit.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  private static Path sibling(Path docx, String format) {
    return docx.resolveSibling(docx.getFileName().toString().replace(".docx", "." + format));
  }

  private static String formatted(String value, boolean dots) {
    BigDecimal v = new BigDecimal(value);
    if (v.scale() > 0) {
      return value.replace('.', ',');
    }
    long n = v.longValue();
    return dots && n >= 1000 ? String.format(Locale.GERMANY, "%,d", n) : Long.toString(n);
  }

  private static void writeDocx(Path file, Expected e, int variant) throws IOException {
    boolean plain = variant == 1;
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFTable head = doc.createTable(3, 2);
      cell(head.getRow(0), 0, "UBND XÃ ĐẠI SƠN");
      cell(head.getRow(0), 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      cell(head.getRow(1), 0, e.unit().toUpperCase(Locale.ROOT));
      cell(head.getRow(1), 1, "Độc lập - Tự do - Hạnh phúc");
      cell(head.getRow(2), 0, "Số: " + e.number());
      cell(head.getRow(2), 1, "Đại Sơn, ngày 05 tháng 11 năm 2027");
      paragraph(doc, "BÁO CÁO");
      paragraph(doc, "Tổng kết phong trào thi đua năm 2027 của " + e.unit());
      paragraph(doc, plain ? "PHAN I. TINH HINH CHUNG" : "A. TÌNH HÌNH CHUNG");
      int intro = variant == 2 ? 9 : 2;
      for (int i = 0; i < intro; i++) {
        paragraph(
            doc,
            "Trong năm, "
                + e.unit()
                + " đã bám sát kế hoạch của xã, tổ chức quán triệt đến từng cán bộ, hội viên;"
                + " phối hợp với các thôn triển khai nhiều hoạt động thiết thực, được nhân dân"
                + " đồng tình hưởng ứng và tham gia tích cực.");
      }
      paragraph(
          doc, plain ? "B. KET QUA THUC HIEN CAC CHI TIEU" : "B. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
      boolean plan = variant == 0 || variant == 2;
      List<String> header =
          plain
              ? List.of("TT", "Noi dung", "DVT", "Ket qua")
              : plan
                  ? List.of("STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Kết quả thực hiện")
                  : variant == MERGED
                      ? List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2027", "Ghi chú")
                      : List.of("STT", "Tên chỉ tiêu", "Đơn vị tính", "Kết quả đạt được");
      XWPFTable table = doc.createTable(e.indicators().size() + 1, header.size());
      table.getRow(0).setRepeatHeader(true);
      for (int c = 0; c < header.size(); c++) {
        cell(table.getRow(0), c, header.get(c));
      }
      for (int r = 0; r < e.indicators().size(); r++) {
        String[] i = e.indicators().get(r);
        XWPFTableRow row = table.getRow(r + 1);
        cell(row, 0, Integer.toString(r + 1));
        cell(row, 1, i[0]);
        cell(row, 2, i[1]);
        int c = 3;
        if (plan) {
          cell(
              row,
              c++,
              formatted(
                  new BigDecimal(i[2])
                      .multiply(BigDecimal.valueOf(9))
                      .divide(BigDecimal.TEN)
                      .toPlainString(),
                  true));
        }
        String value = formatted(i[2], variant != 3);
        cell(row, c, i[1].equals("%") && variant == 2 ? value + "%" : value);
        if (variant == MERGED) {
          boolean sameAsAbove = r > 0 && e.indicators().get(r - 1)[1].equals(i[1]);
          var merge = row.getCell(2).getCTTc().addNewTcPr().addNewVMerge();
          if (sameAsAbove) {
            // A merged cell goes on: Word keeps the text in the first cell only.
            row.getCell(2).removeParagraph(0);
            row.getCell(2).addParagraph();
            merge.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
          } else {
            merge.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
          }
        }
      }
      paragraph(doc, "C. CÁC SÁNG KIẾN, MÔ HÌNH TIÊU BIỂU");
      char letter = 'a';
      for (String[] i : e.initiatives()) {
        if (i[1] == null) {
          paragraph(doc, "- " + i[0] + ". " + i[2]);
        } else {
          String field = FIELD_NAMES[List.of(FIELD_NAMES).indexOf(i[1]) + 1];
          paragraph(
              doc,
              letter++
                  + ") "
                  + i[0]
                  + ": "
                  + i[2]
                  + " (Lĩnh vực: "
                  + field.toLowerCase(Locale.ROOT)
                  + ").");
        }
      }
      paragraph(doc, "D. ĐỀ XUẤT KHEN THƯỞNG");
      paragraph(
          doc,
          "Kính đề nghị Chủ tịch UBND xã xem xét, xét tặng "
              + e.proposal()
              + " cho tập thể "
              + e.unit()
              + " do đã có thành tích trong phong trào.");
      paragraph(doc, "Nơi nhận: - Như trên; - Lưu: VT.");
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
  }

  private static void cell(XWPFTableRow row, int column, String text) {
    row.getCell(column).setText(text);
  }

  private static void paragraph(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
  }

  private static void convert(Path dir, Set<Path> files, String format) throws Exception {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "soffice",
            "-env:UserInstallation=file://" + dir.toAbsolutePath().resolve("lo-profile"),
            "--headless",
            "--convert-to",
            format.equals("doc") ? "doc:MS Word 97" : format,
            "--outdir",
            dir.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("soffice failed: " + out);
    }
  }

  /** A page photographed with a phone: tilted, uneven light, blurred, noisy, JPEG. */
  private static void phoneScan(Path pdf, Path scan, Random random) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf.toFile());
        PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, 200, ImageType.RGB);
        BufferedImage photo =
            new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 195, 185));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform tilt =
            AffineTransform.getRotateInstance(
                Math.toRadians(1.2 + random.nextDouble()),
                page.getWidth() / 2.0,
                page.getHeight() / 2.0);
        g.drawImage(page, tilt, null);
        g.dispose();
        float[] blur = new float[9];
        java.util.Arrays.fill(blur, 1f / 9);
        photo =
            new ConvolveOp(new Kernel(3, 3, blur), ConvolveOp.EDGE_NO_OP, null).filter(photo, null);
        for (int y = 0; y < photo.getHeight(); y++) {
          double light = 0.85 + 0.15 * y / photo.getHeight();
          for (int x = 0; x < photo.getWidth(); x++) {
            int rgb = photo.getRGB(x, y);
            int noise = (int) (random.nextGaussian() * 12);
            int r = clamp((int) (((rgb >> 16) & 255) * light) + noise);
            int gr = clamp((int) (((rgb >> 8) & 255) * light) + noise);
            int b = clamp((int) ((rgb & 255) * light * 0.95) + noise);
            photo.setRGB(x, y, (r << 16) | (gr << 8) | b);
          }
        }
        PDPage target = new PDPage(PDRectangle.A4);
        out.addPage(target);
        PDImageXObject image = JPEGFactory.createFromImage(out, photo, 0.6f);
        try (PDPageContentStream content = new PDPageContentStream(out, target)) {
          content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      out.save(scan.toFile());
    }
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
