package vn.thidua.portal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.records.RecordAssembly.CriterionRef;
import vn.thidua.portal.records.RecordAssembly.InitiativeRow;
import vn.thidua.portal.records.RecordAssembly.RegistrationRow;
import vn.thidua.portal.records.RecordAssembly.ScoreRow;
import vn.thidua.portal.records.RecordAssembly.SheetRow;
import vn.thidua.portal.records.RecordAssembly.Sources;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/** What a unit's record holds, year by year, for staff and for the public (issue 12). */
class RecordAssemblyTest {

  private static final Unit UNIT =
      new Unit(
          1,
          "u1",
          "Trạm Y tế xã Đại Sơn",
          "tram-y-te-xa-dai-son",
          UnitKind.CO_QUAN,
          null,
          null,
          null,
          null,
          null);
  private static final List<Integer> YEARS = List.of(2026, 2027, 2028, 2029, 2030);
  private static final Instant PUBLISHED = Instant.parse("2026-06-01T00:00:00Z");

  private static final Sources SOURCES =
      new Sources(
          List.of(new RegistrationRow(1, "reg", 2026, "submitted", "Giấy khen")),
          List.of(
              report("r-accepted", 2026, ReportStatus.ACCEPTED),
              report("r-under-review", 2027, ReportStatus.SUBMITTED),
              report("r-returned", 2027, ReportStatus.RETURNED)),
          List.of(
              score(1, "c-a", 2026, 30, "submitted"),
              score(2, "c-b", 2026, 20, "submitted"),
              score(3, "c-c", 2026, 25, "open"),
              score(4, "c-a", 2027, 10, "reopened")),
          List.of(
              new InitiativeRow(
                  1,
                  "i1",
                  "Sổ sức khỏe điện tử",
                  "so-suc-khoe",
                  2026,
                  InitiativeStatus.VERIFIED,
                  PUBLISHED),
              new InitiativeRow(
                  2, "i2", "Bản nháp", "ban-nhap", 2026, InitiativeStatus.REGISTERED, null)),
          List.of(
              story("Trạm Y tế số hóa", "tram-y-te-so-hoa", LocalDate.of(2026, 7, 1), PUBLISHED),
              story("Nháp", "nhap", LocalDate.of(2026, 8, 1), null)),
          List.of(
              award("a-decided", 2026, AwardStatus.DECIDED, "25/QĐ-UBND"),
              award("a-proposed", 2027, AwardStatus.PROPOSED, null)));

  @Test
  void a_persons_public_record_names_them_with_position_and_unit_and_holds_decided_awards_only() {
    vn.thidua.portal.strapi.model.Person lan =
        new vn.thidua.portal.strapi.model.Person(
            7, "p7", "Nguyễn Thị Lan", "Bác sĩ", "unit", UNIT, null);

    AchievementRecord record = RecordAssembly.publicPart(lan, YEARS, SOURCES);

    assertThat(record.name()).isEqualTo("Nguyễn Thị Lan, Bác sĩ, Trạm Y tế xã Đại Sơn");
    assertThat(record.kind()).isEqualTo(UnitKind.CA_NHAN);
    assertThat(record.slug()).as("a person has no unit's slug").isNull();
    assertThat(record.years())
        .flatExtracting(AchievementRecord.Year::awards)
        .extracting(AchievementRecord.AwardLine::decisionNumber)
        .containsExactly("25/QĐ-UBND");
    assertThat(record.years())
        .flatExtracting(AchievementRecord.Year::registrations)
        .as("a registration is never public")
        .isEmpty();
  }

