package vn.thidua.portal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports open in LibreOffice (a real office suite, not only POI) and hold the figures. */
class ExportsInLibreOfficeIT {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @TempDir Path dir;

  private String convert(Path file, String to) throws Exception {
    return Files.readString(convertFile(file, to), StandardCharsets.UTF_8);
  }

  /** The file LibreOffice wrote when converting {@code file} to {@code to}. */
  private Path convertFile(Path file, String to) throws Exception {
    assertThat(SOFFICE).as("LibreOffice is installed").exists();
    Process p =
        new ProcessBuilder(
                SOFFICE.toString(),
                "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                dir.resolve("out").toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    String name =
        file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "." + to.split(":")[0];
    Path converted = dir.resolve("out").resolve(name);
    assertThat(converted).as("LibreOffice opened %s", file.getFileName()).exists();
    return converted;
  }

  @Test
  void the_spreadsheet_opens_in_libreoffice_with_the_right_figures() throws Exception {
    Path xlsx = dir.resolve("tong-hop.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ExportFixtures.writer()
          .writeXlsx(ExportFixtures.year2026(), ExportFixtures.vietnamese(), out);
    }
    String csv = convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76");
    assertThat(csv)
        .contains("Trạm Y tế xã Đại Sơn")
        .contains("Nộp đúng hạn")
        .contains("02/11/2026")
        .contains("Chưa nộp (đã quá hạn)");
    assertThat(csv.lines().filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow())
        .as("digital, green, innovation, science, all")
        .contains(",2,1,2,0,5");
  }

  @Test
  void the_reminder_list_opens_in_libreoffice_with_the_units_to_remind_and_their_contacts()
      throws Exception {
    Path xlsx = dir.resolve("nhac-nop.xlsx");
    vn.thidua.portal.strapi.model.Unit thon =
        new vn.thidua.portal.strapi.model.Unit(
            1,
            "u3",
            "Thôn Tây",
            null,
            vn.thidua.portal.strapi.model.UnitKind.MAT_TRAN_DOAN_THE,
            null,
            "Phạm Văn Nam",
            "thontay@daison.example",
            "0912 345 678",
            null);
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ReminderList.writeXlsx(
          ExportFixtures.year2026().deadline(),
          java.util.List.of(
              new vn.thidua.portal.reports.ComplianceBoard.Row(
                  thon, null, vn.thidua.portal.reports.Compliance.MISSING)),
          ExportFixtures.vietnamese(),
          out);
    }
    String csv = convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76");
    assertThat(csv)
        .contains("Thôn Tây")
        .contains("Chưa nộp (đã quá hạn)")
        .contains("Phạm Văn Nam")
        .contains("thontay@daison.example")
        .as("the phone keeps its leading zero")
        .contains("0912 345 678");
  }

  @Test
  void the_report_upward_opens_in_libreoffice_with_the_right_figures() throws Exception {
    Path docx = dir.resolve("tong-hop.docx");
    try (OutputStream out = Files.newOutputStream(docx)) {
      ExportFixtures.writer().writeDocx(ExportFixtures.year2026(), out);
    }
    String text = convert(docx, "txt:Text (encoded):UTF8");
    assertThat(text)
        .contains("Tổng số 3 đơn vị")
        .contains("tổng số 5 sáng kiến")
        .contains("Thôn Tây");
  }

