package vn.thidua.portal.strapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The demo seed tells a coherent story for the day it is seeded for (issue 17): the test stack
 * seeds as of {@code seed.today} (the root pom's {@code it.seed.today}, passed to Strapi as
 * SEED_TODAY), and nothing it made happens after that day or before what it rests on.
 */
class DemoSeedIT {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Path CORPUS =
      Path.of(System.getProperty("repo.root", ".."), "..", "shared", "corpus");

  private final StrapiClient strapi =
      StrapiClientIT.client(TestStack.secret("STRAPI_PORTAL_TOKEN"));
  private final LocalDate seedDay =
      LocalDate.parse(System.getProperty("seed.today", LocalDate.now(VIETNAM).toString()));

  private static LocalDate day(Instant at) {
    return at.atZone(VIETNAM).toLocalDate();
  }

  /** The reports the seed made: those numbered as in the corpus manifest. */
  private List<Report> seededReports() throws Exception {
    JsonNode manifest =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(CORPUS.resolve("reports/manifest.json")));
    Set<String> numbers =
        manifest.valueStream().map(e -> e.path("number").asString()).collect(Collectors.toSet());
    return strapi
        .find(ContentType.REPORTS, StrapiQuery.create().populate("unit").page(1, 100))
        .data()
        .stream()
        .filter(r -> numbers.contains(r.number()))
        .toList();
  }

  @Test
  void no_report_is_sent_or_accepted_after_the_seeded_day_nor_in_another_year_than_its_own()
      throws Exception {
    List<Report> reports = seededReports();

    assertThat(reports).isNotEmpty();
    for (Report report : reports) {
      assertThat(report.submittedAt()).as(report.number()).isNotNull();
      LocalDate sent = day(report.submittedAt());
      assertThat(sent).as("%s sent", report.number()).isBeforeOrEqualTo(seedDay);
      assertThat(sent.getYear())
          .as("%s sent in its year", report.number())
          .isEqualTo(report.year());
      if (report.status() == ReportStatus.ACCEPTED) {
        assertThat(report.reviewedAt()).as(report.number()).isNotNull();
        assertThat(report.reviewedAt())
            .as("%s accepted after it was sent", report.number())
            .isAfter(report.submittedAt());
        assertThat(day(report.reviewedAt())).as(report.number()).isBeforeOrEqualTo(seedDay);
      }
    }
  }

  @Test
  void no_initiative_is_verified_for_a_year_not_yet_reached() {
    List<Initiative> verified =
        strapi
            .find(
                ContentType.INITIATIVES,
                StrapiQuery.create().eq("reviewStatus", InitiativeStatus.VERIFIED).page(1, 100))
            .data();

    assertThat(verified).isNotEmpty();
    assertThat(verified)
        .allSatisfy(i -> assertThat(i.year()).as(i.title()).isLessThanOrEqualTo(seedDay.getYear()));
  }

  @Test
  void an_award_is_decided_only_after_every_report_it_cites_was_accepted() {
    List<Award> decided =
        strapi
            .find(
                ContentType.AWARDS,
                StrapiQuery.create()
                    .eq("decisionStatus", AwardStatus.DECIDED)
                    .populate("reports")
                    .page(1, 100))
            .data();

    assertThat(decided).isNotEmpty();
    for (Award award : decided) {
      assertThat(award.decisionDate()).as(award.decisionNumber()).isBeforeOrEqualTo(seedDay);
      for (Report report : award.reports()) {
        assertThat(report.status())
            .as("%s cites %s", award.decisionNumber(), report.number())
            .isEqualTo(ReportStatus.ACCEPTED);
        assertThat(award.decisionDate())
            .as("%s decided after %s was accepted", award.decisionNumber(), report.number())
            .isAfter(day(report.reviewedAt()));
      }
    }
  }

  @Test
  void a_story_cites_only_an_accepted_report() {
    List<Story> stories =
        strapi
            .find(ContentType.STORIES, StrapiQuery.create().populate("sourceReport").page(1, 100))
            .data();

    assertThat(stories).isNotEmpty();
    assertThat(stories.stream().filter(s -> s.sourceReport() != null))
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.sourceReport().status())
                    .as(s.slug())
                    .isEqualTo(ReportStatus.ACCEPTED));
  }

  @Test
  void every_unit_has_a_contact_for_the_reminders() {
    List<Unit> units = strapi.find(ContentType.UNITS, StrapiQuery.create().page(1, 100)).data();

    assertThat(units).hasSizeGreaterThanOrEqualTo(18);
    assertThat(units)
        .allSatisfy(
            u -> {
              assertThat(u.contactName()).as(u.name()).isNotBlank();
              assertThat(u.contactEmail()).as(u.name()).contains("@");
            });
  }

  @Test
  void the_plan_header_names_its_place_once() {
    Campaign plan =
        strapi
            .findBySlug(
                ContentType.CAMPAIGNS,
                "ke-hoach-phong-trao-thi-dua-2026-2030",
                StrapiQuery.create())
            .orElseThrow();

    assertThat(plan.place()).isEqualTo("Đại Sơn");
    assertThat(plan.issuedDateText()).doesNotContain(plan.place());
  }
}
