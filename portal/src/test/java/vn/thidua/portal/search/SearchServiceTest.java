package vn.thidua.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.indexer.SearchResults;

class SearchServiceTest {

  @Test
  void a_hit_links_to_the_portal_page_of_its_entry_from_its_model_and_slug() {
    assertThat(SearchService.route(hit("story", "st1", "thon-bac-son")))
        .contains("tin-bai/thon-bac-son");
    assertThat(SearchService.route(hit("initiative", "in1", "mo-hinh-x")))
        .contains("sang-kien/mo-hinh-x");
    assertThat(SearchService.route(hit("campaign", "cp1", "ke-hoach-2026"))).contains("ke-hoach");
    assertThat(SearchService.route(hit("story", "st2", null))).contains("tin-bai/st2");
  }

  @Test
  void a_report_hit_has_no_public_page() {
    assertThat(SearchService.route(reportHit())).isEmpty();
    assertThat(SearchService.route(hit(null, "x1", "x"))).isEmpty();
  }

  private static SearchResults.Hit hit(
      @Nullable String model, String documentId, @Nullable String slug) {
    return new SearchResults.Hit(
        "story",
        "Tin",
        null,
        null,
        null,
        2026,
        null,
        null,
        documentId,
        null,
        null,
        null,
        List.of(),
        1.0,
        model,
        slug);
  }

  /** A hit on page 3 of file 42 of report {@code rep1}, which belongs to unit {@code u1}. */
  private static SearchResults.Hit reportHit() {
    return new SearchResults.Hit(
        "report",
        "Báo cáo 2026",
        "Trạm Y tế",
        "u1",
        "office",
        2026,
        null,
        null,
        "rep1",
        "42",
        "bao-cao.pdf",
        3,
        List.of(),
        1.0,
        "report",
        null);
  }

  private static PortalUser user(PortalRole role, @Nullable String unit) {
    return new PortalUser(1, "u", "U", role, unit, unit, "jwt");
  }

  @Test
  void staff_open_a_report_hit_at_its_page_through_the_reports_own_rule() {
    for (PortalRole role : List.of(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN)) {
      assertThat(SearchService.fileLink(reportHit(), user(role, null)))
          .contains("/tep-bao-cao/rep1/42#page=3");
    }
  }

  @Test
  void a_unit_opens_its_own_report_hit_through_the_reports_rule_and_anothers_publicly() {
    assertThat(SearchService.fileLink(reportHit(), user(PortalRole.UNIT, "u1")))
        .contains("/tep-bao-cao/rep1/42#page=3");
    assertThat(SearchService.fileLink(reportHit(), user(PortalRole.UNIT, "u2")))
        .contains("/tep/bao-cao/rep1/42#page=3");
  }

  @Test
  void the_public_and_editors_open_a_report_hit_at_its_public_address() {
    assertThat(SearchService.fileLink(reportHit(), null)).contains("/tep/bao-cao/rep1/42#page=3");
    assertThat(SearchService.fileLink(reportHit(), user(PortalRole.EDITOR, null)))
        .contains("/tep/bao-cao/rep1/42#page=3");
  }
}
