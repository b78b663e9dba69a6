package vn.thidua.indexer.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.StrapiAsPortal;
import vn.thidua.indexer.StrapiAsPortal.Attachment;

/**
 * A corpus report sent to the real Strapi of the test stack, as the portal sends it (the entry,
 * then its file uploaded to it; Strapi tells the indexer of the new file), has its facts on the
 * indexer's API for whoever may see the file, and for nobody else.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = "server.port=${INDEXER_PORT:18081}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class FactsIT {

  private static final String ALIAS =
      "thidua-evidence-facts-it-" + UUID.randomUUID().toString().substring(0, 8);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String REPORT = "r01-004";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    ItEnvironment.registerTestStack(registry, ALIAS);
  }

  @Autowired Environment environment;

  private final StrapiAsPortal strapi = new StrapiAsPortal();
  private IndexerApi api;
  private String base;
  private String unit;
  private String unitKind;
  private String reportDocumentId;
  private String fileId;
  private JsonNode expected;

  @BeforeAll
  void sendAReportThroughStrapi() throws Exception {
    base = "http://127.0.0.1:" + environment.getProperty("local.server.port");
    api = new IndexerApi(base, ItEnvironment.secret("INDEXER_API_KEY"));
    for (JsonNode report : JSON.readTree(Corpus.reports().resolve("manifest.json").toFile())) {
      if (report.path("id").asString().equals(REPORT)) {
        expected = report;
      }
    }
    JsonNode firstUnit = strapi.firstUnit();
    unit = firstUnit.path("documentId").asString();
    unitKind = firstUnit.path("kind").asString();
    assertThat(unit).as("a unit seeded in Strapi").isNotEmpty();
    HttpResponse<String> created =
        strapi.send(
            "POST",
            "/api/reports",
            "{\"data\":{\"title\":\"FactsIT "
                + REPORT
                + "\",\"year\":2026,\"status\":\"submitted\",\"unit\":\""
                + unit
                + "\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode entry = JSON.readTree(created.body()).path("data");
    reportDocumentId = entry.path("documentId").asString();
    fileId =
        Long.toString(
            strapi.uploaded(
                REPORT + ".pdf",
                Corpus.reports().resolve(REPORT + ".pdf"),
                Attachment.reportFiles(entry.path("id").asLong())));
    // Nothing else: Strapi itself tells the indexer which entry the new file belongs to.
    Await.until(
        Duration.ofMinutes(3),
        () ->
            api.get("/api/files/" + fileId + "/facts", Map.of(), "reviewer", null).status() == 200,
        "the report's facts after Strapi's webhook");
  }

  @AfterAll
  void removeTheReport() throws Exception {
    if (reportDocumentId != null) {
      // The portal's token may not delete a report: leave it without files, as the other ITs'
      // clean-up does (they skip a report without files).
      strapi.send("PUT", "/api/reports/" + reportDocumentId, "{\"data\":{\"files\":[]}}");
    }
    if (fileId != null) {
      strapi.send("DELETE", "/api/upload/files/" + fileId, null);
    }
    ItEnvironment.deleteIndicesOf(ALIAS);
  }

  @Test
  void a_reviewer_reads_the_number_the_indicators_the_initiatives_and_the_proposal() {
    JsonNode facts = api.get("/api/files/" + fileId + "/facts", Map.of(), "reviewer", null).json();

    assertThat(facts.path("reportNumber").asString()).isEqualTo(expected.path("number").asString());
    assertThat(facts.path("reportDate").asString()).isEqualTo("2026-11-01");
    assertThat(facts.path("unitName").asString()).isEqualTo(expected.path("unit").asString());
    List<String> indicators = new ArrayList<>();
    facts
        .path("indicators")
        .forEach(
            i ->
                indicators.add(
                    i.path("name").asString()
                        + " | "
                        + i.path("unit").asString()
                        + " | "
                        + i.path("value").decimalValue().stripTrailingZeros().toPlainString()
                        + " | page "
                        + i.path("page").asInt()));
    List<String> wanted = new ArrayList<>();
    expected
        .path("indicators")
        .forEach(
            i ->
                wanted.add(
                    i.path("name").asString()
                        + " | "
                        + i.path("unit").asString()
                        + " | "
                        + i.path("value").decimalValue().stripTrailingZeros().toPlainString()
                        + " | page 1"));
    assertThat(indicators).containsExactlyElementsOf(wanted);
    JsonNode initiative = facts.path("initiatives").path(0);
    JsonNode plantedInitiative = expected.path("initiatives").path(0);
    assertThat(initiative.path("title").asString())
        .isEqualTo(plantedInitiative.path("title").asString());
    assertThat(initiative.path("field").asString())
        .isEqualTo(plantedInitiative.path("field").asString().replace('-', '_'));
    assertThat(facts.path("proposal").path("form").asString())
        .isEqualTo(expected.path("proposal").asString());
    assertThat(facts.path("proposal").path("recipient").asString())
        .isEqualTo("tập thể " + expected.path("unit").asString());
  }

  @Test
  void criteria_of_the_units_kind_are_suggested_with_their_passage_best_first() throws Exception {
    JsonNode criteria =
        api.get("/api/files/" + fileId + "/facts", Map.of(), "reviewer", null)
            .json()
            .path("criteria");
    Set<String> ofKind = new HashSet<>();
    JSON.readTree(
            strapi
                .send(
                    "GET",
                    "/api/criteria?pagination%5BpageSize%5D=100&filters%5BunitKind%5D%5B%24eq%5D="
                        + unitKind,
                    null)
                .body())
        .path("data")
        .forEach(c -> ofKind.add(c.path("code").asString()));

    assertThat(criteria).as("criteria suggested for a %s report", unitKind).isNotEmpty();
    double previous = 1.0;
    for (JsonNode c : criteria) {
      assertThat(ofKind).contains(c.path("code").asString());
      assertThat(c.path("page").asInt()).isEqualTo(1);
      assertThat(c.path("excerpt").asString()).isNotBlank();
      assertThat(c.path("score").asDouble()).isPositive().isLessThanOrEqualTo(previous);
      previous = c.path("score").asDouble();
    }
    assertThat(criteria.path(0).path("score").asDouble()).isEqualTo(1.0);
  }

  @Test
  void the_unit_that_sent_the_report_reads_its_facts_and_another_unit_does_not() {
    assertThat(api.get("/api/files/" + fileId + "/facts", Map.of(), "unit", unit).status())
        .isEqualTo(200);
    assertThat(
            api.get("/api/files/" + fileId + "/facts", Map.of(), "unit", "someone-else").status())
        .isEqualTo(404);
    assertThat(api.get("/api/files/" + fileId + "/facts", Map.of(), "anonymous", null).status())
        .as("a submitted report is not public")
        .isEqualTo(404);
  }

  @Test
  void without_the_api_key_the_facts_are_refused() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/files/" + fileId + "/facts"))
                    .header("X-Caller-Role", "reviewer")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain(expected.path("number").asString());
  }
}
