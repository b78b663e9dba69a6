package vn.thidua.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchServiceTest {

  @Test
  void a_hit_links_to_the_portal_page_of_its_entry() {
    assertThat(SearchService.route("/stories/thon-bac-son")).contains("tin-bai/thon-bac-son");
    assertThat(SearchService.route("/initiatives/mo-hinh-x")).contains("sang-kien/mo-hinh-x");
    assertThat(SearchService.route("/plan/ke-hoach-2026")).contains("ke-hoach");
  }

  @Test
  void a_report_hit_has_no_public_page() {
    assertThat(SearchService.route("/reports/abc123")).isEmpty();
    assertThat(SearchService.route(null)).isEmpty();
    assertThat(SearchService.route("/stories/a/b")).isEmpty();
  }
}
