package vn.thidua.indexer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.indexing.StoredPage;
import vn.thidua.indexer.queue.FileState;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;
import vn.thidua.indexer.reconcile.ReconcileReport;
import vn.thidua.indexer.reconcile.ReconcileService;
import vn.thidua.indexer.search.SearchResult;
import vn.thidua.indexer.search.SearchService;

/**
 * Who may call what, on the real web layer (Tomcat, the security chain, the controllers) with raw
 * HTTP written byte for byte, so no client normalises the attacker's path first. Elasticsearch and
 * the reconcile pass are replaced by mocks: what matters is whether a call reaches them. A
 * restricted report's text is in the store; a caller without the key must never get it, however the
 * path is written, and whatever role it claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {

  private static final String KEY = "the-portal-api-key";
  private static final String SECRET = "the-webhook-secret";
  private static final String SECRET_TEXT = "BIÊN BẢN KIỂM TRA NỘI BỘ – CHƯA DUYỆT";
  private static final String REPORT = "rptrestricted00000000001";
  private static final String FILE = "501";
  private static final String FAILED_FILE = "502";
  private static final String UNIT = "unitowner000000000000001";

  @TempDir static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("indexer.strapi.url", () -> "http://127.0.0.1:9");
    registry.add("indexer.elasticsearch.urls", () -> "http://127.0.0.1:9");
    registry.add("indexer.queue.data-dir", () -> dataDir.toString());
    registry.add("indexer.reconcile.at-start", () -> "false");
    registry.add("indexer.webhook.secret", () -> SECRET);
    registry.add("indexer.api.key", () -> KEY);
  }

  @MockitoBean EvidenceIndex index;
  @MockitoBean SearchService search;
  @MockitoBean ReconcileService reconcile;
  @Autowired FileStatusStore statuses;
  @Autowired JobQueue queue;
  @Autowired Environment environment;

  @BeforeEach
  void aRestrictedReportAndItsText() {
    Mockito.reset(index, search, reconcile);
    for (String file : List.of(FILE, FAILED_FILE)) {
      statuses.markQueued(
          file,
          REPORT,
          "report",
          "bien-ban-" + file + ".pdf",
          "/uploads/bien_ban_" + file + ".pdf",
          "hash" + file,
          1000,
          Visibility.RESTRICTED,
          UNIT);
    }
    statuses.finish(FILE, REPORT, FileState.INDEXED, Reason.of(ReasonCode.INDEXED), "sha", 1, 40);
    statuses.finish(
        FAILED_FILE,
        REPORT,
        FileState.FAILED,
        Reason.of(ReasonCode.BROKEN, "detail", "x"),
        null,
        0,
        0);
    when(index.pagesOf(REPORT, FILE)).thenReturn(List.of(new StoredPage(1, SECRET_TEXT)));
    when(index.index(Mockito.anyList())).thenReturn(CompletableFuture.completedFuture(null));
    when(search.search(any(), any())).thenReturn(new SearchResult(7, 0, 10, List.of(), Map.of()));
    when(reconcile.reconcile(anyBoolean())).thenReturn(new ReconcileReport(1, 0, 0, 0));
  }

  /**
   * Each endpoint, and the spellings of its path an attacker would try, with the expected answer.
   */
  static Stream<Arguments> pathsWithoutTheKey() {
    List<Arguments> cases = new ArrayList<>();
    // The search, as written and as Spring would also route it.
    add(cases, "GET", "/api/search?q=bien+ban", 401);
    add(cases, "GET", "/%61pi/search?q=bien+ban", 401);
    add(cases, "GET", "/api/%73earch", 401);
    add(cases, "GET", "/api/search/", 401);
    add(cases, "GET", "/API/search", 401);
    add(cases, "GET", "/api/Search", 401);
    add(cases, "GET", "/api;x/search", 400);
    add(cases, "GET", "/api/search;jsessionid=0123456789ABCDEF", 400);
    add(cases, "GET", "/api/search%3Bx", 400);
    add(cases, "GET", "/api/./search", 400);
    add(cases, "GET", "/api/%2e/search", 400);
    add(cases, "GET", "/api/x/../search", 400);
    add(cases, "GET", "/api/x/%2E%2E/search", 400);
    add(cases, "GET", "//api/search", 400);
    add(cases, "GET", "/api//search", 400);
    add(cases, "GET", "/api%2Fsearch", 400);
    add(cases, "GET", "/api%2fsearch", 400);
    add(cases, "GET", "/api%252Fsearch", 400);
    add(cases, "GET", "/api/search%00", 400);
    add(cases, "GET", "/api/search%5C", 400);
    // Files: the list, one status, the text.
    add(cases, "GET", "/api/files?entryDocumentId=" + REPORT, 401);
    add(cases, "GET", "/api/files/" + FILE, 401);
    add(cases, "GET", "/api/files/" + FILE + "/text", 401);
    add(cases, "GET", "/%61pi/files/" + FILE + "/text", 401);
    add(cases, "GET", "/api/files/" + FILE + "/%74ext", 401);
    add(cases, "GET", "/api/%66iles/" + FILE + "/text", 401);
    add(cases, "GET", "/api/files/" + FILE + "/text/", 401);
    add(cases, "GET", "/API/FILES/" + FILE + "/TEXT", 401);
    add(cases, "GET", "/api;x/files/" + FILE + "/text", 400);
    add(cases, "GET", "/api/files;x/" + FILE + "/text", 400);
    add(cases, "GET", "/api/files/" + FILE + ";x/text", 400);
    add(cases, "GET", "/api/files/" + FILE + "/text;jsessionid=1", 400);
    add(cases, "GET", "//api/files/" + FILE + "/text", 400);
    add(cases, "GET", "/api/files/./" + FILE + "/text", 400);
    add(cases, "GET", "/api/files%2F" + FILE + "%2Ftext", 400);
    add(cases, "GET", "/api/files/" + FILE + "%252Ftext", 400);
    // A file's facts (another feature) sits under /api/files/** and is covered the same way.
    add(cases, "GET", "/api/files/" + FILE + "/facts", 401);
    // The admin's actions.
    add(cases, "POST", "/api/reindex?force=true", 401);
    add(cases, "POST", "/%61pi/reindex", 401);
    add(cases, "POST", "/api/reindex;x", 400);
    add(cases, "POST", "/api/files/" + FAILED_FILE + "/retry", 401);
    add(cases, "POST", "/%61pi/files/" + FAILED_FILE + "/retry", 401);
    add(cases, "POST", "/api/files/" + FAILED_FILE + "/retry;x", 400);
    // Actuator: only the health is public.
    add(cases, "GET", "/actuator", 401);
    add(cases, "GET", "/actuator/env", 401);
    add(cases, "GET", "/actuator/info", 401);
    add(cases, "GET", "/actuator/beans", 401);
    add(cases, "GET", "/actuator/heapdump", 401);
    add(cases, "GET", "/%61ctuator/env", 401);
    add(cases, "GET", "/actuator/health/../env", 400);
    add(cases, "GET", "/actuator/health;x/../env", 400);
    add(cases, "GET", "/actuator/health%2F..%2Fenv", 400);
    // Spring Boot's error page and paths nobody serves.
    add(cases, "GET", "/error", 401);
    add(cases, "GET", "/api/nothing", 401);
    add(cases, "PUT", "/api/search", 400);
    add(cases, "DELETE", "/api/files/" + FILE, 400);
    return cases.stream();
  }

  private static void add(List<Arguments> cases, String method, String path, int status) {
    cases.add(Arguments.of(method, path, status, null));
    // A near miss: the right key in the wrong case.
    cases.add(Arguments.of(method, path, status, KEY.toUpperCase(Locale.ROOT)));
  }

  @ParameterizedTest(name = "{0} {1} with key {3} -> {2}")
  @MethodSource("pathsWithoutTheKey")
  void a_caller_without_the_key_gets_a_json_refusal_and_no_content_however_the_path_is_written(
      String method, String path, int expected, @Nullable String key) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    if (key != null) {
      headers.put("X-Api-Key", key);
    }
    headers.put("X-Caller-Role", "reviewer");
    headers.put("X-Caller-Unit", UNIT);

    Raw answer = raw(method, path, headers, method.equals("POST") ? "{}" : null);

    assertThat(answer.status()).as(answer.text()).isEqualTo(expected);
    // An RFC 9457 problem with a code the portal can translate, and the old fields for a release.
    assertThat(answer.header("Content-Type"))
        .as(answer.text())
        .startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"code\":\"").contains("\"status\":" + expected);
    assertThat(answer.body()).contains("\"error\"");
    assertThat(answer.text())
        .doesNotContain(SECRET_TEXT)
        .doesNotContain("\"total\"")
        .doesNotContain("bien-ban-")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    verify(search, never()).search(any(), any());
    verify(index, never()).pagesOf(anyString(), anyString());
    verify(reconcile, never()).reconcile(anyBoolean());
    assertThat(statuses.find(FAILED_FILE, REPORT).orElseThrow().state())
        .isEqualTo(FileState.FAILED);
  }

  @Test
  void a_file_status_gives_its_reason_as_a_code_with_parameters_and_the_old_sentence()
      throws Exception {
    statuses.finish(
        FAILED_FILE,
        REPORT,
        FileState.REFUSED,
        Reason.of(ReasonCode.TOO_LARGE, "limitMb", 200),
        null,
        0,
        0);

    Raw answer = portal("GET", "/api/files/" + FAILED_FILE, "reviewer", null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"reasonCode\":\"too_large\"")
        .contains("\"reasonParams\":{\"limitMb\":200}")
        .contains("\"reason\":\"Tệp lớn hơn giới hạn 200 MB")
        .contains("\"model\":\"report\"");
  }

  @Test
  void the_portal_with_the_key_searches_and_reads_texts_as_the_caller_it_names() throws Exception {
    Raw reviewer = portal("GET", "/api/search?q=bien+ban", "reviewer", null);
    assertThat(reviewer.status()).isEqualTo(200);
    assertThat(reviewer.body()).contains("\"total\":7");
    verify(search).search(any(), Mockito.eq(new Caller(Role.REVIEWER, null)));

    assertThat(portal("GET", "/api/files/" + FILE + "/text", "reviewer", null).body())
        .contains(SECRET_TEXT);
    assertThat(portal("GET", "/api/files/" + FILE + "/text", "unit", UNIT).body())
        .contains(SECRET_TEXT);
    assertThat(portal("GET", "/api/files/" + FILE, "council", null).body())
        .contains("\"status\":\"indexed\"");
    assertThat(portal("GET", "/api/files?entryDocumentId=" + REPORT, "admin", null).body())
        .contains("bien-ban-" + FILE);
    // The key proves the portal; the role it names still limits what is seen.
    Raw anonymous = portal("GET", "/api/files/" + FILE + "/text", "anonymous", null);
    assertThat(anonymous.status()).isEqualTo(404);
    assertThat(anonymous.text()).doesNotContain(SECRET_TEXT);
    Raw otherUnit =
        portal("GET", "/api/files/" + FILE + "/text", "unit", "unitother0000000000000001");
    assertThat(otherUnit.status()).isEqualTo(404);
  }

  @Test
  void caller_headers_sent_twice_are_not_trusted() throws Exception {
    Raw answer =
        raw(
            "GET",
            "/api/files/" + FILE + "/text",
            List.of(
                Map.entry("X-Api-Key", KEY),
                Map.entry("X-Caller-Role", "anonymous"),
                Map.entry("X-Caller-Role", "reviewer")),
            null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.text()).doesNotContain(SECRET_TEXT);
  }

  @Test
  void only_the_portal_calling_for_an_admin_may_reindex_or_retry() throws Exception {
    for (String role : List.of("anonymous", "unit", "reviewer", "editor", "council", "ADMINS")) {
      assertThat(portal("POST", "/api/reindex", role, UNIT).status()).as(role).isEqualTo(403);
      assertThat(portal("POST", "/api/files/" + FAILED_FILE + "/retry", role, UNIT).status())
          .as(role)
          .isEqualTo(403);
    }
    verify(reconcile, never()).reconcile(anyBoolean());
    assertThat(statuses.find(FAILED_FILE, REPORT).orElseThrow().state())
        .isEqualTo(FileState.FAILED);

    assertThat(portal("POST", "/api/reindex", "admin", null).status()).isEqualTo(200);
    verify(reconcile).reconcile(false);
    Raw retried = portal("POST", "/api/files/" + FAILED_FILE + "/retry", "admin", null);
    assertThat(retried.status()).isEqualTo(202);
    assertThat(retried.body()).contains("\"queued\":1");
    assertThat(statuses.find(FAILED_FILE, REPORT).orElseThrow().state())
        .isIn(FileState.QUEUED, FileState.EXTRACTING);
    assertThat(portal("POST", "/api/files/" + FILE + "/retry", "admin", null).status())
        .as("an indexed file is not retried")
        .isEqualTo(409);
    Raw unknown = portal("POST", "/api/files/9999/retry", "admin", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("\"code\":\"not_found\"");
  }

  @Test
  void the_webhook_takes_its_own_secret_on_its_own_path_and_nothing_else() throws Exception {
    String event =
        "{\"event\":\"entry.update\",\"model\":\"report\",\"entry\":{\"documentId\":\""
            + REPORT
            + "\"}}";
    long depth = queue.depth();

    assertThat(webhook("/api/webhooks/strapi", Map.of(), event).status()).isEqualTo(401);
    assertThat(webhook("/api/webhooks/strapi", Map.of("X-Webhook-Secret", "wrong"), event).status())
        .isEqualTo(401);
    assertThat(webhook("/api/webhooks/strapi", Map.of("X-Api-Key", KEY), event).status())
        .as("the portal's key does not open the webhook")
        .isEqualTo(403);
    assertThat(
            webhook("/api/webhooks/strapi;x", Map.of("X-Webhook-Secret", SECRET), event).status())
        .isEqualTo(400);
    assertThat(queue.depth()).isEqualTo(depth);

    // The secret opens nothing but the webhook.
    Map<String, String> secretOnly = Map.of("X-Webhook-Secret", SECRET, "X-Caller-Role", "admin");
    assertThat(raw("GET", "/api/search", secretOnly, null).status()).isEqualTo(401);
    assertThat(raw("GET", "/api/files/" + FILE + "/text", secretOnly, null).status())
        .isEqualTo(401);
    assertThat(raw("POST", "/api/files/" + FAILED_FILE + "/retry", secretOnly, "{}").status())
        .isEqualTo(401);
    assertThat(raw("POST", "/api/reindex", secretOnly, "{}").status()).isEqualTo(401);
    assertThat(raw("GET", "/actuator/env", secretOnly, null).status()).isEqualTo(401);

    Raw accepted = webhook("/api/webhooks/strapi", Map.of("X-Webhook-Secret", SECRET), event);
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.body()).contains("\"queued\":1");
  }

  /**
   * Strapi sends a media event as {@code {"event": "media.update", "media": {...}}}, with no {@code
   * entry} (its upload service's emitEvent): a file replaced or deleted in the media library sends
   * its entries to be read again.
   */
  @Test
  void a_media_event_sends_the_entries_of_its_file_to_be_read_again() throws Exception {
    Map<String, String> secret = Map.of("X-Webhook-Secret", SECRET);
    for (String event : List.of("media.update", "media.delete")) {
      String body = "{\"event\":\"" + event + "\",\"media\":{\"id\":" + FILE + "}}";

      Raw accepted = webhook("/api/webhooks/strapi", secret, body);

      assertThat(accepted.status()).isEqualTo(202);
      assertThat(accepted.body()).as(event).contains("\"queued\":1");
    }
    String unknownFile = "{\"event\":\"media.update\",\"media\":{\"id\":9999}}";
    assertThat(webhook("/api/webhooks/strapi", secret, unknownFile).body())
        .contains("\"queued\":0");
  }

  @Test
  void the_facts_of_a_file_not_read_are_a_problem_like_every_other_404() throws Exception {
    Raw unknown = portal("GET", "/api/files/9999/facts", "admin", null);

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("\"code\":\"not_found\"");
  }

  @Test
  void health_is_public_but_its_details_and_every_other_actuator_endpoint_are_not()
      throws Exception {
    Raw anonymous = raw("GET", "/actuator/health", Map.of(), null);
    assertThat(anonymous.status()).isIn(200, 503);
    assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components");

    Raw portal = portal("GET", "/actuator/health", "anonymous", null);
    assertThat(portal.status()).isIn(200, 503);
    assertThat(portal.body()).contains("\"components\"").contains("\"queue\"");

    for (String path : List.of("/actuator", "/actuator/env", "/actuator/info", "/actuator/beans")) {
      assertThat(portal("GET", path, "admin", null).status()).as(path).isEqualTo(403);
    }
  }

  // --- raw HTTP ---

  private Raw portal(String method, String path, String role, @Nullable String unit)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Api-Key", KEY);
    headers.put("X-Caller-Role", role);
    if (unit != null) {
      headers.put("X-Caller-Unit", unit);
    }
    return raw(method, path, headers, method.equals("POST") ? "{}" : null);
  }

  private Raw webhook(String path, Map<String, String> headers, String body) throws IOException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/json");
    return raw("POST", path, all, body);
  }

  private Raw raw(String method, String path, Map<String, String> headers, @Nullable String body)
      throws IOException {
    return raw(method, path, List.copyOf(headers.entrySet()), body);
  }

  /** Sends the request line exactly as given: no client gets to normalise the path. */
  private Raw raw(
      String method, String path, List<Map.Entry<String, String>> headers, @Nullable String body)
      throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1\r\n");
    request.append("Accept: application/json\r\n");
    request.append("Connection: close\r\n");
    for (Map.Entry<String, String> header : headers) {
      request.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    if (body != null) {
      if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Content-Type"))) {
        request.append("Content-Type: application/json\r\n");
      }
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return Raw.parse(answer.toString(StandardCharsets.UTF_8));
    }
  }

  private int port() {
    return Integer.parseInt(environment.getRequiredProperty("local.server.port"));
  }

  /** An HTTP answer as it came: status, headers, body (chunks joined). */
  record Raw(int status, Map<String, String> headers, String body, String text) {

    static Raw parse(String text) {
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String rest = end < 0 ? "" : text.substring(end + 4);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).strip().toLowerCase(),
              lines[i].substring(colon + 1).strip());
        }
      }
      String body =
          "chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))
              ? unchunk(rest)
              : rest;
      return new Raw(status, headers, body, text);
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(), "");
    }

    private static String unchunk(String chunked) {
      StringBuilder body = new StringBuilder();
      byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
      int at = 0;
      while (at < bytes.length) {
        int lineEnd = indexOf(bytes, at);
        if (lineEnd < 0) {
          break;
        }
        String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip();
        int size = Integer.parseInt(sizeLine.split(";")[0], 16);
        if (size == 0) {
          break;
        }
        body.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
        at = lineEnd + 2 + size + 2;
      }
      return body.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
      for (int i = from; i + 1 < bytes.length; i++) {
        if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
          return i;
        }
      }
      return -1;
    }
  }
}
