package vn.thidua.portal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports open in LibreOffice (a real office suite, not only POI) and hold the figures. */
class ExportsInLibreOfficeIT {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @TempDir Path dir;

  private String convert(Path file, String to) throws Exception {
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
    return Files.readString(converted, StandardCharsets.UTF_8);
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
  void the_narrative_opens_in_libreoffice_with_the_right_figures() throws Exception {
    Path docx = dir.resolve("tong-hop.docx");
    try (OutputStream out = Files.newOutputStream(docx)) {
      ExportFixtures.writer()
          .writeDocx(ExportFixtures.year2026(), ExportFixtures.vietnamese(), out);
    }
    String text = convert(docx, "txt:Text (encoded):UTF8");
    assertThat(text)
        .contains("Tổng số 3 đơn vị")
        .contains("tổng số 5 sáng kiến")
        .contains("Thôn Tây");
  }
}
