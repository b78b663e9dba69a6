package vn.thidua.portal.indexer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IndexerClientTest {

  @RegisterExtension
  static WireMockExtension indexer =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private IndexerClient client(URI url) {
    return new IndexerClient(
        new IndexerProperties(url, "indexer-key", Duration.ofSeconds(1), Duration.ofSeconds(5)));
  }

  private IndexerClient client() {
    return client(URI.create(indexer.baseUrl()));
  }

  @Test
  void search_sends_the_key_the_caller_and_the_filters_and_reads_hits_and_facets() {
    indexer.stubFor(
        get(urlPathEqualTo("/api/search"))
            .willReturn(
                okJson(
                    """
                    {"hits":[{"kind":"report","title":"Báo cáo năm 2026","unitName":"Phòng Kinh tế xã",
                      "unitDocumentId":"u2","unitKind":"co_quan","year":2026,"stage":"annual",
                      "entryDocumentId":"r1","fileId":"f1","fileName":"bao-cao.pdf","page":3,
                      "highlights":["ứng dụng <em>chuyển đổi số</em>"],"score":7.5}],
                     "facets":{"kind":{"report":1},"year":{"2026":1}},
                     "total":1,"page":0,"size":10}
                    """)));

    IndexerResult<SearchResults> result =
        client()
            .search(
                SearchRequest.of("chuyen doi so").withYear(2026).withKind("report"),
                new Caller("unit", "u2"));

    SearchResults results = result.available().orElseThrow();
    assertThat(results.total()).isEqualTo(1);
    assertThat(results.hits().getFirst().page()).isEqualTo(3);
    assertThat(results.hits().getFirst().highlights())
        .containsExactly("ứng dụng <em>chuyển đổi số</em>");
    assertThat(results.facets().get("kind")).containsEntry("report", 1L);
    indexer.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/search"))
            .withHeader("X-Api-Key", equalTo("indexer-key"))
            .withHeader("X-Caller-Role", equalTo("unit"))
            .withHeader("X-Caller-Unit", equalTo("u2"))
            .withQueryParam("q", equalTo("chuyen doi so"))
            .withQueryParam("year", equalTo("2026"))
            .withQueryParam("kind", equalTo("report"))
            .withQueryParam("page", equalTo("0"))
            .withQueryParam("size", equalTo("10")));
  }

  @Test
  void an_indexer_that_is_not_running_gives_an_unavailable_result() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    IndexerResult<SearchResults> result =
        client(URI.create("http://127.0.0.1:" + port))
            .search(SearchRequest.of("xanh"), Caller.anonymous());

    assertThat(result)
        .isInstanceOfSatisfying(
            IndexerResult.Unavailable.class,
            u -> assertThat(u.messageKey()).isEqualTo("search.unavailable"));
  }

  @Test
  void an_indexer_failing_or_dropping_the_line_gives_an_unavailable_result() {
    indexer.stubFor(get(urlPathEqualTo("/api/search")).willReturn(aResponse().withStatus(503)));
    indexer.stubFor(
        get(urlPathEqualTo("/api/files"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThat(client().search(SearchRequest.of("xanh"), Caller.anonymous()).isAvailable())
        .isFalse();
    assertThat(client().files("r1", Caller.anonymous()).isAvailable()).isFalse();
  }

  @Test
  void an_unknown_file_is_empty_and_text_comes_page_by_page() {
    indexer.stubFor(get(urlPathEqualTo("/api/files/missing")).willReturn(notFound()));
    indexer.stubFor(
        get(urlPathEqualTo("/api/files/f1/text"))
            .willReturn(
                okJson(
                    "{\"pages\":[{\"page\":1,\"text\":\"Trang một\"},{\"page\":2,\"text\":\"Trang hai\"}]}")));

    assertThat(client().file("missing", Caller.anonymous()).available()).contains(Optional.empty());
    FileText text = client().text("f1", Caller.anonymous()).available().orElseThrow().orElseThrow();
    assertThat(text.pages())
        .extracting(FileText.Page::text)
        .containsExactly("Trang một", "Trang hai");
  }

  @Test
  void health_reports_elasticsearch_behind_the_indexer() {
    indexer.stubFor(
        get(urlPathEqualTo("/actuator/health"))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status\":\"DOWN\",\"components\":{\"elasticsearch\":{\"status\":\"DOWN\"}}}")));

    assertThat(client().health().available()).contains(new IndexerHealth("DOWN", "DOWN"));
  }
}
