package vn.thidua.portal.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.portal.TestStack;
import vn.thidua.portal.workspace.Browser;

/**
 * What a reader sees when a component is down. A second portal, started here from the packaged jar,
 * talks to the test stack's Strapi and indexer through two WireMock proxies; the test then breaks
 * the line (connection reset, or the indexer's own 503 when Elasticsearch is down) and mends it
 * again, and looks at the pages in Chromium:
 *
 * <ul>
 *   <li>Strapi down: pages read before are served from the cache with a notice saying so and when
 *       the content was saved; a page never read before gets a plain message, never a trace.
 *   <li>Indexer or Elasticsearch down: search says so plainly and the rest of the site works.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageIT {

  private static final String STALE_NOTICE = "Tạm thời không kết nối được máy chủ nội dung";
  private static final String SEARCH_DOWN = "Chức năng tìm kiếm tạm thời không hoạt động";
  private static final List<String> TRACE_MARKERS =
      List.of("Exception", "at vn.thidua", "at com.vaadin", "Caused by", "StackTrace");

  private final WireMockServer strapi =
      new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal());
  private final WireMockServer indexer =
      new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal());
  private Process portal;
  private String portalUrl;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void start() throws Exception {
    strapi.start();
    indexer.start();
    mend();
    portalUrl = startPortal();
    driver = Browser.phone();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (driver != null) {
      driver.quit();
    }
    if (portal != null) {
      portal.destroy();
      portal.waitFor();
    }
    strapi.stop();
    indexer.stop();
  }

  @AfterEach
  void mendAfterEachTest() {
    mend();
  }

  @Test
  void strapi_down_serves_pages_read_before_from_the_cache_with_a_notice() throws Exception {
    String plan = open("ke-hoach", "Thi đua chuyển đổi xanh");
    assertThat(notice()).as("no notice while Strapi answers").isEmpty();
    open("tin-bai", "Thôn Bắc Sơn xử lý 62 phản ánh");

    Instant cutAt = Instant.now();
    breakLine(strapi, Fault.CONNECTION_RESET_BY_PEER);
    // The portal keeps answers fresh for 1 s in this test (30 s in production); past that it asks
    // Strapi again, fails, and falls back to what it has: a reader reloading sees the notice come.
    String stalePlan =
        reloadUntil("ke-hoach", "Thi đua chuyển đổi xanh", () -> !notice().isEmpty());
    assertThat(stalePlan).isEqualTo(plan);
    assertThat(notice()).contains(STALE_NOTICE).contains("nội dung đã lưu lúc");
    Browser.screenshot(driver, "outage-strapi-stale-plan");
    assertThat(open("tin-bai", "Thôn Bắc Sơn xử lý 62 phản ánh")).isNotBlank();
    assertThat(notice()).contains(STALE_NOTICE);

    // A page nobody read while Strapi was up: nothing to serve, so a plain message.
    driver.get(portalUrl + "/tin-bai/bai-chua-ai-doc-" + cutAt.toEpochMilli());
    wait.until(d -> !mainText().isBlank());
    assertThat(mainText()).containsAnyOf("Tạm thời không kết nối", "Không tìm thấy");
    assertNoTrace();
    Browser.screenshot(driver, "outage-strapi-unread-page");

    mend();
    // After a failure the portal leaves Strapi alone for 5 s, then reads it again.
    reloadUntil("ke-hoach", "Thi đua chuyển đổi xanh", () -> notice().isEmpty());
  }

  @Test
  void indexer_down_search_says_so_and_the_rest_of_the_site_works() {
    // The first search of a fresh indexer can outlast this portal's 3 s read timeout on a loaded
    // machine, which then says search is down: a person would search again.
    reloadUntil("tim-kiem?q=cam+bien+do+do+man", "Tìm kiếm", () -> mainText().contains("r01"));

    breakLine(indexer, Fault.CONNECTION_RESET_BY_PEER);
    String search = open("tim-kiem?q=cam+bien+do+do+man", SEARCH_DOWN);
    assertThat(search).doesNotContain("r01-");
    assertNoTrace();
    Browser.screenshot(driver, "outage-indexer-down-search");
    assertThat(open("", "Hạn gửi báo cáo năm")).isNotBlank();
    assertThat(open("sang-kien", "sáng kiến")).isNotBlank();
  }

  @Test
  void elasticsearch_down_search_says_so_and_the_rest_of_the_site_works() {
    // What the indexer answers while Elasticsearch is down (search.SearchUnavailableException).
    indexer.stubFor(
        any(urlPathEqualTo("/api/search"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"type\":\"urn:thidua:indexer:problem:search_unavailable\","
                            + "\"title\":\"Search is unavailable for now; try again later.\","
                            + "\"status\":503,\"detail\":\"Tìm kiếm tạm thời không dùng được;"
                            + " hãy thử lại sau.\",\"code\":\"search_unavailable\"}")));
    String search = open("tim-kiem?q=nuoc+sach", SEARCH_DOWN);
    assertThat(search).doesNotContain("Elasticsearch");
    assertNoTrace();
    assertThat(open("tin-bai", "Thôn Bắc Sơn xử lý 62 phản ánh")).isNotBlank();
  }

  // --- the line to each component -------------------------------------------------------------

  private void mend() {
    strapi.resetAll();
    indexer.resetAll();
    strapi.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(aResponse().proxiedFrom(TestStack.strapiUrl().toString())));
    indexer.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(aResponse().proxiedFrom(TestStack.indexerUrl().toString())));
  }

  private static StubMapping breakLine(WireMockServer server, Fault fault) {
    return server.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(fault)));
  }

  // --- the portal under test --------------------------------------------------------------------

  private String startPortal() throws Exception {
    Path jar = Path.of(System.getProperty("repo.root", "..")).resolve("portal/target/portal.jar");
    assertThat(jar).as("the packaged portal (mvn package runs before the ITs)").exists();
    Path home = Files.createTempDirectory("portal-outage");
    Path copy = Files.copy(jar, home.resolve("portal.jar"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx384m",
                "-jar",
                copy.toString(),
                "--server.address=127.0.0.1",
                "--portal.strapi.cache-fresh-for=1s",
                "--portal.strapi.read-attempts=1",
                "--portal.indexer.read-timeout=3s")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("portal.log").toFile());
    builder.environment().put("PORTAL_PORT", String.valueOf(port));
    builder.environment().put("STRAPI_URL", strapi.baseUrl());
    builder.environment().put("STRAPI_PUBLIC_URL", strapi.baseUrl());
    builder.environment().put("INDEXER_URL", indexer.baseUrl());
    builder.environment().put("STRAPI_PORTAL_TOKEN", TestStack.secret("STRAPI_PORTAL_TOKEN"));
    builder.environment().put("INDEXER_API_KEY", TestStack.secret("INDEXER_API_KEY"));
    portal = builder.start();
    String url = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // A loaded two-core machine (CI) can take minutes to start a Spring Boot app: a wait, not a
    // goal.
    Instant deadline = Instant.now().plusSeconds(300);
    while (Instant.now().isBefore(deadline)) {
      if (!portal.isAlive()) {
        throw new AssertionError(
            "the portal stopped at start:\n" + Files.readString(home.resolve("portal.log")));
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return url;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the portal did not start in 300 s:\n" + Files.readString(home.resolve("portal.log")));
  }

  // --- what the reader sees ---------------------------------------------------------------------

  private String open(String path, String expectedText) {
    driver.get(portalUrl + "/" + path);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), expectedText));
    return mainText();
  }

  /** Opens a page again, a second apart, until the condition holds; the page's text then. */
  private String reloadUntil(String path, String expectedText, Supplier<Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(1))
        .until(
            d -> {
              open(path, expectedText);
              return condition.get();
            });
    return mainText();
  }

  private String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  private String notice() {
    return driver.findElements(By.cssSelector(".portal-notice")).stream()
        .filter(e -> e.isDisplayed())
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  private void assertNoTrace() {
    String source = driver.getPageSource();
    assertThat(TRACE_MARKERS).noneMatch(source::contains);
  }
}
