package vn.thidua.portal.awards;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;

/**
 * The honours page's evidence: a decided award's accepted report file, at the page where the report
 * proposes the award. The honours page is the busiest public page, so the indexer is asked once per
 * file, not once per view; an indexer that could not answer is asked again.
 */
class AwardPassagesTest {

  private static final String AWARDS =
      """
      {"data":[{"id":1,"documentId":"aw1","form":"Giấy khen của Chủ tịch UBND xã",
        "decisionStatus":"decided","initiatives":[],
        "reports":[{"id":5,"documentId":"r1","number":"12/BC-TYT","status":"accepted",
          "files":[{"id":42,"documentId":"f42","name":"bao-cao.pdf","url":"/uploads/x.pdf",
                    "formats":{}}],"history":[]}]}],
       "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
      """;

  private static final String FACTS =
      """
      {"indicators":[],"initiatives":[],"criteria":[],"uncertain":[],
       "proposal":{"form":"Giấy khen","recipient":"Trạm Y tế","page":3}}
      """;

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private final WireMockServer indexer = new WireMockServer(wireMockConfig().dynamicPort());
  private AwardService awards;

  @BeforeEach
  void setUp() throws Exception {
    strapi.start();
    indexer.start();
    strapi.stubFor(get(urlPathEqualTo("/api/awards")).willReturn(okJson(AWARDS)));
    IndexerClient client =
        new IndexerClient(
            new IndexerProperties(
                URI.create(indexer.baseUrl()),
                "key",
                Duration.ofSeconds(2),
                Duration.ofSeconds(2)));
    awards =
        TestBeans.make(
            AwardService.class,
            TestBeans.strapi(URI.create(strapi.baseUrl())),
            client,
            TestBeans.CLOCK);
  }

  @AfterEach
  void tearDown() {
    strapi.stop();
    indexer.stop();
  }

  @Test
  void the_page_where_a_report_proposes_the_award_is_read_from_the_indexer_once_per_file() {
    indexer.stubFor(get(urlPathEqualTo("/api/files/42/facts")).willReturn(okJson(FACTS)));

    Map<String, List<AwardService.Passage>> first = awards.passages();
    Map<String, List<AwardService.Passage>> second = awards.passages();

    assertThat(first.get("aw1"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.proposal()).isEqualTo("Giấy khen");
              assertThat(p.page()).isEqualTo(3);
              assertThat(p.file().name()).isEqualTo("bao-cao.pdf");
            });
    assertThat(second).isEqualTo(first);
    indexer.verify(1, getRequestedFor(urlPathEqualTo("/api/files/42/facts")));
  }

  @Test
  void an_indexer_that_could_not_answer_or_had_not_read_the_file_is_asked_again_on_the_next_view() {
    indexer.stubFor(get(urlPathEqualTo("/api/files/42/facts")).willReturn(serviceUnavailable()));
    assertThat(awards.passages().get("aw1"))
        .singleElement()
        .satisfies(p -> assertThat(p.page()).as("the file, without its page").isNull());
    indexer.stubFor(get(urlPathEqualTo("/api/files/42/facts")).willReturn(notFound()));
    assertThat(awards.passages().get("aw1"))
        .singleElement()
        .satisfies(p -> assertThat(p.page()).as("not read yet").isNull());

    indexer.stubFor(get(urlPathEqualTo("/api/files/42/facts")).willReturn(okJson(FACTS)));

    assertThat(awards.passages().get("aw1"))
        .singleElement()
        .satisfies(p -> assertThat(p.page()).isEqualTo(3));
    indexer.verify(3, getRequestedFor(urlPathEqualTo("/api/files/42/facts")));
  }
}
