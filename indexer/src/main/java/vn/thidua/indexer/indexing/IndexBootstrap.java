package vn.thidua.indexer.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
      String mapping = withReplicas(mapping(version), properties.replicas());
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
    for (String old : current) {
      log.info("Copying {} into {} for mapping version {}", old, target, version);
      copy(old, target);
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
   * stored; a version that adds a derived field should compute it here.
   */
  private void copy(String from, String to) throws IOException {
    // What was written a moment ago is not searchable, so not scrolled, before a refresh.
    client.indices().refresh(r -> r.index(from));
    ResponseBody<JsonData> page =
        client.search(s -> s.index(from).size(500).scroll(t -> t.time("2m")), JsonData.class);
    String scrollId = page.scrollId();
    try {
      while (!page.hits().hits().isEmpty()) {
        List<BulkOperation> operations = new ArrayList<>();
        for (Hit<JsonData> hit : page.hits().hits()) {
          JsonData source = hit.source();
          if (source != null) {
            operations.add(
                BulkOperation.of(o -> o.index(i -> i.index(to).id(hit.id()).document(source))));
          }
        }
        if (!operations.isEmpty()) {
          BulkResponse response = client.bulk(b -> b.operations(operations));
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
        String current = scrollId;
        page = client.scroll(s -> s.scrollId(current).scroll(t -> t.time("2m")), JsonData.class);
        scrollId = page.scrollId();
      }
    } finally {
      if (scrollId != null) {
        String last = scrollId;
        client.clearScroll(c -> c.scrollId(last));
      }
    }
    client.indices().refresh(r -> r.index(to));
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