  @Test
  void staff_see_every_entry_of_each_year_and_the_total_of_submitted_sheets_only() {
    AchievementRecord record = RecordAssembly.staff(UNIT, YEARS, SOURCES);

    assertThat(record.complete()).isTrue();
    assertThat(record.years()).extracting(AchievementRecord.Year::year).isEqualTo(YEARS);
    AchievementRecord.Year y2026 = record.years().get(0);
    assertThat(y2026.registrations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.submitted()).isTrue();
              assertThat(r.awardForm()).isEqualTo("Giấy khen");
            });
    assertThat(y2026.score()).as("30 + 20; the open sheet's 25 does not count").isNotNull();
    assertThat(y2026.score().total()).isEqualTo(50);
    assertThat(y2026.score().criteria()).isEqualTo(2);
    assertThat(y2026.initiatives())
        .extracting(AchievementRecord.InitiativeLine::title)
        .containsExactly("Sổ sức khỏe điện tử", "Bản nháp");
    assertThat(y2026.initiatives().get(1).slug()).as("a draft has no public page").isNull();
    assertThat(y2026.stories())
        .as("a story draft is the editor's, not the unit's record")
        .extracting(AchievementRecord.StoryLine::slug)
        .containsExactly("tram-y-te-so-hoa");
    assertThat(y2026.awards())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo(AwardStatus.DECIDED);
              assertThat(a.decisionNumber()).isEqualTo("25/QĐ-UBND");
            });

    AchievementRecord.Year y2027 = record.years().get(1);
    assertThat(y2027.reports())
        .extracting(AchievementRecord.ReportLine::documentId)
        .containsExactly("r-under-review", "r-returned");
    assertThat(y2027.score()).as("a reopened sheet is work in progress").isNull();
    assertThat(y2027.awards())
        .extracting(AchievementRecord.AwardLine::status)
        .containsExactly(AwardStatus.PROPOSED);
    assertThat(record.years().get(4).isEmpty()).isTrue();
  }

  @Test
  void the_public_record_never_shows_a_report_under_review_an_undecided_proposal_or_scores() {
    AchievementRecord record = RecordAssembly.publicPart(UNIT, YEARS, SOURCES);

    assertThat(record.complete()).isFalse();
    AchievementRecord.Year y2026 = record.years().get(0);
    assertThat(y2026.registrations()).isEmpty();
    assertThat(y2026.score()).isNull();
    assertThat(y2026.reports())
        .extracting(AchievementRecord.ReportLine::documentId)
        .containsExactly("r-accepted");
    assertThat(y2026.initiatives())
        .extracting(AchievementRecord.InitiativeLine::title)
        .containsExactly("Sổ sức khỏe điện tử");
    assertThat(y2026.stories())
        .extracting(AchievementRecord.StoryLine::slug)
        .containsExactly("tram-y-te-so-hoa");
    assertThat(y2026.awards())
        .extracting(AchievementRecord.AwardLine::decisionNumber)
        .containsExactly("25/QĐ-UBND");

    AchievementRecord.Year y2027 = record.years().get(1);
    assertThat(y2027.reports()).as("under review and returned reports stay private").isEmpty();
    assertThat(y2027.awards()).as("a proposal is not public").isEmpty();
    assertThat(y2027.score()).isNull();
    assertThat(y2027.isEmpty()).isTrue();
  }

  private static Report report(String id, int year, ReportStatus status) {
    return new Report(
        1,
        id,
        "Báo cáo " + year,
        UNIT,
        year,
        Stage.ANNUAL,
        null,
        List.of(),
        status,
        null,
        null,
        null,
        List.of(),
        null,
        null);
  }

  private static ScoreRow score(long id, String criterion, int year, double points, String sheet) {
    return new ScoreRow(
        id,
        "s" + id,
        year,
        points,
        new CriterionRef(criterion),
        new SheetRow("sh-" + sheet, sheet));
  }

  private static Story story(String title, String slug, LocalDate date, Instant publishedAt) {
    return new Story(
        1,
        slug,
        title,
        slug,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        false,
        List.of(UNIT),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        date,
        publishedAt,
        null,
        List.of());
  }

  private static Award award(String id, int year, AwardStatus status, String number) {
    return new Award(
        1,
        id,
        UNIT,
        null,
        "Giấy khen",
        Stage.ANNUAL,
        year,
        status,
        number,
        number == null ? null : LocalDate.of(2026, 12, 20),
        null,
        List.of(),
        List.of(),
        null,
        null);
  }
}
