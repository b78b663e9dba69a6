package vn.thidua.portal.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.dossier.Dossier.Labels;
import vn.thidua.portal.dossier.DossierSources.CriterionRef;
import vn.thidua.portal.dossier.DossierSources.EvidenceLink;
import vn.thidua.portal.dossier.DossierSources.ProposalData;
import vn.thidua.portal.dossier.DossierSources.ScoreRow;
import vn.thidua.portal.dossier.DossierSources.SheetRef;
import vn.thidua.portal.facts.FactDecision;
import vn.thidua.portal.facts.FactKind;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.shell.Languages;
import vn.thidua.portal.shell.PortalI18NProvider;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.RichText;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.Unit;

/**
 * A proposal for Trạm Y tế xã Đại Sơn with two reports, its facts, scores, an initiative, a story.
 */
final class DossierFixtures {

  static final String BASE = "https://cong.example.vn";
  static final Labels VI =
      (key, args) -> new PortalI18NProvider().getTranslation(key, Languages.VIETNAMESE, args);
  static final Unit UNIT =
      new Unit(1, "unit1", "Trạm Y tế xã Đại Sơn", "tram-y-te", null, null, null, null, null, null);

  static final StrapiMedia PDF_2026 = media(11, "bao-cao-2026.pdf", "application/pdf");
  static final StrapiMedia DOCX_2027 =
      media(
          12,
          "bao-cao-2027.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final StrapiMedia EVIDENCE_PHOTO = media(21, "anh-dien-mat-troi.pdf", "application/pdf");

  static final Report R2026 = report("rep2026", 2026, PDF_2026);
  static final Report R2027 = report("rep2027", 2027, DOCX_2027);
  static final Report OTHER = report("other", 2026, media(99, "khac.pdf", "application/pdf"));

  static final Initiative SOLAR =
      new Initiative(
          5,
          "ini1",
          "Lắp đặt điện mặt trời mái nhà",
          "dien-mat-troi",
          UNIT,
          InitiativeField.CHUYEN_DOI_XANH,
          2026,
          RichText.of("Công suất 512 kWp."),
          null,
          List.of(EVIDENCE_PHOTO),
          List.of(),
          null,
          null,
          List.of(new Initiative.SelfAssessment(null, 8.0, null, "anh-dien-mat-troi.pdf", 2)));

  private DossierFixtures() {}

  static StrapiMedia media(long id, String name, String mime) {
    return new StrapiMedia(id, "m" + id, name, null, mime, 10.0, "/uploads/" + name, Map.of());
  }

  static Report report(String id, int year, StrapiMedia file) {
    return new Report(
        1,
        id,
        "Báo cáo " + year,
        UNIT,
        year,
        Stage.ANNUAL,
        "1/BC",
        List.of(file),
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null);
  }

  static ReportFact fact(
      String id,
      Report report,
      FactKind kind,
      FactDecision decision,
      String name,
      @Nullable BigDecimal value,
      StrapiMedia file,
      int page,
      @Nullable String initiative) {
    return new ReportFact(
        1,
        id,
        id,
        new ReportFact.Ref(report.documentId(), report.title(), null, null),
        null,
        null,
        report.year(),
        kind,
        decision,
        name,
        null,
        kind == FactKind.INDICATOR ? "%" : null,
        value,
        value,
        false,
        kind == FactKind.INITIATIVE ? InitiativeField.CHUYEN_DOI_XANH : null,
        kind == FactKind.CRITERION ? "Đã số hóa 100% hồ sơ" : null,
        null,
        Long.toString(file.id()),
        file.name(),
        page,
        initiative == null ? null : new ReportFact.Ref(initiative, null, null, null),
        "thamdinh",
        Instant.parse("2026-11-20T02:00:00Z"));
  }

  static ScoreRow score(
      String id, String code, String office, String status, double points, EvidenceLink... links) {
    return new ScoreRow(
        1,
        id,
        new CriterionRef(1, "c" + code, code, "Tiêu chí " + code),
        2026,
        points,
        null,
        new SheetRef(1, "s" + office, office, status),
        List.of(links));
  }

  static Story story() {
    return new Story(
        1,
        "story1",
        "Trạm Y tế Đại Sơn đi đầu chuyển đổi số",
        "tram-y-te-chuyen-doi-so",
        RichText.of("Trạm số hóa toàn bộ hồ sơ sức khỏe."),
        null,
        null,
        null,
        null,
        List.of(),
        false,
        List.of(UNIT),
        List.of(),
        null,
        R2026,
        PDF_2026.name(),
        3,
        "số hóa toàn bộ hồ sơ",
        LocalDate.of(2026, 11, 25),
        null,
        null,
        List.of());
  }

  /** The proposal with everything that cites its reports, and some that must be left out. */
  static DossierSources sources() {
    ProposalData proposal =
        new ProposalData(
            1,
            "prop1",
            Stage.ANNUAL,
            2026,
            UNIT,
            null,
            "Giấy khen của Chủ tịch UBND xã",
            92.5,
            List.of(R2027, R2026),
            List.of(SOLAR),
            null);
    List<ReportFact> facts =
        List.of(
            fact(
                "f1",
                R2027,
                FactKind.INDICATOR,
                FactDecision.CONFIRMED,
                "Số người dân được hướng dẫn kỹ năng số",
                new BigDecimal("936"),
                DOCX_2027,
                2,
                null),
            fact(
                "f2",
                R2026,
                FactKind.INDICATOR,
                FactDecision.CORRECTED,
                "Tỷ lệ hồ sơ nộp trực tuyến",
                new BigDecimal("78"),
                PDF_2026,
                2,
                null),
            fact(
                "f3",
                R2026,
                FactKind.INDICATOR,
                FactDecision.REJECTED,
                "Chỉ tiêu bị bác",
                BigDecimal.ONE,
                PDF_2026,
                1,
                null),
            fact(
                "f4",
                OTHER,
                FactKind.INDICATOR,
                FactDecision.CONFIRMED,
                "Chỉ tiêu của báo cáo khác",
                BigDecimal.TEN,
                OTHER.files().get(0),
                1,
                null),
            fact(
                "f5",
                R2026,
                FactKind.INITIATIVE,
                FactDecision.CONFIRMED,
                "Lắp đặt điện mặt trời mái nhà",
                null,
                PDF_2026,
                3,
                "ini1"),
            fact(
                "f6",
                R2026,
                FactKind.CRITERION,
                FactDecision.CONFIRMED,
                "1.1.a",
                null,
                PDF_2026,
                1,
                null));
    List<ScoreRow> scores =
        List.of(
            score(
                "sc10",
                "1.10",
                "kinh_te",
                "submitted",
                10,
                new EvidenceLink(11L, PDF_2026.name(), 2, null)),
            score(
                "sc2",
                "1.2",
                "van_hoa_xa_hoi",
                "submitted",
                5.5,
                new EvidenceLink(12L, DOCX_2027.name(), 1, null)),
            score("sc3", "1.3", "van_hoa_xa_hoi", "submitted", 4),
            score(
                "sc4", "1.4", "van_hoa_xa_hoi", "open", 100, new EvidenceLink(11L, null, 1, null)));
    return new DossierSources(proposal, facts, scores, List.of(story()));
  }
}
