package vn.thidua.indexer.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.extraction.LegacyVietnamese.Encoding;

/**
 * Makes report files the way units make them, for the extraction tests and the fidelity benchmark:
 * a DOCX with a bold header and a table with narrow columns (POI), turned into PDF, DOC and ODT by
 * LibreOffice; the same text typed in TCVN3 or VNI fonts; and scans of a PDF at low resolution,
 * turned and noisy.
 *
 * <p>{@code main} writes the small fixtures kept under {@code src/test/resources/extraction}
 * (LibreOffice with Liberation fonts 1.07 and DejaVu, as on the development machine, so that the
 * Vietnamese letters Liberation lacks come from DejaVu).
 */
public final class FixtureDocuments {

  /** The unit's name, the header written in capitals in bold. */
  public static final String UNIT = "Trạm Y tế xã Đại Sơn";

  public static final String HEADER = "TRẠM Y TẾ XÃ ĐẠI SƠN";

  public static final String TITLE = "Lắp đặt điện mặt trời mái nhà cho nhà xưởng tại thôn Tây";

  public static final String MOTTO = "Cộng hòa xã hội chủ nghĩa Việt Nam";

  /** Indicator rows: name, unit, value; the names wrap in the narrow column. */
  public static final List<List<String>> INDICATORS =
      List.of(
          List.of("Số cán bộ hoàn thành khóa học trên nền tảng học tập số", "người", "6"),
          List.of("Khối lượng rác thải nhựa giảm", "kg/tháng", "865"),
          List.of("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", "78"),
          List.of("Số người dân được hướng dẫn kỹ năng số", "người", "936"));

  private FixtureDocuments() {}

  /** The phrases a reader must find in any of these documents. */
  public static List<String> phrases() {
    return List.of(
        HEADER,
        TITLE,
        MOTTO,
        INDICATORS.get(0).get(0),
        INDICATORS.get(1).get(0),
        INDICATORS.get(2).get(0),
        INDICATORS.get(3).get(0));
  }

  /**
   * A report as DOCX: header, motto, a paragraph with the initiative's title and the indicator
   * table with a narrow name column, repeated {@code repeats} times (more than once, the table runs
   * over a page break). {@code legacy} types every run in a TCVN3 or VNI font.
   */
  public static void docx(Path target, @Nullable Encoding legacy, int repeats) throws IOException {
    String font =
        legacy == null ? "Times New Roman" : legacy == Encoding.TCVN3 ? ".VnTime" : "VNI-Times";
    try (XWPFDocument doc = new XWPFDocument()) {
      run(doc.createParagraph(), HEADER, font, legacy, true);
      run(doc.createParagraph(), MOTTO, font, legacy, false);
      run(
          doc.createParagraph(),
          "Báo cáo kết quả thực hiện phong trào thi đua năm 2027 của "
              + UNIT
              + ". Sáng kiến tiêu biểu: "
              + TITLE
              + ".",
          font,
          legacy,
          false);
      for (int r = 0; r < repeats; r++) {
        XWPFTable table = doc.createTable(INDICATORS.size() + 1, 4);
        table.setWidthType(TableWidthType.DXA);
        String[] header = {"STT", "Tên chỉ tiêu", "Đơn vị tính", "Kết quả"};
        int[] widths = {600, 1700, 1000, 900};
        for (int i = 0; i <= INDICATORS.size(); i++) {
          for (int j = 0; j < 4; j++) {
            String text =
                i == 0 ? header[j] : j == 0 ? String.valueOf(i) : INDICATORS.get(i - 1).get(j - 1);
            XWPFTableCell cell = table.getRow(i).getCell(j);
            cell.setWidth(String.valueOf(widths[j]));
            run(cell.getParagraphs().getFirst(), text, font, legacy, i == 0);
          }
        }
        run(
            doc.createParagraph(),
            "Ghi chú: số liệu tính đến ngày 30 tháng 11.",
            font,
            legacy,
            false);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        doc.write(out);
      }
    }
  }

  private static void run(
      XWPFParagraph paragraph, String text, String font, @Nullable Encoding legacy, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(font);
    run.setBold(bold);
    run.setText(legacy == null ? text : encode(text, legacy));
  }

