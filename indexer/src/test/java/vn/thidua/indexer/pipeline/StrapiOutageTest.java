package vn.thidua.indexer.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.FakeStrapi;
import vn.thidua.indexer.indexing.EvidenceDocument;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.queue.FileState;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.JobQueue;

/** Strapi failing while the indexer reads an entry or downloads a file: nothing is lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrapiOutageTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("indexer.strapi.url", strapi::baseUrl);
    registry.add("indexer.strapi.token", () -> "read-only-token");
    registry.add("indexer.strapi.request-timeout", () -> "1s");
    registry.add("indexer.elasticsearch.urls", () -> "http://127.0.0.1:9");
    registry.add("indexer.queue.data-dir", () -> dataDir.toString());
    registry.add("indexer.queue.retry-backoff", () -> "100ms");
    registry.add("indexer.queue.retry-backoff-max", () -> "300ms");
    registry.add("indexer.queue.poll-interval", () -> "50ms");
    registry.add("indexer.reconcile.at-start", () -> "false");
    registry.add("indexer.webhook.secret", () -> "webhook-secret");
    registry.add("indexer.api.key", () -> "api-key");
  }

  @MockitoBean EvidenceIndex index;
  @Autowired FileStatusStore statuses;
  @Autowired JobQueue queue;
  @Autowired Environment environment;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_file_download_failing_with_500_then_a_timeout_is_retried_and_indexed_once()
      throws Exception {
    when(index.index(anyList())).thenReturn(CompletableFuture.completedFuture(null));
    FakeStrapi fake = new FakeStrapi(strapi.getRuntimeInfo().getWireMock());
    ObjectNode media = fake.upload(FakeStrapi.corpusFile("r01-000"));
    String url = media.path("url").asString();
    strapi.stubFor(
        get(urlPathEqualTo(url))
            .atPriority(1)
            .inScenario("flaky download")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("slow"));
    strapi.stubFor(
        get(urlPathEqualTo(url))
            .atPriority(1)
            .inScenario("flaky download")
            .whenScenarioStateIs("slow")
            .willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(3_000))
            .willSetStateTo("recovered"));
    String report = "rpt00000000000000000001";
    fake.report(
        report,
        "unit0000000000000000001",
        "Trạm Y tế xã Đại Sơn",
        "co_quan",
        2027,
        "accepted",
        "194/BC-TYT",
        List.of(media));

    assertThat(webhook(report)).isEqualTo(202);

    String fileId = media.path("id").asString();
    awaitState(fileId, report, FileState.INDEXED);
    strapi.verify(3, getRequestedFor(urlPathEqualTo(url)));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<EvidenceDocument>> documents = ArgumentCaptor.forClass(List.class);
    verify(index, times(1)).index(documents.capture());
    assertThat(documents.getValue())
        .singleElement()
        .satisfies(d -> assertThat(d.text()).contains("Phong trào thi đua"));
    // The job leaves the queue just after the file's status is written: wait for it, not assume it.
    Await.until(Duration.ofSeconds(30), () -> queue.depth() == 0, "the queue emptied");
  }

  @Test
  void an_entry_read_failing_with_500_is_read_again_later() throws Exception {
    when(index.index(anyList())).thenReturn(CompletableFuture.completedFuture(null));
    FakeStrapi fake = new FakeStrapi(strapi.getRuntimeInfo().getWireMock());
    ObjectNode media = fake.upload(FakeStrapi.corpusFile("r01-001"));
    String report = "rpt00000000000000000002";
    fake.report(
        report,
        "unit0000000000000000002",
        "Hợp tác xã Nông nghiệp Đông Sơn",
        "doanh_nghiep",
        2026,
        "submitted",
        "247/BC-HTX",
        List.of(media));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/" + report))
            .atPriority(1)
            .inScenario("strapi restarting")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("up"));

    assertThat(webhook(report)).isEqualTo(202);

    awaitState(media.path("id").asString(), report, FileState.INDEXED);
    // At least the failed read and the one after it; a loaded machine may also see the second
    // read time out (1 s here) and a third one, which is the same retry rule at work.
    strapi.verify(moreThanOrExactly(2), getRequestedFor(urlPathEqualTo("/api/reports/" + report)));
    verify(index, times(1)).index(anyList());
  }

  @Test
  void a_webhook_without_the_secret_is_refused() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/webhooks/strapi"))
                .header("Content-Type", "application/json")
                .header("X-Webhook-Secret", "wrong")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"entry.update\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    // The job leaves the queue just after the file's status is written: wait for it, not assume it.
    Await.until(Duration.ofSeconds(30), () -> queue.depth() == 0, "the queue emptied");
  }

  @Test
  void the_api_refuses_a_call_without_the_api_key() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/files?entryDocumentId=x")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  private int webhook(String documentId) throws Exception {
    String payload =
        """
        {"event":"entry.publish","model":"report","uid":"api::report.report",
         "entry":{"id":1,"documentId":"%s"}}
        """
            .formatted(documentId);
    return http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/webhooks/strapi"))
                .header("Content-Type", "application/json")
                .header("X-Strapi-Event", "entry.publish")
                .header("X-Webhook-Secret", "webhook-secret")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void awaitState(String fileId, String entry, FileState state)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      var status = statuses.find(fileId, entry);
      if (status.isPresent() && status.get().state() == state) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "file " + fileId + " never reached " + state + ": " + statuses.find(fileId, entry));
  }

  private String base() {
    return "http://127.0.0.1:" + environment.getProperty("local.server.port");
  }
}
