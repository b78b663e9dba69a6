package vn.thidua.portal.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.portal.dossier.DossierFixtures.BASE;
import static vn.thidua.portal.dossier.DossierFixtures.VI;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.dossier.Dossier.Claim;
import vn.thidua.portal.dossier.Dossier.FilePage;
import vn.thidua.portal.dossier.Dossier.Note;
import vn.thidua.portal.dossier.Dossier.Section;
import vn.thidua.portal.dossier.Dossier.SectionKind;

class DossierAssemblerTest {

  private final Dossier dossier = DossierAssembler.assemble(DossierFixtures.sources(), BASE, VI);

  private Section section(SectionKind kind) {
    return dossier.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void the_cover_names_the_recipient_form_stage_and_the_scores_of_submitted_sheets_per_office() {
    assertThat(dossier.cover().recipient()).isEqualTo("Trạm Y tế xã Đại Sơn");
    assertThat(dossier.cover().awardForm()).isEqualTo("Giấy khen của Chủ tịch UBND xã");
    assertThat(dossier.cover().stageLabel()).isEqualTo("Hằng năm");
    assertThat(dossier.cover().totalScore()).isEqualTo(92.5);
    assertThat(dossier.cover().officeScores())
        .as("an open sheet's 100 points do not count")
        .containsEntry("Điểm Phòng Văn hóa – Xã hội chấm", 9.5)
        .containsEntry("Điểm Phòng Kinh tế chấm", 10.0)
        .hasSize(2);
  }

  @Test
  void sections_come_in_order_indicators_criteria_initiatives_stories() {
    assertThat(dossier.sections())
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.INDICATORS,
            SectionKind.CRITERIA,
            SectionKind.INITIATIVES,
            SectionKind.STORIES);
  }

  @Test
  void indicators_are_the_confirmed_ones_of_the_proposals_reports_oldest_report_first() {
    List<Claim> claims = section(SectionKind.INDICATORS).claims();
    assertThat(claims)
        .extracting(Claim::text)
        .as("rejected facts and another report's facts are no proof of this nomination")
        .containsExactly(
            "Tỷ lệ hồ sơ nộp trực tuyến: 78 %", "Số người dân được hướng dẫn kỹ năng số: 936 %");
    Claim first = claims.get(0);
    assertThat(first.source()).isEqualTo("bao-cao-2026.pdf, trang 2");
    assertThat(first.portalUrl()).isEqualTo(BASE + "/tep-bao-cao/rep2026/11#page=2");
    assertThat(first.evidence())
        .singleElement()
        .isInstanceOfSatisfying(
            FilePage.class,
            p -> {
              assertThat(p.page()).isEqualTo(2);
              assertThat(p.file().mediaId()).isEqualTo(11);
              assertThat(p.file().isPdf()).isTrue();
              assertThat(p.file().reportDocumentId()).isEqualTo("rep2026");
            });
    assertThat(((FilePage) claims.get(1).evidence().get(0)).file().isPdf()).isFalse();
  }

  @Test
  void criteria_follow_their_codes_in_natural_order_with_the_page_each_score_cites() {
    List<Claim> claims = section(SectionKind.CRITERIA).claims();
    assertThat(claims)
        .extracting(Claim::text)
        .as("1.2 before 1.10; a score without evidence or on an open sheet is no claim")
        .containsExactly(
            "Tiêu chí 1.2 Tiêu chí 1.2: 5,5 điểm",
            "Tiêu chí 1.10 Tiêu chí 1.10: 10 điểm",
            "Tiêu chí 1.1.a: Đã số hóa 100% hồ sơ");
    assertThat(claims.get(0).evidence())
        .singleElement()
        .isInstanceOfSatisfying(FilePage.class, p -> assertThat(p.key()).isEqualTo("rep2027/12#1"));
    assertThat(claims.get(1).portalUrl()).isEqualTo(BASE + "/tep-bao-cao/rep2026/11#page=2");
  }

  @Test
  void
      an_initiative_comes_with_its_description_the_report_page_it_was_read_from_and_its_evidence() {
    Claim solar = section(SectionKind.INITIATIVES).claims().get(0);
    assertThat(solar.text())
        .isEqualTo("Sáng kiến: Lắp đặt điện mặt trời mái nhà — Chuyển đổi xanh");
    assertThat(solar.portalUrl()).isEqualTo(BASE + "/sang-kien/dien-mat-troi");
    assertThat(solar.evidence()).hasSize(3);
    assertThat(solar.evidence().get(0))
        .isInstanceOfSatisfying(
            Note.class, n -> assertThat(n.lines()).contains("Công suất 512 kWp."));
    assertThat(solar.evidence().get(1).key()).isEqualTo("rep2026/11#3");
    assertThat(solar.evidence().get(2))
        .as("the evidence file at the page the unit's self-assessment points to")
        .isInstanceOfSatisfying(
            FilePage.class,
            p -> {
              assertThat(p.file().name()).isEqualTo("anh-dien-mat-troi.pdf");
              assertThat(p.file().reportDocumentId()).isNull();
              assertThat(p.page()).isEqualTo(2);
            });
    assertThat(section(SectionKind.INITIATIVES).claims())
        .as("the confirmed fact linked to the initiative is not a second claim")
        .hasSize(1);
  }

  @Test
  void a_story_about_the_recipient_cites_its_source_page() {
    Claim story = section(SectionKind.STORIES).claims().get(0);
    assertThat(story.text()).isEqualTo("Tin bài: Trạm Y tế Đại Sơn đi đầu chuyển đổi số");
    assertThat(story.portalUrl()).isEqualTo(BASE + "/tin-bai/tram-y-te-chuyen-doi-so");
    assertThat(story.evidence())
        .extracting(e -> e.key())
        .containsExactly("story:story1", "rep2026/11#3");
  }

  @Test
  void a_fact_whose_file_left_the_report_still_claims_but_cites_a_file_not_found() {
    var sources = DossierFixtures.sources();
    var gone =
        DossierFixtures.fact(
            "gone",
            DossierFixtures.R2026,
            vn.thidua.portal.facts.FactKind.INDICATOR,
            vn.thidua.portal.facts.FactDecision.CONFIRMED,
            "Chỉ tiêu của tệp đã gỡ",
            java.math.BigDecimal.ONE,
            DossierFixtures.media(77, "da-go.pdf", "application/pdf"),
            4,
            null);
    var withGone =
        new DossierSources(sources.proposal(), List.of(gone), sources.scores(), sources.stories());
    Claim claim = DossierAssembler.assemble(withGone, BASE, VI).sections().get(0).claims().get(0);
    assertThat(((FilePage) claim.evidence().get(0)).file().found()).isFalse();
    assertThat(claim.source()).isEqualTo("da-go.pdf, trang 4");
  }
}
