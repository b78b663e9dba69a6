package vn.thidua.portal.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.council.CouncilContent.DecisionEntry;
import vn.thidua.portal.council.CouncilContent.DecisionStatus;
import vn.thidua.portal.council.CouncilContent.PersonEntry;
import vn.thidua.portal.council.CouncilContent.ProposalEntry;
import vn.thidua.portal.council.CouncilContent.ProposalResult;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/** The decision's DOCX and the certificates' PDF, read back as a reader's software reads them. */
class DecisionDocumentsTest {

  private static ProposalEntry unitProposal(String id, String name, String form, double total) {
    Unit unit = new Unit(1, "u-" + id, name, null, UnitKind.CO_QUAN, null, null, null, null, null);
    return new ProposalEntry(
        1,
        id,
        Stage.ANNUAL,
        2026,
        unit,
        null,
        form,
        total,
        List.of(),
        List.of(),
        null,
        null,
        ProposalResult.PASSED,
        3,
        0,
        3,
        null,
        "hoidong");
  }

  private static ProposalEntry personProposal(String id, String name, String form) {
    PersonEntry person =
        new PersonEntry(1, "p-" + id, name, "Nông dân", null, "Thôn Bắc Sơn", null);
    return new ProposalEntry(
        1,
        id,
        Stage.ANNUAL,
        2026,
        null,
        person,
        form,
        88.5,
        List.of(),
        List.of(),
        null,
        null,
        ProposalResult.PASSED,
        2,
        1,
        3,
        null,
        "hoidong");
  }

  private static DecisionEntry decision(List<ProposalEntry> proposals) {
    return new DecisionEntry(
        1,
        "d1",
        "25/QĐ-UBND",
        LocalDate.of(2026, 2, 5),
        "Đại Sơn",
        "Ủy ban nhân dân xã Đại Sơn",
        null,
        "Đào Văn Soái",
        "Chủ tịch",
        null,
        null,
        null,
        Stage.ANNUAL,
        2026,
        null,
        proposals,
        DecisionStatus.DRAFT,
        null,
        null);
  }

  @Test
  void the_date_line_writes_day_and_months_below_three_with_a_leading_zero_as_decree_30_asks() {
    assertThat(DecisionDocument.placeAndDate("Đại Sơn", LocalDate.of(2026, 2, 5)))
        .isEqualTo("Đại Sơn, ngày 05 tháng 02 năm 2026");
    assertThat(DecisionDocument.placeAndDate("Đại Sơn", LocalDate.of(2026, 12, 15)))
        .isEqualTo("Đại Sơn, ngày 15 tháng 12 năm 2026");
  }

  @Test
  void the_decision_lays_out_the_motto_number_articles_and_one_list_per_award_form()
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DecisionDocument.write(
        decision(
            List.of(
                unitProposal("a", "Trạm Y tế xã Đại Sơn", "Giấy khen", 100),
                personProposal("b", "Nguyễn Thị Hoà", "Giấy khen"),
                unitProposal("c", "Hợp tác xã Nông nghiệp Đông Sơn", "Bằng khen", 95))),
        "xã Đại Sơn",
        out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      var head = doc.getTables().get(0);
      assertThat(head.getRow(0).getCell(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ ĐẠI SƠN");
      assertThat(head.getRow(1).getCell(0).getText()).isEqualTo("Số: 25/QĐ-UBND");
      var motto = head.getRow(0).getCell(1).getParagraphs();
      assertThat(motto.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(motto.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
      assertThat(head.getRow(1).getCell(1).getText())
          .isEqualTo("Đại Sơn, ngày 05 tháng 02 năm 2026");
      assertThat(head.getRow(1).getCell(1).getParagraphs().get(0).getAlignment())
          .isEqualTo(ParagraphAlignment.CENTER);
      assertThat(doc.getTables()).as("heading, signature, two forms").hasSize(4);
      assertThat(doc.getTables().get(1).getText()).contains("Nơi nhận:").contains("Đào Văn Soái");
      assertThat(doc.getTables().get(2).getText())
          .contains("Trạm Y tế xã Đại Sơn")
          .as("a person is named with position and where they live")
          .contains("Nguyễn Thị Hoà, Nông dân, Thôn Bắc Sơn")
          .contains("88,5")
          .doesNotContain("Đông Sơn");
      assertThat(doc.getTables().get(3).getText()).contains("Hợp tác xã Nông nghiệp Đông Sơn");
      assertThat(words.getText())
          .contains("QUYẾT ĐỊNH:")
          .contains("Điều 1.")
          .contains("gồm 3 tập thể, cá nhân")
          .contains("I. Giấy khen")
          .contains("II. Bằng khen")
          .contains("(Kèm theo Quyết định số 25/QĐ-UBND ngày 05 tháng 02 năm 2026");
    }
  }

  @Test
  void each_certificate_prints_its_recipient_with_diacritics_in_an_embedded_font()
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A name typed in decomposed form (NFD) prints the same as the composed one.
    String nfd = Normalizer.normalize("Nguyễn Thị Hoà", Normalizer.Form.NFD);
    CertificatePdf.write(
        decision(List.of()),
        List.of(
            unitProposal("a", "Trạm Y tế xã Đại Sơn", "Giấy khen của Chủ tịch", 100),
            personProposal("b", nfd, "Bằng khen của Ủy ban nhân dân thành phố")),
        "xã Đại Sơn",
        out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      assertThat(stripper.getText(doc))
          .contains("Trạm Y tế xã Đại Sơn")
          .contains("GIẤY KHEN")
          .contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐẠI SƠN")
          .contains("Đại Sơn, ngày 05 tháng 02 năm 2026")
          .contains("Số: 25/QĐ-UBND");
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(doc))
          .contains("Nguyễn Thị Hoà")
          .contains("Nông dân, Thôn Bắc Sơn")
          .contains("BẰNG KHEN");
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        PDFont font = doc.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
      }
    }
  }
}
