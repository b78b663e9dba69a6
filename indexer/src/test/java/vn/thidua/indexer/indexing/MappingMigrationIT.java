package vn.thidua.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.executors.IndexerExecutors;

/** A new mapping version on real Elasticsearch: new index, documents copied, alias swapped. */
class MappingMigrationIT {

  private final ThreadPoolTaskScheduler timers = IndexerExecutors.scheduler("test-timer-", 1, true);

  private final String alias =
      "thidua-evidence-migration-" + UUID.randomUUID().toString().substring(0, 8);
  private ElasticsearchClient client;
  private ElasticsearchProperties properties;

  @BeforeEach
  void setUp() {
    ItEnvironment.requireElasticsearch();
    properties =
        new ElasticsearchProperties(
            List.of(URI.create(ItEnvironment.elasticsearchUrl())),
            alias,
            "",
            "",
            "",
            1,
            0,
            Duration.ofSeconds(30),
            100,
            Duration.ofMillis(50),
            1,
            3,
            Duration.ofMillis(100),
            Duration.ofSeconds(1));
    client = ElasticsearchConfiguration.create(properties);
  }

  @AfterEach
  void tearDown() throws Exception {
    timers.shutdown();
    for (String index : List.of(alias + "-v1", alias + "-v2")) {
      if (client.indices().exists(e -> e.index(index)).value()) {
        client.indices().delete(d -> d.index(index));
      }
    }
    client.close();
  }

  @Test
  void a_new_mapping_version_is_applied_by_copying_into_a_new_index_and_swapping_the_alias()
      throws Exception {
    String first =
        new IndexBootstrap(client, properties, "elasticsearch-migration/one/evidence-v%d.json")
            .apply();
    assertThat(first).isEqualTo(alias + "-v1");
    EvidenceIndex index = new EvidenceIndex(client, properties, timers);
    EntryFields entry =
        new EntryFields(
            "report",
            "report",
            "e1",
            "Báo cáo",
            "Thôn Tây",
            "u1",
            "co_quan",
            2026,
            "annual",
            null,
            List.of(),
            null,
            Visibility.PUBLIC);
    index
        .index(
            List.of(
                new EvidenceDocument(entry, "Số hoá sổ sách kế toán", "1", "a.pdf", 1, "h"),
                new EvidenceDocument(entry, "Tưới nhỏ giọt tiết kiệm nước", "1", "a.pdf", 2, "h")))
        .join();
    index.destroy();

    String second =
        new IndexBootstrap(client, properties, "elasticsearch-migration/two/evidence-v%d.json")
            .apply();

    assertThat(second).isEqualTo(alias + "-v2");
    assertThat(client.indices().getAlias(g -> g.name(alias)).aliases().keySet())
        .containsExactly(alias + "-v2");
    assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(2);
    assertThat(
            client
                .indices()
                .getMapping(m -> m.index(alias + "-v2"))
                .get(alias + "-v2")
                .mappings()
                .properties())
        .containsKey("reviewNote");
    assertThat(
            client
                .count(
                    c ->
                        c.index(alias)
                            .query(q -> q.match(m -> m.field("text_folded").query("so hoa"))))
                .count())
        .isEqualTo(1);
    assertThat(client.indices().exists(e -> e.index(alias + "-v1")).value())
        .as("the old index is kept for a manual check")
        .isTrue();
  }

  @Test
  void files_indexed_before_heads_existed_get_one_head_each_found_by_any_of_their_pages()
      throws Exception {
    String v1 = alias + "-v1";
    String mapping;
    try (var in =
        getClass().getClassLoader().getResourceAsStream("elasticsearch/evidence-v1.json")) {
      mapping =
          IndexBootstrap.withReplicas(new String(in.readAllBytes(), StandardCharsets.UTF_8), 0);
    }
    client.indices().create(c -> c.index(v1).withJson(new StringReader(mapping)));
    client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(v1).alias(alias))));
    EntryFields entry =
        new EntryFields(
            "report",
            "report",
            "e2",
            "Báo cáo",
            "Thôn Đông",
            "u2",
            "co_quan",
            2026,
            "annual",
            null,
            List.of(),
            null,
            Visibility.PUBLIC);
    // As version 1 stored them: pages without any head field, written in no particular order.
    List<EvidenceDocument> pages =
        List.of(
            new EvidenceDocument(entry, "Tưới nhỏ giọt tiết kiệm nước", "5", "b.pdf", 3, "h"),
            new EvidenceDocument(entry, "Mở đầu báo cáo", "5", "b.pdf", 1, "h"),
            new EvidenceDocument(entry, "Kết quả phong trào", "5", "b.pdf", 2, "h"),
            new EvidenceDocument(entry, "Số hoá sổ sách kế toán", "6", "c.docx", null, "h"));
    for (EvidenceDocument page : pages) {
      Map<String, Object> source = EvidenceIndex.source(page);
      client.index(i -> i.index(v1).id(page.id()).document(source));
    }

    String current = new IndexBootstrap(client, properties).apply();

    assertThat(current).isEqualTo(alias + "-v3");
    assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(4);
    assertThat(
            client
                .search(
                    s ->
                        s.index(alias)
                            .query(q -> q.term(t -> t.field(EvidenceIndex.FILE_HEAD).value(true)))
                            .source(src -> src.fetch(false)),
                    Void.class)
                .hits()
                .hits())
        .extracting(h -> h.id())
        .containsExactlyInAnyOrder("e2:5:1", "e2:6:0");
    var headFoundByPageThree =
        client.search(
            s ->
                s.index(alias)
                    .query(
                        q ->
                            q.bool(
                                b ->
                                    b.filter(
                                            f ->
                                                f.term(
                                                    t ->
                                                        t.field(EvidenceIndex.FILE_HEAD)
                                                            .value(true)))
                                        .filter(
                                            f ->
                                                f.nested(
                                                    n ->
                                                        n.path(EvidenceIndex.PAGES)
                                                            .query(
                                                                m ->
                                                                    m.match(
                                                                        t ->
                                                                            t.field(
                                                                                    EvidenceIndex
                                                                                            .PAGES
                                                                                        + ".text_folded")
                                                                                .query(
                                                                                    "tuoi nho giot")))))))
                    .source(src -> src.fetch(false)),
            Void.class);
    assertThat(headFoundByPageThree.hits().hits())
        .extracting(h -> h.id())
        .containsExactly("e2:5:1");
  }
}
