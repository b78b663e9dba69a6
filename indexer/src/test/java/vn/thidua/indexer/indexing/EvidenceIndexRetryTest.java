package vn.thidua.indexer.indexing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.executors.IndexerExecutors;

class EvidenceIndexRetryTest {

  private final ThreadPoolTaskScheduler timers = IndexerExecutors.scheduler("test-timer-", 1, true);

  @RegisterExtension
  static WireMockExtension es =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ElasticsearchClient client;
  private EvidenceIndex index;

  @BeforeEach
  void setUp() {
    ElasticsearchProperties properties =
        new ElasticsearchProperties(
            List.of(URI.create(es.baseUrl())),
            "thidua-evidence",
            "",
            "",
            "",
            1,
            0,
            Duration.ofMillis(800),
            100,
            Duration.ofMillis(20),
            1,
            5,
            Duration.ofMillis(50),
            Duration.ofMillis(400));
    client = ElasticsearchConfiguration.create(properties);
    index = new EvidenceIndex(client, properties, timers);
  }

  @AfterEach
  void tearDown() throws Exception {
    index.destroy();
    client.close();
    timers.shutdown();
  }

  private static ResponseDefinitionBuilder elastic(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Elastic-Product", "Elasticsearch")
        .withBody(body);
  }

  private static String error(int status, String type) {
    return """
        {"error":{"root_cause":[{"type":"%s","reason":"r"}],"type":"%s","reason":"r"},"status":%d}
        """
        .formatted(type, type, status);
  }

  private static final String BULK_OK =
      """
      {"took":3,"errors":false,"items":[{"index":{"_index":"thidua-evidence-v1",
       "_id":"e1:7:1","_version":1,"result":"created","status":201}}]}
      """;

  private static EvidenceDocument page() {
    EntryFields entry =
        new EntryFields(
            "report",
            "report",
            "e1",
            "Báo cáo năm 2026",
            "Thôn Bắc Sơn",
            "u1",
            "thon",
            2026,
            "annual",
            null,
            null,
            null,
            Visibility.PUBLIC);
    return new EvidenceDocument(entry, "Cảm biến đo độ mặn", "7", "r.pdf", 1, "abc");
  }

  @Test
  void a_document_refused_with_429_then_503_then_a_timeout_is_retried_until_indexed()
      throws Exception {
    String scenario = "busy cluster";
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(elastic(429, error(429, "es_rejected_execution_exception")))
            .willSetStateTo("503"));
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .inScenario(scenario)
            .whenScenarioStateIs("503")
            .willReturn(elastic(503, error(503, "unavailable_shards_exception")))
            .willSetStateTo("slow"));
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .inScenario(scenario)
            .whenScenarioStateIs("slow")
            .willReturn(elastic(200, BULK_OK).withFixedDelay(2_000))
            .willSetStateTo("ok"));
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .inScenario(scenario)
            .whenScenarioStateIs("ok")
            .willReturn(elastic(200, BULK_OK)));

    index.index(List.of(page())).get(20, TimeUnit.SECONDS);

    es.verify(4, postRequestedFor(urlPathEqualTo("/_bulk")));
  }

  @Test
  void a_document_refused_with_429_inside_a_successful_bulk_answer_is_sent_again()
      throws Exception {
    String scenario = "item rejected";
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                elastic(
                    200,
                    """
                    {"took":1,"errors":true,"items":[{"index":{"_index":"thidua-evidence-v1",
                     "_id":"e1:7:1","status":429,"error":{"type":"es_rejected_execution_exception",
                     "reason":"queue full"}}}]}
                    """))
            .willSetStateTo("ok"));
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .inScenario(scenario)
            .whenScenarioStateIs("ok")
            .willReturn(elastic(200, BULK_OK)));

    index.index(List.of(page())).get(20, TimeUnit.SECONDS);

    es.verify(2, postRequestedFor(urlPathEqualTo("/_bulk")));
  }

  @Test
  void a_mapping_error_is_flagged_permanent_and_not_retried() throws Exception {
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .willReturn(
                elastic(
                    200,
                    """
                    {"took":1,"errors":true,"items":[{"index":{"_index":"thidua-evidence-v1",
                     "_id":"e1:7:1","status":400,"error":{"type":"document_parsing_exception",
                     "reason":"[1:2] failed to parse field [year] of type [integer]"}}}]}
                    """)));

    assertThatThrownBy(() -> index.index(List.of(page())).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            IndexingException.class,
            e -> {
              assertThat(e.isTransient()).isFalse();
              assertThat(e.getMessage()).contains("document_parsing_exception");
            });
    Thread.sleep(300);
    es.verify(1, postRequestedFor(urlPathEqualTo("/_bulk")));
  }

  @Test
  void a_cluster_that_stays_down_fails_the_document_as_transient_after_the_retries() {
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .willReturn(elastic(503, error(503, "cluster_block_exception"))));

    assertThatThrownBy(() -> index.index(List.of(page())).join())
        .cause()
        .isInstanceOfSatisfying(IndexingException.class, e -> assertThat(e.isTransient()).isTrue());
    es.verify(moreThanOrExactly(6), postRequestedFor(urlPathEqualTo("/_bulk")));
  }

  @Test
  void a_bulk_request_refused_with_400_as_a_whole_is_permanent() {
    es.stubFor(
        post(urlPathEqualTo("/_bulk"))
            .willReturn(elastic(400, error(400, "illegal_argument_exception"))));

    assertThatThrownBy(() -> index.index(List.of(page())).join())
        .cause()
        .isInstanceOfSatisfying(
            IndexingException.class, e -> assertThat(e.isTransient()).isFalse());
    es.verify(1, postRequestedFor(urlPathEqualTo("/_bulk")));
  }
}
