package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/**
 * A nomination's dossier on the running stack (issue 13): a reviewer confirmed a figure on page 1
 * of a unit's PDF report; the council proposes the unit; the secretary downloads the dossier from
 * the proposal in bình xét and reads it back with PDFBox: the cover names the unit, the contents
 * link leads to the report's own page 1 inside the dossier (its text is there); the reviewer's view
 * of the report lists the proposal under "Được trích dẫn ở" with a link to that page; and a unit or
 * an editor asking for the same address is refused.
 */
class DossierIT {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String ROUTE = "lam-viec/hoi-dong/binh-xet";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void the_council_downloads_a_dossier_whose_claims_lead_to_the_report_page_that_proves_them()
      throws Exception {
    int year = LocalDate.now(VN).getYear();
    // A seeded report of a unit with a PDF file, as Strapi holds it.
    JsonNode report = null;
    JsonNode pdf = null;
    for (JsonNode r :
        get("reports?populate[files]=true&populate[unit]=true&pagination[pageSize]=100")
            .path("data")) {
      for (JsonNode f : r.path("files")) {
        if (f.path("mime").asString().equals("application/pdf") && !r.path("unit").isNull()) {
          report = r;
          pdf = f;
        }
      }
    }
    assertThat(pdf).as("a seeded report with a PDF file").isNotNull();
    String unit = report.path("unit").path("name").asString();
    String original = pageText(download(pdf.path("url").asString()), 1);
    String phrase = longestLine(original);
    assertThat(phrase).as("the report's page 1 has text").hasSizeGreaterThan(10);

    String indicator = "Số người dân được hướng dẫn kỹ năng số (hồ sơ " + year + ")";
    Map<String, Object> fact = new LinkedHashMap<>();
    fact.put("factKey", "dossier-it-" + System.nanoTime());
    fact.put("report", report.path("documentId").asString());
    fact.put("unit", report.path("unit").path("documentId").asString());
    fact.put("year", year);
    fact.put("kind", "indicator");
    fact.put("decision", "confirmed");
    fact.put("name", indicator);
    fact.put("measure", "người");
    fact.put("value", 936);
    fact.put("fileId", pdf.path("id").asString());
    fact.put("fileName", pdf.path("name").asString());
    fact.put("page", 1);
    fact.put("decidedBy", "thamdinh");
    fact.put("decidedAt", Instant.now().toString());
    post("report-facts", fact);
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("stage", "annual");
    proposal.put("year", year);
    proposal.put("unit", report.path("unit").path("documentId").asString());
    proposal.put("awardForm", "Giấy khen của Chủ tịch UBND xã");
    proposal.put("totalScore", 95);
    proposal.put("result", "pending");
    proposal.put("proposedBy", "hoidong");
    proposal.put("reports", List.of(report.path("documentId").asString()));
    String proposalId = post("proposals", proposal).path("data").path("documentId").asString();

    try (Browser b = new Browser()) {
      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      b.open(ROUTE);
      Browser.until(Duration.ofSeconds(60), () -> b.cells("bx-proposals").contains(unit));
      Object href =
          b.js(
              "const a = Array.from(document.querySelectorAll('#bx-proposals .bx-dossier'))"
                  + ".find(x => x.getAttribute('href').includes(arguments[0]));"
                  + " return a ? a.getAttribute('href') : null;",
              proposalId);
      assertThat(href).as("the proposal's dossier link in bình xét").isNotNull();
      Browser.Fetched got = b.fetch(href.toString());
      assertThat(got.status()).isEqualTo(200);
      assertThat(got.contentType()).startsWith("application/pdf");

      try (PDDocument dossier = Loader.loadPDF(got.body())) {
        // A long name wraps on the cover: compare the words, not the line breaks.
        assertThat(normalised(pageText(dossier, 1)))
            .contains(unit)
            .contains("Giấy khen của Chủ tịch UBND xã");
        String contents = pageText(dossier, 2);
        assertThat(normalised(contents)).contains("Mục lục").contains(indicator);
        int resolved = 0;
        boolean proved = false;
        for (PDAnnotation a : dossier.getPage(1).getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
            int target = ((PDPageDestination) goTo.getDestination()).retrievePageNumber();
            assertThat(target)
                .as("an internal link resolves")
                .isBetween(0, dossier.getNumberOfPages() - 1);
            resolved++;
            proved |= normalised(pageText(dossier, target + 1)).contains(normalised(phrase));
          }
        }
        assertThat(resolved).isPositive();
        assertThat(proved).as("the claim's link leads to the report's page 1: %s", phrase).isTrue();
      }

      // Traceable the other way: the reviewer's view of the report lists the proposal citing it,
      // with the dossier's link and the page of the confirmed figure.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/tham-dinh/" + report.path("documentId").asString());
      Browser.until(
          Duration.ofSeconds(60),
          () -> b.text("report-cited-by").contains("Giấy khen của Chủ tịch UBND xã cho " + unit));
      Object cited =
          b.js(
              "const li = Array.from(document.querySelectorAll('#report-cited-by .cited-by-proposal'))"
                  + ".find(x => x.querySelector('a').getAttribute('href').includes(arguments[0]));"
                  + " const p = li && li.querySelector('a.cited-by-page');"
                  + " return p ? p.textContent + ' ' + p.getAttribute('href') : null;",
              proposalId);
      assertThat(cited)
          .as("the proposal's line links the cited page of the report")
          .asString()
          .contains(pdf.path("name").asString() + ", trang 1")
          .contains("/tep-bao-cao/" + report.path("documentId").asString() + "/")
          .contains("#page=1");

      // Whoever does not weigh proposals is refused the same address.
      for (String[] who :
          List.of(
              new String[] {"donvi.tramyte", "DEMO_PASSWORD_UNIT"},
              new String[] {"bientap", "DEMO_PASSWORD_EDITOR"})) {
        b.signIn(who[0], who[1]);
        Browser.Fetched refused = b.fetch(href.toString());
        assertThat(refused.status()).as("%s is refused", who[0]).isEqualTo(404);
        assertThat(refused.contentType()).doesNotStartWith("application/pdf");
      }
      b.signOut();
      b.open("");
      assertThat(b.fetch(href.toString()).status()).as("anonymous is refused").isEqualTo(404);
    }
  }

  private static String normalised(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String longestLine(String text) {
    String best = "";
    for (String line : text.split("\\R")) {
      if (line.strip().length() > best.length()) best = line.strip();
    }
    return best.length() > 60 ? best.substring(0, 60).strip() : best;
  }

  private static String pageText(PDDocument doc, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  private static String pageText(byte[] pdf, int page) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return pageText(doc, page);
    }
  }

  // --- Strapi, with the portal's token: the reviewer's confirmation and the proposal stand in for
  // the screens that make them (FactsReviewIT and CouncilJourneyIT go through those).

  private static byte[] download(String url) throws Exception {
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + url))
                .header("Authorization", "Bearer " + TestStack.secret("STRAPI_PORTAL_TOKEN"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as("GET %s", url).isEqualTo(200);
    return r.body();
  }

  private static JsonNode get(String path) throws Exception {
    String q = path.replace("[", "%5B").replace("]", "%5D").replace("$", "%24");
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/api/" + q))
                .header("Authorization", "Bearer " + TestStack.secret("STRAPI_PORTAL_TOKEN"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode post(String type, Map<String, Object> data) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/api/" + type))
                .header("Authorization", "Bearer " + TestStack.secret("STRAPI_PORTAL_TOKEN"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("data", data))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("POST %s: %s", type, r.body()).isIn(200, 201);
    return JSON.readTree(r.body());
  }
}
