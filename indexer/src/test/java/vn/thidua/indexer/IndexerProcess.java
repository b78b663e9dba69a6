package vn.thidua.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged indexer ({@code target/indexer.jar}) in a process of its own, as infra/stack runs
 * it: for the tests that kill it, starve it or run it beside a cluster. {@link Builder#start}
 * returns once its health, read with the API key, says {@code UP}; a process that dies while
 * starting fails the test at once.
 */
public final class IndexerProcess implements AutoCloseable {

  /** Generous: on a shared two-core machine under load the indexer has taken two minutes. */
  private static final Duration START_LIMIT = Duration.ofMinutes(6);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final String url;
  private final String apiKey;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private IndexerProcess(Process process, String url, String apiKey) {
    this.process = process;
    this.url = url;
    this.apiKey = apiKey;
  }

  /**
   * An indexer on a fresh free port, writing its queue to {@code dataDir} and its documents behind
   * {@code alias}, reading entries from the Strapi at {@code strapiUrl}.
   */
  public static Builder builder(String alias, String strapiUrl, Path dataDir) {
    return new Builder(alias, strapiUrl, dataDir);
  }

  public String url() {
    return url;
  }

  /** The indexer's API as the portal calls it, with the key this process was given. */
  public IndexerApi api() {
    return new IndexerApi(url, apiKey);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as an out-of-memory kill or a power cut would end it; returns once it is gone. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The health as the portal reads it (with the key): {@code UP}, or empty while not listening. */
  public String healthStatus() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                  .header("X-Api-Key", apiKey)
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body()).path("status").asString();
    } catch (IOException | JacksonException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** SIGTERM and wait: a clean stop, for the end of a test. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy() {
    Await.until(
        START_LIMIT,
        () -> {
          assertThat(process.isAlive()).as("the indexer process is running").isTrue();
          return "UP".equals(healthStatus());
        },
        "the indexer at " + url + " to be healthy");
  }

  /** What the process is started with; one builder may start the same indexer again. */
  public static final class Builder {

    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m"));
    private final List<String> arguments = new ArrayList<>();
    private String apiKey = "it-key-" + UUID.randomUUID();
    private int port = freePort();

    private Builder(String alias, String strapiUrl, Path dataDir) {
      env.put("ES_URL", ItEnvironment.elasticsearchUrl());
      env.put("ES_INDEX_ALIAS", alias);
      env.put("STRAPI_URL", strapiUrl);
      env.put("INDEXER_DATA_DIR", dataDir.toString());
      env.put("INDEXER_WEBHOOK_SECRET", "it-secret-" + UUID.randomUUID());
    }

    /** The port to listen on (the test stack's, when Strapi's webhook must reach it). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** An environment variable, as infra/stack would set it. */
    public Builder env(String name, String value) {
      env.put(name, value);
      return this;
    }

    /** JVM options in place of the default {@code -Xmx512m}. */
    public Builder jvm(String... options) {
      jvmOptions.clear();
      jvmOptions.addAll(List.of(options));
      return this;
    }

    /** Spring arguments ({@code --indexer.x=y}). */
    public Builder args(String... args) {
      arguments.addAll(List.of(args));
      return this;
    }

    /** Starts the indexer, its output in {@code target/<logName>.log}, and awaits its health. */
    public IndexerProcess start(String logName) {
      Path jar = Path.of("target", "indexer.jar").toAbsolutePath();
      assertThat(jar).as("the packaged indexer (mvn package)").exists();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-jar");
      command.add(jar.toString());
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      builder.environment().put("INDEXER_PORT", String.valueOf(port));
      builder.environment().put("INDEXER_API_KEY", apiKey);
      builder.redirectErrorStream(true);
      builder.redirectOutput(Path.of("target", logName + ".log").toFile());
      IndexerProcess indexer;
      try {
        indexer = new IndexerProcess(builder.start(), "http://127.0.0.1:" + port, apiKey);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        indexer.awaitHealthy();
      } catch (AssertionError e) {
        // The test never gets the process to stop: do not leave it running.
        indexer.process.destroyForcibly();
        throw e;
      }
      return indexer;
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
