package vn.thidua.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.export.ConsolidatedReport;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The home page's countdown, the unit's desk, the compliance board and the exports read one
 * campaign calendar: when the site setting names a second plan with another deadline, all four move
 * together. Strapi is played by WireMock: the first plan (1 December) is the latest issued and the
 * featured one, the site setting names the second (10 December).
 */
class OneCampaignCalendarTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path spoolDir;

  private static final LocalDate SECOND_PLANS_DEADLINE = LocalDate.of(2026, 12, 10);

  private PlanService plans;
  private ReportService reports;
  private ComplianceBoard board;
  private ConsolidatedReport exports;
  private TestBeans.Reports reportBeans;

  private static String plan(int id, String slug, int day, boolean featured) {
    return """
        {"id":%d,"documentId":"%s","title":"Kế hoạch %d","slug":"%s","featured":%s,
         "reportDeadlineDay":%d,"reportDeadlineMonth":12,
         "phases":[{"name":"Giai đoạn 1","startYear":2026,"endYear":2030}]}
        """
        .formatted(id, slug, id, slug, featured, day);
  }

  private static String page(String... entries) {
    return """
        {"data":[%s],"meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":%d}}}
        """
        .formatted(String.join(",", entries), entries.length);
  }

  @BeforeEach
  void setUp() throws Exception {
    URI url = URI.create(strapi.baseUrl());
    StrapiClient client = TestBeans.strapi(url);
    CurrentUser currentUser = TestUsers.currentUser();
    plans = TestBeans.plans(client, TestBeans.CLOCK);
    reportBeans = TestBeans.reports(client, TestBeans.deadIndexer(), currentUser, plans, spoolDir);
    reports = reportBeans.service();
    board = TestBeans.make(ComplianceBoard.class, reports, currentUser, TestBeans.CLOCK);
    exports =
        TestBeans.make(
            ConsolidatedReport.class,
            board,
            client,
            TestBeans.make(vn.thidua.portal.registration.RegisteredTargets.class, client),
            currentUser,
            TestBeans.CLOCK);

    String first = plan(1, "ke-hoach-1", 1, true);
    String second = plan(2, "ke-hoach-2", 10, false);
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"s","communeName":"Đại Sơn",
                     "activeCampaign":%s}}
                    """
                        .formatted(second))));
    // Any other question about plans finds the first: the latest issued, and the featured one.
    strapi.stubFor(get(urlPathEqualTo("/api/campaigns")).willReturn(okJson(page(first))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/campaigns"))
            .withQueryParam("filters[slug][$eq]", equalTo("ke-hoach-2"))
            .atPriority(1)
            .willReturn(okJson(page(second))));
    strapi.stubFor(get(urlPathEqualTo("/api/reports")).willReturn(okJson(page())));
    strapi.stubFor(get(urlPathEqualTo("/api/initiatives")).willReturn(okJson(page())));
    strapi.stubFor(get(urlPathEqualTo("/api/report-facts")).willReturn(okJson(page())));
    strapi.stubFor(get(urlPathEqualTo("/api/proposals")).willReturn(okJson(page())));
    strapi.stubFor(get(urlPathEqualTo("/api/registrations")).willReturn(okJson(page())));
    strapi.stubFor(
        get(urlPathEqualTo("/api/units"))
            .willReturn(
                okJson(
                    page(
                        """
                        {"id":1,"documentId":"unitA","name":"Trạm Y tế"}"""))));
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    reportBeans.close();
  }

  @Test
  void a_site_setting_naming_another_plan_moves_every_deadline_together() {
    assertThat(plans.countdown().deadline())
        .as("the home page's countdown")
        .isEqualTo(SECOND_PLANS_DEADLINE);

    TestUsers.signIn(PortalRole.UNIT, "unitA");
    assertThat(reports.myDesk(2026).deadline().deadline())
        .as("the unit's desk")
        .isEqualTo(SECOND_PLANS_DEADLINE);

    TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThat(board.board(2026).deadline().deadline())
        .as("the compliance board")
        .isEqualTo(SECOND_PLANS_DEADLINE);
    assertThat(exports.gather(2026).deadline().deadline())
        .as("the consolidated report")
        .isEqualTo(SECOND_PLANS_DEADLINE);
  }
}
