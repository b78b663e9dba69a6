package vn.thidua.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.ObjectMapper;

/**
 * The accessibility audit of the browser tests: <a
 * href="https://github.com/dequelabs/axe-core">axe-core</a> (bundled as a test resource) run in
 * Chromium on the page shown, for the WCAG 2.1 AA rules.
 */
public final class Axe {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final String SCRIPT = script();

  private Axe() {}

  /**
   * The WCAG 2.1 AA violations on the page the driver shows, one line each with its rule, impact,
   * explanation and up to five of the elements concerned; empty when the page passes.
   */
  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SCRIPT);
    Object result =
        js.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done(JSON.stringify(r.violations.map(v => ({
                 id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)
              })))))
              .catch(e => done('ERROR ' + e));
            """,
            TAGS);
    String json = String.valueOf(result);
    if (json.startsWith("ERROR")) {
      throw new AssertionError("axe-core did not run: " + json);
    }
    List<String> found = new ArrayList<>();
    for (Object item : new ObjectMapper().readValue(json, List.class)) {
      Map<String, Object> v = (Map<String, Object>) item;
      found.add(
          v.get("id")
              + " ("
              + v.get("impact")
              + "): "
              + v.get("help")
              + "\n    "
              + String.join("\n    ", (List<String>) v.get("nodes")));
    }
    return found;
  }

  private static String script() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
