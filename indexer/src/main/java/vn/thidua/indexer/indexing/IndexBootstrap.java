package vn.thidua.indexer.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the newest mapping under {@code classpath:elasticsearch/evidence-v<N>.json} through the
 * alias: the alias always points at {@code <alias>-v<N>}. When a new version appears, the new index
 * is created, filled from the old one (scroll and bulk), and the alias is swapped in one atomic
 * {@code _aliases} call, so searches never see an empty index (<a
 * href="https://www.elastic.co/docs/manage-data/data-store/aliases">aliases</a>). The old index is
 * kept for a manual look and delete.
 */
final class IndexBootstrap {

  private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

  /** Sources read as maps, so that the head fields can be set on them. */
  @SuppressWarnings("unchecked")
  private static final Class<Map<String, Object>> SOURCE =
      (Class<Map<String, Object>>) (Class<?>) Map.class;

  /** Where the versioned mappings are on the class path. */
  static final String MAPPINGS = "elasticsearch/evidence-v%d.json";

  private final ElasticsearchClient client;
  private final ElasticsearchProperties properties;

  private final String mappings;

  IndexBootstrap(ElasticsearchClient client, ElasticsearchProperties properties) {
    this(client, properties, MAPPINGS);
  }

  /** With mappings found elsewhere on the class path: for the migration test. */
  IndexBootstrap(ElasticsearchClient client, ElasticsearchProperties properties, String mappings) {
    this.mappings = mappings;
    this.client = client;
    this.properties = properties;
  }

  /** The newest mapping version found on the class path. */
  int latestVersion() {
    int version = 0;
    while (IndexBootstrap.class.getClassLoader().getResource(mappings.formatted(version + 1))
        != null) {
      version++;
    }
    if (version == 0) {
      throw new IllegalStateException("no mapping found at " + mappings.formatted(1));
    }
    return version;
  }

  /** Makes the alias point at the index of the newest mapping; returns that index's name. */
  String apply() throws IOException {
    String alias = properties.indexAlias();
    int version = latestVersion();
    String target = alias + "-v" + version;
    Set<String> current = indicesOfAlias(alias);
    if (current.contains(target)) {
      return target;
    }
    if (current.isEmpty() && client.indices().exists(e -> e.index(alias)).value()) {
      throw new IllegalStateException(
          "'" + alias + "' is an index, not an alias: rename it or choose another ES_INDEX_ALIAS");
    }
    if (!client.indices().exists(e -> e.index(target)).value()) {
      String mapping =
          withShardsAndReplicas(mapping(version), properties.shards(), properties.replicas());
      client.indices().create(c -> c.index(target).withJson(new StringReader(mapping)));
      log.info("Created index {} from mapping version {}", target, version);
    }
    if (current.isEmpty()) {
      client
          .indices()
          .updateAliases(u -> u.actions(a -> a.add(add -> add.index(target).alias(alias))));
      log.info("Alias {} points at {}", alias, target);
      return target;
    }
    boolean slugs = mapping(version).contains("\"slug\"");
    for (String old : current) {
      log.info("Copying {} into {} for mapping version {}", old, target, version);
      copy(old, target, slugs);
    }
    List<String> olds = new ArrayList<>(current);
    client
        .indices()
        .updateAliases(
            u -> {
              for (String old : olds) {
                u.actions(a -> a.remove(rm -> rm.index(old).alias(alias)));
              }
              return u.actions(a -> a.add(add -> add.index(target).alias(alias)));
            });
    log.info("Alias {} swapped from {} to {}", alias, olds, target);
    return target;
  }