  /** Converts with LibreOffice ({@code soffice --headless --convert-to}); returns the new file. */
  public static Path convert(Path source, String format, Path directory)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=file://" + directory.resolve(".lo-profile").toAbsolutePath(),
                "--headless",
                "--convert-to",
                format,
                "--outdir",
                directory.toString(),
                source.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("LibreOffice could not convert " + source);
    }
    String name = source.getFileName().toString();
    Path converted = directory.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    if (!Files.exists(converted)) {
      throw new IOException("LibreOffice wrote no " + converted);
    }
    return converted;
  }

  /**
   * A scan of {@code pdf}: each page rendered at {@code dpi}, turned by {@code degrees}, with
   * salt-and-pepper noise on {@code noise} of its pixels and a grey cast, as an image-only PDF.
   */
  public static void scan(Path pdf, Path target, int dpi, double degrees, double noise, long seed)
      throws IOException {
    Random random = new Random(seed);
    pictures(pdf, target, dpi, page -> degrade(page, degrees, noise, random));
  }

  /**
   * A phone's photograph of each page of {@code pdf} at {@code dpi} ({@link #photograph}), as an
   * image-only PDF.
   */
  public static void photo(Path pdf, Path target, int dpi, double degrees, long seed)
      throws IOException {
    Random random = new Random(seed);
    pictures(pdf, target, dpi, page -> photograph(page, degrees, random));
  }

  private static void pictures(
      Path pdf, Path target, int dpi, java.util.function.UnaryOperator<BufferedImage> picture)
      throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf.toFile());
        PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        BufferedImage scanned = picture.apply(page);
        PDRectangle size = source.getPage(i).getMediaBox();
        PDPage outPage = new PDPage(size);
        out.addPage(outPage);
        PDImageXObject image = LosslessFactory.createFromImage(out, scanned);
        try (PDPageContentStream content = new PDPageContentStream(out, outPage)) {
          content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
        }
      }
      out.save(target.toFile());
    }
  }

  /**
   * {@code page} as a phone photographs it: on a table (grey beyond the page's edges), turned by
   * {@code degrees}, lit unevenly (the paper a sixth darker at the top than at the bottom), a
   * little out of focus and grainy. As {@code FactsBenchmark}'s phone scans, without the JPEG.
   */
  static BufferedImage photograph(BufferedImage page, double degrees, Random random) {
    int w = page.getWidth();
    int h = page.getHeight();
    BufferedImage photo = turned(page, degrees, 195);
    float[] blur = new float[9];
    java.util.Arrays.fill(blur, 1f / 9);
    photo =
        new java.awt.image.ConvolveOp(
                new java.awt.image.Kernel(3, 3, blur), java.awt.image.ConvolveOp.EDGE_NO_OP, null)
            .filter(photo, null);
    var raster = photo.getRaster();
    for (int y = 0; y < h; y++) {
      double light = 0.85 + 0.15 * y / h;
      for (int x = 0; x < w; x++) {
        int v = (int) (raster.getSample(x, y, 0) * light + random.nextGaussian() * 12);
        raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
      }
    }
    return photo;
  }

  /** {@code page} turned by {@code degrees} about its centre, on a grey of {@code background}. */
  private static BufferedImage turned(BufferedImage page, double degrees, int background) {
    int w = page.getWidth();
    int h = page.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(new Color(background, background, background));
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(
          page, AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static BufferedImage degrade(BufferedImage page, double degrees, double noise, Random random) {
    int w = page.getWidth();
    int h = page.getHeight();
    BufferedImage out = turned(page, degrees, 235);
    var raster = out.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = raster.getSample(x, y, 0);
        // paper is never white on a cheap scanner, and ink never quite black
        v = Math.min(235, Math.max(40, v)) + (int) (random.nextGaussian() * 12);
        if (random.nextDouble() < noise) {
          v = random.nextBoolean() ? 0 : 255;
        }
        raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
      }
    }
    return out;
  }

  private static final Map<Encoding, Map<Character, String>> ENCODERS = new HashMap<>();

  /**
   * Unicode Vietnamese typed in a legacy encoding, as the Windows-1252 letters Word stores for a
   * {@code .VnTime} or {@code VNI-Times} run. Upper-case toned letters have no TCVN3 code (they are
   * typed in the capitals fonts), so TCVN3 text is typed in lower case there.
   */
  public static String encode(String text, Encoding encoding) {
    Map<Character, String> encoder = ENCODERS.computeIfAbsent(encoding, FixtureDocuments::encoder);
    StringBuilder out = new StringBuilder();
    for (char c :
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toCharArray()) {
      String legacy = encoder.get(c);
      if (legacy == null && encoding == Encoding.TCVN3) {
        legacy = encoder.get(Character.toLowerCase(c));
      }
      out.append(legacy != null ? legacy : String.valueOf(c));
    }
    return out.toString();
  }

  private static Map<Character, String> encoder(Encoding encoding) {
    Map<Character, String> map = new HashMap<>();
    StringBuilder alphabet = new StringBuilder();
    for (char c = 'A'; c <= 'Z'; c++) {
      alphabet.append(c).append(Character.toLowerCase(c));
    }
    for (char c = 0xA0; c <= 0xFF; c++) {
      alphabet.append(c);
    }
    String letters = alphabet.toString();
    for (int i = 0; i < letters.length(); i++) {
      String one = String.valueOf(letters.charAt(i));
      record(map, one, LegacyVietnamese.decode(one, encoding));
      for (int j = 0; j < letters.length() && encoding == Encoding.VNI; j++) {
        String two = one + letters.charAt(j);
        record(map, two, LegacyVietnamese.decode(two, encoding));
      }
    }
    return map;
  }

  private static void record(Map<Character, String> map, String legacy, String unicode) {
    if (unicode.length() == 1 && !unicode.equals(legacy) && unicode.charAt(0) > 0x7F) {
      map.merge(unicode.charAt(0), legacy, (a, b) -> a.length() <= b.length() ? a : b);
    }
  }

  /** The text of the left column of {@link #twoColumns}: the title wraps over its lines. */
  public static final String LEFT_COLUMN =
      "Năm 2027, đơn vị đã triển khai sáng kiến "
          + TITLE
          + ", giúp giảm chi phí điện năng cho các hộ sản xuất và được bà con đồng tình ủng hộ.";

  /** The text of the right column of {@link #twoColumns}: an indicator wraps over its lines. */
  public static final String RIGHT_COLUMN =
      "Về chuyển đổi số, chỉ tiêu "
          + INDICATORS.get(0).get(0)
          + " đạt kết quả tốt, cùng với chỉ tiêu "
          + INDICATORS.get(3).get(0)
          + " được duy trì hằng tháng.";

  /**
   * A page set in two columns as a newsletter or a report's annex is: the header across the page,
   * then {@link #LEFT_COLUMN} and {@link #RIGHT_COLUMN} side by side, each wrapped in its column
   * (PDFBox, Liberation Serif and DejaVu Serif for the letters it lacks).
   */
  public static void twoColumns(Path target) throws IOException {
    Path liberation = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
    Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      var main = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, liberation.toFile());
      var fallback = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, dejavu.toFile());
      float size = 11;
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        show(content, main, fallback, size, 60, 790, HEADER);
        float y = 750;
        for (String[] column : new String[][] {{"60", LEFT_COLUMN}, {"300", RIGHT_COLUMN}}) {
          float x = Float.parseFloat(column[0]);
          float line = y;
          StringBuilder current = new StringBuilder();
          for (String word : column[1].split(" ")) {
            String next = current.isEmpty() ? word : current + " " + word;
            if (width(main, fallback, next, size) > 170 && !current.isEmpty()) {
              show(content, main, fallback, size, x, line, current.toString());
              line -= 15;
              current = new StringBuilder(word);
            } else {
              current = new StringBuilder(next);
            }
          }
          show(content, main, fallback, size, x, line, current.toString());
        }
      }
      document.save(target.toFile());
    }
  }

  private static void show(
      PDPageContentStream content,
      org.apache.pdfbox.pdmodel.font.PDFont main,
      org.apache.pdfbox.pdmodel.font.PDFont fallback,
      float size,
      float x,
      float y,
      String text)
      throws IOException {
    for (int i = 0; i < text.length(); i++) {
      String c = text.substring(i, i + 1);
      org.apache.pdfbox.pdmodel.font.PDFont font = has(main, c) ? main : fallback;
      if (!c.isBlank()) {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(c);
        content.endText();
      }
      x += font.getStringWidth(c) / 1000 * size;
    }
  }

  private static float width(
      org.apache.pdfbox.pdmodel.font.PDFont main,
      org.apache.pdfbox.pdmodel.font.PDFont fallback,
      String text,
      float size)
      throws IOException {
    float width = 0;
    for (int i = 0; i < text.length(); i++) {
      String c = text.substring(i, i + 1);
      width += (has(main, c) ? main : fallback).getStringWidth(c) / 1000 * size;
    }
    return width;
  }

  private static boolean has(org.apache.pdfbox.pdmodel.font.PDFont font, String c) {
    try {
      font.encode(c);
      return !(font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0)
          || t0.hasGlyph(c.codePointAt(0));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  /** The higher unit beside the motto in the header of {@link #borderless}. */
  public static final String AUTHORITY = "ỦY BAN NHÂN DÂN XÃ ĐẠI SƠN";

  /** Initiative rows of {@link #borderless}: title, field, effect; the titles wrap. */
  public static final List<List<String>> INITIATIVES =
      List.of(
          List.of(TITLE, "Chuyển đổi xanh", "Giảm 30 % tiền điện"),
          List.of(
              "Ứng dụng phần mềm quản lý hồ sơ sức khỏe điện tử cho người cao tuổi tại trạm y tế",
              "Chuyển đổi số",
              "1.250 hồ sơ"),
          List.of(
              "Mô hình phân loại rác thải tại nguồn kết hợp ủ phân hữu cơ ở hộ gia đình",
              "Chuyển đổi xanh",
              "320 hộ tham gia"));

  /** The lines of the signature block of {@link #borderless}, left and right side by side. */
  public static final List<List<String>> SIGNATURE =
      List.of(
          List.of("Nơi nhận:", "TRƯỞNG TRẠM"),
          List.of("- UBND xã Đại Sơn;", "(Đã ký)"),
          List.of("- Lưu: VT.", "Nguyễn Văn An"));

  /** The phrases of {@link #borderless}: the unit, the indicator names, the initiative titles. */
  public static List<String> borderlessPhrases() {
    List<String> phrases = new java.util.ArrayList<>();
    phrases.add(HEADER);
    INDICATORS.forEach(row -> phrases.add(row.getFirst()));
    INITIATIVES.forEach(row -> phrases.add(row.getFirst()));
    return phrases;
  }

  /**
   * A report as communes type it in Word, every table without borders: the header's two sides
   * (unit, motto) in a borderless table, an indicator table (STT | Chỉ tiêu | ĐVT | Kết quả | Ghi
   * chú) ruled only under its bold header, an initiative table with long titles in a narrow column,
   * and the signature block in a borderless table. {@code repeats} times the indicator rows
   * (numbered on): from 4 on, the table runs over a page break, its header not repeated.
   */
  public static void borderless(Path target, int repeats) throws IOException {
    borderless(target, repeats, false);
  }

  /**
   * {@link #borderless(Path, int)}, with every cell {@code centred} vertically in its row if asked,
   * as many templates set them: a number beside a name of two lines stands between its lines.
   */
  public static void borderless(Path target, int repeats, boolean centred) throws IOException {
    String font = "Times New Roman";
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFTable top = borderlessTable(doc, 3, new int[] {4000, 5400});
      fill(top, 0, font, true, AUTHORITY, MOTTO.toUpperCase(java.util.Locale.ROOT));
      fill(top, 1, font, true, HEADER, "Độc lập - Tự do - Hạnh phúc");
      fill(top, 2, font, false, "Số: 15/BC-TYT", "Đại Sơn, ngày 30 tháng 11 năm 2027");
      run(doc.createParagraph(), "BÁO CÁO", font, null, true);
      run(
          doc.createParagraph(),
          "Kết quả thực hiện phong trào thi đua năm 2027 của "
              + UNIT
              + ". Trong năm, đơn vị đã bám sát kế hoạch, phân công cán bộ phụ trách từng chỉ"
              + " tiêu và báo cáo kết quả hằng tháng với Ủy ban nhân dân xã."
              // one line more before a long table, so that the page breaks inside a row
              + (repeats > 1
                  ? " Các chỉ tiêu được theo dõi theo từng quý, số liệu do các tổ chuyên môn tổng hợp và"
                      + " đối chiếu với sổ sách của trạm."
                  : ""),
          font,
          null,
          false);
      run(doc.createParagraph(), "I. KẾT QUẢ CÁC CHỈ TIÊU", font, null, true);
      int rows = INDICATORS.size() * repeats;
      XWPFTable indicators = borderlessTable(doc, rows + 1, new int[] {500, 2200, 900, 800, 1300});
      fill(indicators, 0, font, true, "STT", "Chỉ tiêu", "ĐVT", "Kết quả", "Ghi chú");
      for (XWPFTableCell cell : indicators.getRow(0).getTableCells()) {
        // the one rule of the table, under its header
        var bottom = cell.getCTTc().addNewTcPr().addNewTcBorders().addNewBottom();
        bottom.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        bottom.setSz(java.math.BigInteger.valueOf(6));
      }
      for (int i = 0; i < rows; i++) {
        List<String> row = INDICATORS.get(i % INDICATORS.size());
        fill(
            indicators,
            i + 1,
            font,
            false,
            String.valueOf(i + 1),
            row.get(0),
            row.get(1),
            row.get(2),
            i % INDICATORS.size() == 1 ? "Vượt kế hoạch năm" : "");
      }
      run(doc.createParagraph(), "II. SÁNG KIẾN, GIẢI PHÁP TIÊU BIỂU", font, null, true);
      XWPFTable initiatives =
          borderlessTable(doc, INITIATIVES.size() + 1, new int[] {500, 3000, 1200, 1700});
      fill(initiatives, 0, font, true, "STT", "Tên sáng kiến", "Lĩnh vực", "Hiệu quả");
      for (int i = 0; i < INITIATIVES.size(); i++) {
        List<String> row = INITIATIVES.get(i);
        fill(
            initiatives,
            i + 1,
            font,
            false,
            String.valueOf(i + 1),
            row.get(0),
            row.get(1),
            row.get(2));
      }
      run(
          doc.createParagraph(),
          "Trên đây là báo cáo kết quả thực hiện phong trào thi đua năm 2027 của "
              + UNIT
              + ", kính gửi Ủy ban nhân dân xã xem xét.",
          font,
          null,
          false);
      XWPFTable signature = borderlessTable(doc, SIGNATURE.size(), new int[] {4000, 5400});
      for (int i = 0; i < SIGNATURE.size(); i++) {
        fill(signature, i, font, i == 0, SIGNATURE.get(i).get(0), SIGNATURE.get(i).get(1));
      }
      if (centred) {
        for (XWPFTable table : doc.getTables()) {
          for (var row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        doc.write(out);
      }
    }
  }

  private static XWPFTable borderlessTable(XWPFDocument doc, int rows, int[] widths) {
    XWPFTable table = doc.createTable(rows, widths.length);
    table.setWidthType(TableWidthType.DXA);
    table.removeBorders();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < widths.length; j++) {
        table.getRow(i).getCell(j).setWidth(String.valueOf(widths[j]));
      }
    }
    return table;
  }

  private static void fill(XWPFTable table, int row, String font, boolean bold, String... texts) {
    for (int j = 0; j < texts.length; j++) {
      run(table.getRow(row).getCell(j).getParagraphs().getFirst(), texts[j], font, null, bold);
    }
  }

  /** Writes the committed fixtures into {@code args[0]} (needs LibreOffice). */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    Path work = Files.createTempDirectory("fixtures");
    Path report = work.resolve("fallback-fonts.docx");
    docx(report, null, 1);
    Files.copy(
        report,
        dir.resolve("narrow-table.docx"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        convert(report, "pdf", work),
        dir.resolve("fallback-fonts.pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // Tables without borders, one that runs over a page break inside a row, one whose cells are
    // centred in their rows.
    for (String[] made :
        new String[][] {
          {"borderless-tables", "1", "top"},
          {"borderless-over-pages", "8", "top"},
          {"borderless-centred", "1", "centred"}
        }) {
      Path borderless = work.resolve(made[0] + ".docx");
      borderless(borderless, Integer.parseInt(made[1]), made[2].equals("centred"));
      Files.copy(
          convert(borderless, "pdf", work),
          dir.resolve(made[0] + ".pdf"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    for (Encoding e : Encoding.values()) {
      String name = e.name().toLowerCase(java.util.Locale.ROOT);
      Path legacy = work.resolve(name + ".docx");
      docx(legacy, e, 1);
      Files.copy(
          legacy, dir.resolve(name + ".docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      for (String format : new String[] {"doc", "odt", "pdf"}) {
        Files.copy(
            convert(legacy, format, work),
            dir.resolve(name + "." + format),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
