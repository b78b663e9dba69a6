package vn.thidua.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the integration tests find the test stack that the build starts ({@code infra/stack up
 * --fresh} with {@code STACK_PROFILE=test}): its ports and its generated secrets. A missing secrets
 * file is a failure, never a skip: the stack must be there.
 */
public final class TestStack {

  private static final Map<String, String> SECRETS = readSecrets();

  private TestStack() {}

  public static Path home() {
    String home = System.getProperty("stack.home");
    if (home == null) {
      throw new IllegalStateException(
          "system property stack.home is not set: run the ITs through Maven (mvn verify)");
    }
    return Path.of(home);
  }

  public static String secret(String name) {
    String value = SECRETS.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is missing from " + home().resolve("secrets.env"));
    }
    return value;
  }

  public static URI strapiUrl() {
    return URI.create("http://127.0.0.1:" + port("STRAPI_PORT", 11337));
  }

  public static URI indexerUrl() {
    return URI.create("http://127.0.0.1:" + port("INDEXER_PORT", 18081));
  }

  public static URI portalUrl() {
    return URI.create("http://127.0.0.1:" + port("PORTAL_PORT", 18080));
  }

  private static int port(String variable, int testDefault) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? testDefault : Integer.parseInt(value);
  }

  private static Map<String, String> readSecrets() {
    Path file = home().resolve("secrets.env");
    try {
      Map<String, String> values = new HashMap<>();
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
      }
      return Map.copyOf(values);
    } catch (IOException e) {
      throw new UncheckedIOException("the test stack's secrets are not readable: " + file, e);
    }
  }
}
