package vn.thidua.portal.dossier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.dossier.CitationService.Citation;
import vn.thidua.portal.dossier.CitationService.FilePageRef;
import vn.thidua.portal.dossier.CitationService.Kind;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The "Được trích dẫn ở" list of a report (traceable both ways, issue 13), assembled against a
 * Strapi played by WireMock: a proposal, an award and a story that cite the report come back in
 * that order, each with where it is read and the report pages it points at; a unit reading its own
 * report sees the story only.
 */
class CitationServiceTest {

  private static final String PAGE =
      "\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":100,\"pageCount\":1,\"total\":%d}}";

  @TempDir Path spoolDir;
  private final WireMockServer strapiServer = new WireMockServer(wireMockConfig().dynamicPort());
  private CitationService citations;
  private TestBeans.Reports reports;

  @BeforeEach
  void setUp() throws Exception {
    strapiServer.start();
    StrapiClient strapi = TestBeans.strapi(URI.create(strapiServer.baseUrl()));
    reports = TestBeans.reports(strapi, TestBeans.deadIndexer(), TestUsers.currentUser(), spoolDir);
    citations =
        TestBeans.make(CitationService.class, strapi, reports.service(), TestUsers.currentUser());
    stub(
        "/api/reports/r1",
        """
        {"data":{"id":5,"documentId":"r1","title":"Báo cáo","year":2026,"status":"accepted",
          "unit":{"id":2,"documentId":"u2","name":"Trạm Y tế xã Đại Sơn","kind":"co_quan"},
          "files":[{"id":7,"documentId":"m7","name":"bao-cao.pdf","url":"/uploads/x.pdf"}]}}
        """);
    // The dossier cites the pages of the report's confirmed facts: page 2 twice, and page 1.
    list(
        "/api/report-facts",
        """
        {"id":1,"documentId":"f1","factKey":"k1","kind":"indicator","decision":"confirmed",
         "name":"Số buổi tập huấn","fileName":"bao-cao.pdf","page":2,"decidedBy":"thamdinh",
         "decidedAt":"2026-11-24T03:00:00Z"},
        {"id":2,"documentId":"f2","factKey":"k2","kind":"indicator","decision":"corrected",
         "name":"Khối lượng rác thải nhựa giảm","fileName":"bao-cao.pdf","page":2,
         "decidedBy":"thamdinh","decidedAt":"2026-11-24T03:00:00Z"},
        {"id":3,"documentId":"f3","factKey":"k3","kind":"initiative","decision":"confirmed",
         "name":"Điện mặt trời","fileName":"bao-cao.pdf","page":1,"decidedBy":"thamdinh",
         "decidedAt":"2026-11-24T03:00:00Z"}
        """,
        3);
    list(
        "/api/proposals",
        """
        {"id":4,"documentId":"p4","stage":"annual","year":2026,
         "unit":{"id":2,"documentId":"u2","name":"Trạm Y tế xã Đại Sơn"},
         "awardForm":"Giấy khen của Chủ tịch UBND xã","totalScore":95}
        """,
        1);
    list(
        "/api/awards",
        """
        {"id":6,"documentId":"a6","form":"Bằng khen","stage":"annual","year":2026,
         "decisionStatus":"decided",
         "recipientUnit":{"id":2,"documentId":"u2","name":"Trạm Y tế xã Đại Sơn"}},
        {"id":8,"documentId":"a8","form":"Cờ thi đua","stage":"annual","year":2026,
         "decisionStatus":"draft",
         "recipientUnit":{"id":2,"documentId":"u2","name":"Trạm Y tế xã Đại Sơn"}}
        """,
        2);
    list(
        "/api/stories",
        """
        {"id":9,"documentId":"s9","title":"Trạm y tế số","slug":"tram-y-te-so",
         "sourceFileName":"bao-cao.pdf","sourcePage":4,"publishedDate":"2026-10-02"}
        """,
        1);
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    reports.close();
    strapiServer.stop();
  }

  @Test
  void a_proposal_an_award_and_a_story_citing_a_report_are_listed_with_their_pages_and_links() {
    TestUsers.signIn(PortalRole.REVIEWER, null);

    List<Citation> found = citations.citing("r1", Locale.of("vi"));

    assertThat(found)
        .extracting(Citation::kind)
        .containsExactly(Kind.PROPOSAL, Kind.AWARD, Kind.AWARD, Kind.STORY);
    Citation proposal = found.get(0);
    assertThat(proposal.title()).isEqualTo("Giấy khen của Chủ tịch UBND xã");
    assertThat(proposal.recipient()).isEqualTo("Trạm Y tế xã Đại Sơn");
    assertThat(proposal.year()).isEqualTo(2026);
    assertThat(proposal.pages())
        .as("the pages of the confirmed facts, each once, in order")
        .containsExactly(new FilePageRef("bao-cao.pdf", 1), new FilePageRef("bao-cao.pdf", 2));
    assertThat(proposal.link()).isEqualTo(DossierLinks.url("p4", Locale.of("vi")));
    assertThat(found.get(1).link()).as("a decided award: the honours page").isNotNull();
    assertThat(found.get(2).link()).as("an award not yet decided has no public page").isNull();
    Citation story = found.get(3);
    assertThat(story.title()).isEqualTo("Trạm y tế số");
    assertThat(story.pages()).containsExactly(new FilePageRef("bao-cao.pdf", 4));
    assertThat(story.link()).endsWith("/tram-y-te-so");
    // Rejected facts are no proof: the read asks Strapi to leave them out.
    strapiServer.verify(
        getRequestedFor(urlPathEqualTo("/api/report-facts"))
            .withQueryParam("filters[decision][$ne]", equalTo("rejected"))
            .withQueryParam("filters[report][documentId][$eq]", equalTo("r1")));
  }

  @Test
  void a_unit_reading_its_own_report_sees_the_stories_but_not_proposals_or_awards() {
    TestUsers.signIn(PortalRole.UNIT, "u2");

    List<Citation> found = citations.citing("r1", Locale.of("vi"));

    assertThat(found).extracting(Citation::kind).containsExactly(Kind.STORY);
    strapiServer.verify(0, getRequestedFor(urlPathEqualTo("/api/proposals")));
    strapiServer.verify(0, getRequestedFor(urlPathEqualTo("/api/awards")));
  }

  private void stub(String path, String body) {
    strapiServer.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body)));
  }

  private void list(String path, String items, int total) {
    stub(path, "{\"data\":[" + items + "]," + PAGE.formatted(total) + "}");
  }
}
