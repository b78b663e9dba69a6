package vn.thidua.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the real components of the integration tests are: environment variables or system
 * properties, defaulting to the test stack that {@code infra/stack up} starts (Elasticsearch on
 * 19200, Strapi on 11337, secrets in {@code ${stack.home}/secrets.env}). A component that does not
 * answer fails the test; it never skips.
 */
public final class ItEnvironment {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ItEnvironment() {}

  public static String elasticsearchUrl() {
    return setting("ES_URL", "http://127.0.0.1:19200");
  }

  public static String strapiUrl() {
    return setting("STRAPI_URL", "http://127.0.0.1:11337");
  }

  /**
   * The indexer's own database in the stack's PostgreSQL ({@code STACK_DB=postgres}: the build's
   * {@code -Pcluster}), as infra/stack gives it to the indexer: {@code INDEXER_DATABASE_URL} or the
   * stack's PostgreSQL port ({@code PG_PORT}, by default Elasticsearch's port + 232), the role
   * {@code indexer} and its password from {@code secrets.env}. Fails unless it answers.
   *
   * @param url JDBC URL
   * @param username the indexer's role
   * @param password its password
   */
  public record Database(String url, String username, String password) {

    /** The variables infra/stack sets for the indexer. */
    public Map<String, String> environment() {
      return Map.of(
          "INDEXER_DATABASE_URL", url,
          "INDEXER_DATABASE_USERNAME", username,
          "INDEXER_DATABASE_PASSWORD", password);
    }
  }

  /** See {@link Database}. */
  public static Database indexerDatabase() {
    int esPort = URI.create(elasticsearchUrl().split(",")[0].strip()).getPort();
    String port = setting("PG_PORT", String.valueOf(esPort + 232));
    Database database =
        new Database(
            setting("INDEXER_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + port + "/indexer"),
            setting("INDEXER_DATABASE_USERNAME", "indexer"),
            secret("INDEXER_DATABASE_PASSWORD"));
    try (var connection =
        java.sql.DriverManager.getConnection(
            database.url(), database.username(), database.password())) {
      if (!connection.isValid(10)) {
        throw new AssertionError("PostgreSQL at " + database.url() + " does not answer");
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(
          "PostgreSQL is not reachable at "
              + database.url()
              + " (mvn -Pcluster starts it with STACK_DB=postgres): "
              + e.getMessage(),
          e);
    }
    return database;
  }

  /** Fails unless Elasticsearch answers {@code _cluster/health}. */
  public static void requireElasticsearch() {
    require(elasticsearchUrl() + "/_cluster/health", "Elasticsearch");
  }

  /** Fails unless Strapi answers {@code /_health}. */
  public static void requireStrapi() {
    require(strapiUrl() + "/_health", "Strapi");
  }

  /** The KEY=VALUE lines of {@code ${stack.home}/secrets.env}; fails when the file is missing. */
  public static Map<String, String> secrets() {
    // IT_STACK_HOME points the tests at a stack of one's own (infra/stack with STACK_HOME set).
    String home = System.getenv("IT_STACK_HOME");
    if (home == null || home.isBlank()) {
      home = setting("stack.home", null);
    }
    if (home == null) {
      throw new AssertionError("system property stack.home is not set (failsafe sets it)");
    }
    Path file = Path.of(home, "secrets.env");
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("missing " + file + ": start the test stack (infra/stack up)");
    }
    Map<String, String> secrets = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          String value = line.substring(eq + 1).strip();
          if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            value = value.substring(1, value.length() - 1);
          }
          secrets.put(line.substring(0, eq).strip().replaceFirst("^export\\s+", ""), value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return secrets;
  }

  /** One secret of the test stack; fails when {@code secrets.env} lacks it. */
  public static String secret(String name) {
    String value = secrets().get(name);
    if (value == null || value.isEmpty()) {
      throw new AssertionError(name + " is missing from secrets.env");
    }
    return value;
  }

  /**
   * Points an indexer started by {@code @SpringBootTest} at the test stack: its Elasticsearch
   * (documents behind {@code alias}), its Strapi with the indexer's token, the webhook secret and
   * API key Strapi and the tests send, a fresh queue directory, and no reconcile at start (each
   * test decides what to bring in). Fails unless Elasticsearch and Strapi answer.
   */
  public static void registerTestStack(DynamicPropertyRegistry registry, String alias) {
    requireElasticsearch();
    requireStrapi();
    Map<String, String> secrets = secrets();
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory(alias);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.add("indexer.elasticsearch.urls", ItEnvironment::elasticsearchUrl);
    registry.add("indexer.elasticsearch.index-alias", () -> alias);
    registry.add("indexer.strapi.url", ItEnvironment::strapiUrl);
    registry.add("indexer.strapi.token", () -> secrets.get("STRAPI_INDEXER_TOKEN"));
    registry.add("indexer.webhook.secret", () -> secrets.get("INDEXER_WEBHOOK_SECRET"));
    registry.add("indexer.api.key", () -> secrets.get("INDEXER_API_KEY"));
    registry.add("indexer.queue.data-dir", dataDir::toString);
    registry.add("indexer.reconcile.at-start", () -> "false");
  }

  /** Makes what was just indexed searchable (Elasticsearch refreshes every second otherwise). */
  public static void refresh(String alias) {
    try {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(elasticsearchUrl() + "/" + alias + "/_refresh"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * How many documents (pages) each entry has behind {@code alias} on the Elasticsearch at {@code
   * es}, after a refresh: a page indexed twice counts twice.
   */
  public static Map<String, Long> documentsPerEntry(String es, String alias) {
    try {
      HttpClient http = HttpClient.newHttpClient();
      http.send(
          HttpRequest.newBuilder(URI.create(es + "/" + alias + "/_refresh"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(es + "/" + alias + "/_search"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          """
                          {"size":0,"aggs":{"entries":{"terms":{"field":"entryDocumentId","size":1000}}}}
                          """))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Map<String, Long> counts = new HashMap<>();
      for (JsonNode bucket :
          JSON.readTree(response.body()).path("aggregations").path("entries").path("buckets")) {
        counts.put(bucket.path("key").asString(), bucket.path("doc_count").asLong());
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Deletes the indices behind an alias (test indices only: the alias is unique per run). */
  public static void deleteIndicesOf(String alias) {
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> aliases =
          http.send(
              HttpRequest.newBuilder(URI.create(elasticsearchUrl() + "/_alias/" + alias)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (aliases.statusCode() != 200) {
        return;
      }
      for (String index : JSON.readTree(aliases.body()).propertyNames()) {
        http.send(
            HttpRequest.newBuilder(URI.create(elasticsearchUrl() + "/" + index)).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void require(String url, String what) {
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() >= 300) {
        throw new AssertionError(what + " at " + url + " answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new AssertionError(what + " is not reachable at " + url + " (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
