package vn.thidua.portal.initiatives;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.initiatives.InitiativeService.FoundInitiative;
import vn.thidua.portal.registration.RegisteredTargets;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.model.InitiativeField;

/**
 * The unit's initiative registration ({@code /lam-viec/don-vi/sang-kien}) opens pre-filled with the
 * first initiative the indexer found in the unit's reports, newest report first: the unit confirms
 * instead of typing. One it registered already (titles compared folded) and one the reviewer
 * rejected are left out; an indexer that cannot be asked leaves the form empty, not broken. Strapi
 * and the indexer are played by WireMock.
 */
class InitiativePrefillTest {

  @TempDir Path spoolDir;
  private final WireMockServer strapiServer = new WireMockServer(wireMockConfig().dynamicPort());
  private final WireMockServer indexerServer = new WireMockServer(wireMockConfig().dynamicPort());
  private InitiativeRegistration registration;
  private TestBeans.Reports reports;

  @BeforeEach
  void setUp() throws Exception {
    strapiServer.start();
    indexerServer.start();
    StrapiClient strapi = TestBeans.strapi(URI.create(strapiServer.baseUrl()));
    CurrentUser currentUser = TestUsers.currentUser();
    IndexerClient indexer = TestBeans.indexer(URI.create(indexerServer.baseUrl()));
    reports = TestBeans.reports(strapi, indexer, currentUser, spoolDir);
    FactsService facts =
        TestBeans.make(
            FactsService.class,
            reports.service(),
            strapi,
            indexer,
            currentUser,
            TestBeans.CLOCK,
            TestBeans.make(RegisteredTargets.class, strapi),
            TestBeans.plans(strapi, TestBeans.CLOCK));
    registration =
        new InitiativeRegistration(
            strapi, reports.service(), reports.uploads(), currentUser, TestBeans.CLOCK, facts);
    TestUsers.signIn(PortalRole.UNIT, "u2");

    // The unit's reports, newest year first as Strapi sorts them: 2027 (file 8), 2026 (file 7).
    String unit = "\"unit\":{\"id\":2,\"documentId\":\"u2\",\"name\":\"Trạm Y tế\"}";
    String r2026 =
        """
        {"id":5,"documentId":"r1","title":"Báo cáo 2026","year":2026,"status":"accepted",%s,
         "files":[{"id":7,"documentId":"m7","name":"bao-cao-2026.pdf","url":"/uploads/a.pdf"}]}
        """
            .formatted(unit);
    String r2027 =
        """
        {"id":6,"documentId":"r2","title":"Báo cáo 2027","year":2027,"status":"submitted",%s,
         "files":[{"id":8,"documentId":"m8","name":"bao-cao-2027.docx","url":"/uploads/b.docx"}]}
        """
            .formatted(unit);
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .willReturn(
                okJson(
                    "{\"data\":[%s,%s],\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":100,\"pageCount\":1,\"total\":2}}}"
                        .formatted(r2026, r2027))));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports/r1")).willReturn(okJson("{\"data\":" + r2026 + "}")));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports/r2")).willReturn(okJson("{\"data\":" + r2027 + "}")));
    // What the unit registered already, typed with other case and tone placement.
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/initiatives"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":3,"documentId":"i3","title":"SỔ TAY ĐIỆN TỬ CHO HỘI VIÊN",
                      "year":2027,"reviewStatus":"draft","evidence":[]}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));
    // The reviewer rejected the 2027 report's "Ao cá kết hợp" initiative.
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/report-facts"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":9,"documentId":"f9","factKey":"r2|8|initiative|ao ca ket hop|2",
                      "kind":"initiative","decision":"rejected","name":"Ao cá kết hợp",
                      "decidedBy":"thamdinh","decidedAt":"2027-11-20T03:00:00Z"}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));
    indexerServer.stubFor(
        get(urlPathEqualTo("/api/files/8/facts"))
            .willReturn(
                okJson(
                    """
                    {"reportNumber":"12/BC-TYT","indicators":[],"criteria":[],
                     "initiatives":[
                       {"title":"Sổ tay điện tử cho hội viên","field":"chuyen_doi_so",
                        "detail":"Đã đăng ký","page":1},
                       {"title":"Ao cá kết hợp","field":"chuyen_doi_xanh","detail":"","page":2},
                       {"title":"Tủ thuốc thông minh","field":"doi_moi_sang_tao",
                        "detail":"Nhắc lịch uống thuốc cho 120 người cao tuổi","page":3}]}
                    """)));
    indexerServer.stubFor(
        get(urlPathEqualTo("/api/files/7/facts"))
            .willReturn(
                okJson(
                    """
                    {"reportNumber":"5/BC-TYT","indicators":[],"criteria":[],
                     "initiatives":[{"title":"Bản đồ số trạm y tế","detail":"Bản đồ","page":4}]}
                    """)));
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    reports.close();
    strapiServer.stop();
    indexerServer.stop();
  }

  @Test
  void the_form_opens_with_the_newest_reports_first_initiative_not_registered_nor_rejected() {
    var found = registration.foundInReports();

    assertThat(found)
        .extracting(FoundInitiative::title)
        .as("registered (folded title) and rejected initiatives are left out; newest report first")
        .containsExactly("Tủ thuốc thông minh", "Bản đồ số trạm y tế");
    assertThat(found.getFirst())
        .as("the form is filled with the first: title, field, detail, year, file and page")
        .isEqualTo(
            new FoundInitiative(
                "Tủ thuốc thông minh",
                InitiativeField.DOI_MOI_SANG_TAO,
                "Nhắc lịch uống thuốc cho 120 người cao tuổi",
                2027,
                "bao-cao-2027.docx",
                3));
    assertThat(found.get(1).field()).as("a report that names no field: none guessed").isNull();
  }

  @Test
  void an_indexer_that_cannot_be_asked_leaves_the_form_to_be_typed() {
    indexerServer.resetAll();
    indexerServer.stubFor(get(urlPathEqualTo("/api/files/8/facts")).willReturn(serverError()));
    indexerServer.stubFor(get(urlPathEqualTo("/api/files/7/facts")).willReturn(serverError()));

    assertThat(registration.foundInReports()).isEmpty();
  }
}