  /**
   * The report upward as LibreOffice prints it (Liberation Serif stands in for Times New Roman with
   * the same metrics, so a line that fits here fits in Word): the layout Decree 30 sets.
   */
  @Test
  void the_report_upward_prints_on_a4_with_the_decree_30_heading_margins_and_signature()
      throws Exception {
    Path docx = dir.resolve("bao-cao.docx");
    try (OutputStream out = Files.newOutputStream(docx)) {
      ExportFixtures.writer().writeDocx(ExportFixtures.year2026(), out);
    }
    try (PDDocument pdf = Loader.loadPDF(convertFile(docx, "pdf").toFile())) {
      PDRectangle a4 = pdf.getPage(0).getMediaBox();
      assertThat(a4.getWidth() / MM).as("A4 width").isCloseTo(210f, within(1f));
      assertThat(a4.getHeight() / MM).as("A4 height").isCloseTo(297f, within(1f));

      List<Line> lines = Line.of(pdf);
      Line motto = line(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(motto.text()).as("the motto on one line").contains("VIỆT NAM");
      Line slogan = line(lines, "Độc lập - Tự do - Hạnh phúc");
      assertThat(slogan.page()).isZero();
      assertThat(slogan.y()).as("the slogan under the motto").isGreaterThan(motto.y());
      Line number = line(lines, "/BC-UBND");
      assertThat(number.xOf("Số")).as("the number on the left").isLessThan(a4.getWidth() / 2);
      Line issuer = line(lines, "ỦY BAN NHÂN DÂN");
      assertThat(issuer.xOf("ỦY")).as("the issuing body on the left").isLessThan(a4.getWidth() / 2);
      assertThat(motto.xOf("CỘNG")).as("the motto on the right").isGreaterThan(a4.getWidth() / 3);
      Line date = line(lines, "Đại Sơn, ngày 20 tháng 12 năm 2026");
      assertThat(date.italic()).as("place and date in italics").isTrue();
      Line title = line(lines, "BÁO CÁO");
      assertThat(title.y()).as("the title under the heading").isGreaterThan(date.y());

      float left = (float) lines.stream().mapToDouble(Line::x).min().orElseThrow();
      float right = (float) lines.stream().mapToDouble(Line::right).max().orElseThrow();
      float top =
          (float)
              lines.stream().filter(l -> l.page() == 0).mapToDouble(Line::top).min().orElseThrow();
      assertThat(left / MM).as("left margin 30–35 mm").isBetween(29.5f, 35.5f);
      assertThat((a4.getWidth() - right) / MM).as("right margin 15–20 mm").isBetween(14.5f, 20.5f);
      assertThat(top / MM).as("top margin 20–25 mm").isBetween(19.5f, 27f);

      // Debian's Liberation Serif 1.07 lacks most Vietnamese letters (ơ, ư, ạ, ủ…), which
      // LibreOffice draws in a wider serif (a line that fits here fits in Word): the plain
      // letters and digits show which font the document asks for.
      assertThat(
              lines.stream()
                  .flatMap(l -> l.glyphs().stream())
                  .filter(g -> g.getUnicode().matches("[A-Za-z0-9]"))
                  .map(g -> g.getFont().getName())
                  .distinct())
          .as("Times New Roman, or Liberation Serif standing in with its metrics")
          .allMatch(f -> f.contains("TimesNewRoman") || f.contains("LiberationSerif"));
      assertThat(lines).extracting(Line::text).anyMatch(t -> t.contains("a) Trạm Y tế xã Đại Sơn"));

      Line copies = line(lines, "Nơi nhận:");
      Line signerTitle = line(lines, "PHÓ CHỦ TỊCH");
      Line signer = line(lines, "Nguyễn Văn Bình");
      assertThat(copies.xOf("Nơi")).as("Nơi nhận on the left").isLessThan(a4.getWidth() / 3);
      assertThat(signer.xOf("Nguyễn"))
          .as("the signer on the right")
          .isGreaterThan(a4.getWidth() / 2);
      assertThat(signer.page() > signerTitle.page() || signer.y() > signerTitle.y())
          .as("the name under the title, room for the signature between")
          .isTrue();
    }
  }

  private static final float MM = 72f / 25.4f;

  private static Line line(List<Line> lines, String text) {
    return lines.stream()
        .filter(l -> l.text().contains(text))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no line with «"
                        + text
                        + "» in:\n"
                        + String.join("\n", lines.stream().map(Line::text).toList())));
  }

  /** A line of the PDF as printed: its text (NFC), where it starts and ends, and its style. */
  record Line(
      int page,
      String text,
      float x,
      float right,
      float y,
      float top,
      boolean italic,
      List<TextPosition> glyphs) {

    /** Where the first occurrence of {@code word} starts on the line. */
    float xOf(String word) {
      int i = text.indexOf(word);
      assertThat(i).as("«%s» in «%s»", word, text).isNotNegative();
      // The text is NFC, the glyphs one per character as the stripper saw them: count by text.
      int seen = 0;
      for (TextPosition g : glyphs) {
        String u = Normalizer.normalize(g.getUnicode(), Normalizer.Form.NFC);
        if (seen >= i) {
          return g.getXDirAdj();
        }
        seen += u.length();
      }
      return x;
    }

    static List<Line> of(PDDocument pdf) throws IOException {
      List<Line> lines = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
              if (glyphs.isEmpty() || text.isBlank()) {
                return;
              }
              TextPosition first = glyphs.getFirst();
              TextPosition last = glyphs.getLast();
              lines.add(
                  new Line(
                      getCurrentPageNo() - 1,
                      Normalizer.normalize(text, Normalizer.Form.NFC),
                      first.getXDirAdj(),
                      last.getXDirAdj() + last.getWidthDirAdj(),
                      first.getYDirAdj(),
                      first.getYDirAdj() - first.getHeightDir(),
                      first.getFont().getName() != null
                          && first.getFont().getName().contains("Italic"),
                      List.copyOf(glyphs)));
            }
          };
      stripper.setSortByPosition(true);
      stripper.getText(pdf);
      return lines;
    }
  }
}