  /**
   * Copies every document of one index into another with scroll and bulk: the distribution used
   * here has no {@code _reindex} (it lives in the reindex module). Text fields are copied as
   * stored. The documents come sorted by group and page so that the head of each file is marked
   * again from what is copied ({@link EvidenceIndex#markHead}): version 1 had no heads, and a later
   * version gets them recomputed rather than trusted.
   */
  private void copy(String from, String to, boolean slugs) throws IOException {
    // What was written a moment ago is not searchable, so not scrolled, before a refresh.
    client.indices().refresh(r -> r.index(from));
    ResponseBody<Map<String, Object>> page =
        client.search(
            s ->
                s.index(from)
                    .size(500)
                    .sort(o -> o.field(f -> f.field("groupKey").order(SortOrder.Asc)))
                    .sort(
                        o ->
                            o.field(
                                f ->
                                    f.field("page")
                                        .order(SortOrder.Asc)
                                        .missing(FieldValue.of("_first"))))
                    .scroll(t -> t.time("2m")),
            SOURCE);
    String scrollId = page.scrollId();
    List<String> ids = new ArrayList<>();
    List<Map<String, Object>> group = new ArrayList<>();
    List<BulkOperation> operations = new ArrayList<>();
    try {
      while (!page.hits().hits().isEmpty()) {
        for (Hit<Map<String, Object>> hit : page.hits().hits()) {
          Map<String, Object> source = hit.source();
          if (source == null) {
            continue;
          }
          if (!group.isEmpty()
              && !Objects.equals(group.getFirst().get("groupKey"), source.get("groupKey"))) {
            addGroup(to, ids, group, operations);
          }
          ids.add(hit.id());
          Map<String, Object> copied = new LinkedHashMap<>(source);
          if (slugs) {
            slugFromEntryUrl(copied);
          }
          group.add(copied);
        }
        if (operations.size() >= 500) {
          bulk(to, operations);
        }
        String current = scrollId;
        page = client.scroll(s -> s.scrollId(current).scroll(t -> t.time("2m")), SOURCE);
        scrollId = page.scrollId();
      }
      addGroup(to, ids, group, operations);
      bulk(to, operations);
    } finally {
      if (scrollId != null) {
        String last = scrollId;
        client.clearScroll(c -> c.scrollId(last));
      }
    }
    client.indices().refresh(r -> r.index(to));
  }

  /**
   * Up to version 2 a document carried a path the indexer made up ({@code /stories/<slug>}, {@code
   * /reports/<documentId>}); from version 3 it carries the entry's slug, and clients build their
   * own links. The slug is the path's last segment when it is not the documentId (which stood in
   * for a missing slug).
   */
  static void slugFromEntryUrl(Map<String, Object> source) {
    Object url = source.remove("entryUrl");
    if (source.containsKey("slug")
        || !(url instanceof String path)
        || "report".equals(source.get("model"))) {
      return;
    }
    String key = path.substring(path.lastIndexOf('/') + 1);
    if (!key.isEmpty() && !key.equals(source.get("entryDocumentId"))) {
      source.put("slug", key);
    }
  }

  /** Marks the head of a complete group and queues its documents; empties the group. */
  private static void addGroup(
      String to,
      List<String> ids,
      List<Map<String, Object>> group,
      List<BulkOperation> operations) {
    EvidenceIndex.markHead(group);
    for (int i = 0; i < group.size(); i++) {
      String id = ids.get(i);
      Map<String, Object> source = group.get(i);
      operations.add(BulkOperation.of(o -> o.index(x -> x.index(to).id(id).document(source))));
    }
    ids.clear();
    group.clear();
  }

  private void bulk(String to, List<BulkOperation> operations) throws IOException {
    if (operations.isEmpty()) {
      return;
    }
    BulkResponse response = client.bulk(b -> b.operations(List.copyOf(operations)));
    operations.clear();
    if (response.errors()) {
      throw new IllegalStateException(
          "copy into "
              + to
              + " failed: "
              + response.items().stream()
                  .filter(item -> item.error() != null)
                  .findFirst()
                  .map(item -> item.error().reason())
                  .orElse("?"));
    }
  }

  private Set<String> indicesOfAlias(String alias) throws IOException {
    if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
      return Set.of();
    }
    GetAliasResponse response = client.indices().getAlias(g -> g.name(alias));
    return response.aliases().keySet();
  }

  /** The replicas depend on the cluster, not on the mapping version: they come from settings. */
  static String withReplicas(String mapping, int replicas) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) json.readTree(mapping);
    ((ObjectNode) root.path("settings")).put("number_of_replicas", replicas);
    return json.writeValueAsString(root);
  }

  /**
   * Shards and replicas depend on the installation (one node or a cluster, how much evidence), not
   * on the mapping version: they come from configuration and override the mapping file's.
   */
  static String withShardsAndReplicas(String mapping, int shards, int replicas) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) json.readTree(withReplicas(mapping, replicas));
    ((ObjectNode) root.path("settings")).put("number_of_shards", shards);
    return json.writeValueAsString(root);
  }

  private String mapping(int version) throws IOException {
    try (@Nullable InputStream in =
        IndexBootstrap.class.getClassLoader().getResourceAsStream(mappings.formatted(version))) {
      if (in == null) {
        throw new IllegalStateException("missing " + mappings.formatted(version));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
