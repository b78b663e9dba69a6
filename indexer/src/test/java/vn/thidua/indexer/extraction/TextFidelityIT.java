package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.StrapiAsPortal;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * Files whose text is hard to read as the unit wrote it — a table with narrow columns, one without
 * borders in a PDF, a PDF set in two columns, documents typed in TCVN3 fonts (a Word 97 file, a PDF
 * saved by Word with the font embedded, one exported by LibreOffice without it), a clean scan and a
 * low-resolution, turned, noisy one — sent through the real Strapi of the test stack as the portal
 * sends them, indexed by this indexer from Strapi's webhook, then searched with their phrases typed
 * without diacritics: each phrase is found on its file and page, marked with its diacritics, and
 * the file's text holds it whole.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = "server.port=${INDEXER_PORT:18081}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class TextFidelityIT {

  private static final String ALIAS =
      "thidua-evidence-fidelity-it-" + UUID.randomUUID().toString().substring(0, 8);
  private static Map<String, String> secrets;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    ItEnvironment.requireElasticsearch();
    ItEnvironment.requireStrapi();
    secrets = ItEnvironment.secrets();
    Path dataDir = Files.createTempDirectory("fidelity-it");
    registry.add("indexer.elasticsearch.urls", ItEnvironment::elasticsearchUrl);
    registry.add("indexer.elasticsearch.index-alias", () -> ALIAS);
    registry.add("indexer.strapi.url", ItEnvironment::strapiUrl);
    registry.add("indexer.strapi.token", () -> secrets.get("STRAPI_INDEXER_TOKEN"));
    registry.add("indexer.webhook.secret", () -> secrets.get("INDEXER_WEBHOOK_SECRET"));
    registry.add("indexer.api.key", () -> secrets.get("INDEXER_API_KEY"));
    registry.add("indexer.queue.data-dir", dataDir::toString);
    registry.add("indexer.reconcile.at-start", () -> "false");
  }

  @Autowired Environment environment;

  private StrapiAsPortal strapi;
  private IndexerApi api;
  private String report;
  private final Map<String, String> fileIds = new LinkedHashMap<>();

  @BeforeAll
  void sendTheFilesThroughStrapi() throws Exception {
    strapi = new StrapiAsPortal();
    api =
        new IndexerApi(
            "http://127.0.0.1:" + environment.getProperty("local.server.port"),
            secrets.get("INDEXER_API_KEY"));
    Path dir = Files.createTempDirectory("fidelity-it-files");
    Path fixtures = Path.of("src/test/resources/extraction").toAbsolutePath();
    Path twoColumns = dir.resolve("hai-cot.pdf");
    FixtureDocuments.twoColumns(twoColumns);
    Path scan = dir.resolve("ban-quet-120dpi.pdf");
    FixtureDocuments.scan(fixtures.resolve("fallback-fonts.pdf"), scan, 120, 1.5, 0.01, 42);
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("bang-chi-tieu.docx", fixtures.resolve("narrow-table.docx"));
    files.put("hai-cot.pdf", twoColumns);
    files.put("tcvn3.doc", fixtures.resolve("tcvn3.doc"));
    Path tcvn3Word = dir.resolve("tcvn3-word.pdf");
    LegacyWordPdfs.tcvn3(tcvn3Word);
    files.put("tcvn3-word.pdf", tcvn3Word);
    files.put("tcvn3.pdf", fixtures.resolve("tcvn3.pdf"));
    files.put("r01-006.pdf", Corpus.reports().resolve("r01-006.pdf"));
    files.put("ban-quet-120dpi.pdf", scan);
    files.put("bang-khong-ke.pdf", fixtures.resolve("borderless-tables.pdf"));
    List<Long> media = new ArrayList<>();
    for (var file : files.entrySet()) {
      media.add(strapi.uploaded(file.getKey(), file.getValue(), null));
    }
    report = strapi.submit("TextFidelityIT: báo cáo khó đọc", null, media);

    Await.until(
        Duration.ofMinutes(5),
        () -> {
          JsonNode statuses =
              api.get("/api/files", Map.of("entryDocumentId", report), "reviewer", null).json();
          if (statuses.size() < files.size()) {
            return false;
          }
          for (JsonNode status : statuses) {
            String state = status.path("status").asString();
            assertThat(state)
                .as(status.path("fileName").asString() + ": " + status.path("reason").asString())
                .isNotIn("refused", "failed", "partial");
            if (!state.equals("indexed")) {
              return false;
            }
          }
          statuses.forEach(
              s -> fileIds.put(s.path("fileName").asString(), s.path("fileId").asString()));
          return true;
        },
        "every file of the report indexed after Strapi's webhook");
    ItEnvironment.refresh(ALIAS);
  }

  @AfterAll
  void removeTheReport() throws Exception {
    strapi.cleanUp();
    ItEnvironment.deleteIndicesOf(ALIAS);
  }

  @ParameterizedTest(name = "''{0}'' finds {1} page {2}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        // a wrapped cell of a narrow table column, in a DOCX (no pages)
        "khoi luong rac thai nhua giam; bang-chi-tieu.docx; -; Khối lượng rác thải nhựa giảm",
        // a sentence wrapped in the left column of a two-column page
        "giup giam chi phi dien nang cho cac ho san xuat; hai-cot.pdf; 1;"
            + " giúp giảm chi phí điện năng cho các hộ sản xuất",
        // a sentence in the right column
        "duoc duy tri hang thang; hai-cot.pdf; 1; được duy trì hằng tháng",
        // typed in .VnTime (TCVN3) in a Word 97 document
        "cong hoa xa hoi chu nghia viet nam; tcvn3.doc; -; Cộng hòa xã hội chủ nghĩa Việt Nam",
        // typed in .VnTime, saved to PDF by Word with the font embedded: the ư drawn, U+00AD
        "so nguoi dan duoc huong dan ky nang so; tcvn3-word.pdf; 1;"
            + " Số người dân được hướng dẫn kỹ năng số",
        // the same exported by LibreOffice without the font: the ư of "lượng" never drawn
        "khoi luong rac thai nhua giam; tcvn3.pdf; 1; Khối lượng rác thải nhựa giảm",
        // the words of a clean 150 dpi scan that lost their marks to the old preparation
        "lap 821 tram do canh bao do man; r01-006.pdf; 1; Lắp 821 trạm đo",
        // a 120 dpi scan, turned 1.5°, with noise: a wrapped cell of its ruled table
        "khoi luong rac thai nhua giam; ban-quet-120dpi.pdf; 1; Khối lượng rác thải nhựa giảm",
        // an initiative's title wrapped in a narrow column of a table without borders
        "phan mem quan ly ho so suc khoe dien tu cho nguoi cao tuoi; bang-khong-ke.pdf; 1;"
            + " phần mềm quản lý hồ sơ sức khỏe điện tử cho người cao tuổi tại trạm y tế",
      })
  void a_phrase_typed_without_diacritics_is_found_on_its_file_and_page(
      String query, String fileName, @Nullable Integer page, String phrase) {
    JsonNode result = api.search(Map.of("q", query, "size", "20"), "reviewer", null);

    JsonNode hit = null;
    List<String> found = new ArrayList<>();
    for (JsonNode h : result.path("hits")) {
      found.add(h.path("fileName").asString());
      if (h.path("fileName").asString().equals(fileName)) {
        hit = h;
      }
    }
    assertThat(hit).as("%s among %s", fileName, found).isNotNull();
    assertThat(hit.path("page").isNull() ? null : hit.path("page").asInt()).isEqualTo(page);
    String highlights = hit.path("highlights").toString();
    assertThat(highlights).contains("<mark>" + phrase.split(" ")[0]);
    assertThat(flat(text(fileName))).as(fileName).contains(flat(phrase));
  }

  @ParameterizedTest
  @CsvSource({"bang-chi-tieu.docx", "ban-quet-120dpi.pdf"})
  void a_table_row_is_read_cell_by_cell_whole(String fileName) {
    assertThat(text(fileName).lines())
        .contains("2 | Khối lượng rác thải nhựa giảm | kg/tháng | 865");
  }

  /** The text the indexer holds for a file, its pages one after the other. */
  private String text(String fileName) {
    JsonNode text =
        api.get("/api/files/" + fileIds.get(fileName) + "/text", Map.of(), "reviewer", null).json();
    List<String> pages = new ArrayList<>();
    text.path("pages").forEach(p -> pages.add(p.path("text").asString()));
    return String.join("\n", pages);
  }

  private static String flat(String text) {
    return VietnameseText.normalize(text).replaceAll("\\s+", " ");
  }
}
