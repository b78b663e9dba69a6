package vn.thidua.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Server time of the public pages under 300 concurrent readers, and heap per Vaadin session. Prints
 * figures, asserts nothing; not part of the build (Surefire runs {@code *Test}, Failsafe {@code
 * *IT}). Run it against a running portal:
 *
 * <pre>
 * mvn -pl portal surefire:test -Dtest=PublicPagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.url=http://127.0.0.1:8180 -Dbench.pid=$(pgrep -f 'portal.jar' | head -1)
 * </pre>
 *
 * Each reader waits a think time ({@code bench.think}, default 5 s, varied from half to one and a
 * half times) between pages, as a person reading does; {@code -Dbench.think=0} hammers the server.
 * Before that, {@code bench.warmup} (default 700) loads without think time are not counted.
 *
 * <p>A page load is what a browser does: {@code GET /route} (the bootstrap page), {@code GET
 * ?v-r=init} (the UI), and the {@code ui-navigate} UIDL request that builds the view; its server
 * time is the sum of the three. Each simulated reader has its own session (cookies), so 300 readers
 * are 300 sessions. Heap per session: {@code bench.sessions} more sessions each load the home page;
 * the used heap after a full GC ({@code jcmd GC.run}, {@code GC.heap_info}) is compared with
 * before.
 */
class PublicPagesBenchmark {

  private static final Pattern SECURITY_KEY =
      Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
  private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final String base = System.getProperty("bench.url", "http://127.0.0.1:8180");
  private final int readers = Integer.getInteger("bench.readers", 300);
  private final int loadsPerReader = Integer.getInteger("bench.loads", 7);
  // A reader reads a page before opening the next: think time in ms (0.5x to 1.5x of this).
  private final int thinkMs = Integer.getInteger("bench.think", 5000);
  private final int sessions = Integer.getInteger("bench.sessions", 200);
  private final int warmupLoads = Integer.getInteger("bench.warmup", 700);
  private final String pid = System.getProperty("bench.pid", "");
  private final List<String> pages =
      List.of(
          "",
          "ke-hoach",
          "tin-bai",
          "tin-bai/thon-bac-son-nhom-zalo-nhan-phan-anh",
          "sang-kien",
          "khen-thuong",
          "tien-do");
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void server_time_of_the_main_pages_and_heap_per_session() throws Exception {
    System.out.printf(
        "%n=== Public pages benchmark: %s, %d readers x %d page loads, think time %d ms,"
            + " %d cores ===%n",
        base, readers, loadsPerReader, thinkMs, Runtime.getRuntime().availableProcessors());
    // Warm-up, not counted: a freshly started portal spends its first minute compiling (JIT) on
    // the same two cores, which shows as a tail of half-second loads; the figures below are the
    // steady state. Also fills the portal's 30 s cache of Strapi answers.
    System.out.printf("Warm-up (not counted): %d page loads without think time%n", warmupLoads);
    run(10, Math.max(1, warmupLoads / 10), 0);
    Map<String, List<Double>> times = run(readers, loadsPerReader, thinkMs);
    List<Double> all = new ArrayList<>();
    System.out.printf(
        "%-48s %6s %8s %8s %8s %8s%n", "page", "loads", "p50 ms", "p95 ms", "p99 ms", "max ms");
    times.forEach(
        (page, list) -> {
          all.addAll(list);
          print("/" + page, list);
        });
    print("ALL PAGES", all);

    if (pid.isBlank()) {
      System.out.println("Heap per session: skipped (give -Dbench.pid=<portal pid>)");
      return;
    }
    long before = usedHeapKb();
    List<Map<String, String>> jars = new CopyOnWriteArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < sessions; i++) {
        pool.submit(
            () -> {
              Map<String, String> cookies = new ConcurrentHashMap<>();
              load("", cookies);
              jars.add(cookies);
              return null;
            });
      }
    }
    long after = usedHeapKb();
    System.out.printf(
        "Heap per session: %d sessions (one UI on the home page each): used heap %d KB -> %d KB"
            + " after full GC: %.1f KB per session%n",
        jars.size(), before, after, (after - before) / (double) jars.size());
  }

  private Map<String, List<Double>> run(int readerCount, int loads, int think)
      throws InterruptedException {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    pages.forEach(p -> times.put(p, Collections.synchronizedList(new ArrayList<>())));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger failures = new AtomicInteger();
    long t0;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int r = 0; r < readerCount; r++) {
        int reader = r;
        pool.submit(
            () -> {
              Map<String, String> cookies = new ConcurrentHashMap<>();
              start.await();
              // Readers arrive spread over one think time, not all in the same millisecond.
              Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(think + 1));
              for (int i = 0; i < loads; i++) {
                if (i > 0) {
                  Thread.sleep(
                      think / 2
                          + java.util.concurrent.ThreadLocalRandom.current().nextInt(think + 1));
                }
                String page = pages.get((reader + i) % pages.size());
                try {
                  Loaded loaded = load(page, cookies);
                  times.get(page).add(loaded.millis());
                  // Leaving the page: the browser's unload beacon closes the UI on the server.
                  unload(loaded, cookies);
                } catch (Exception e) {
                  failures.incrementAndGet();
                }
              }
              return null;
            });
      }
      t0 = System.nanoTime();
      start.countDown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int done = times.values().stream().mapToInt(List::size).sum();
    System.out.printf(
        "%d readers: %d page loads in %.1f s (%.0f loads/s), %d failed%n",
        readerCount, done, seconds, done / seconds, failures.get());
    return times;
  }

  /** A page loaded: its server time and the UI it made. */
  private record Loaded(double millis, String uiId, String securityKey) {}

  /** One page load as a browser makes it. */
  private Loaded load(String page, Map<String, String> cookies) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> shell = send(get(base + "/" + page), cookies);
    check(shell, page);
    HttpResponse<String> init =
        send(
            get(
                base
                    + "/?v-r=init&location="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8)
                    + "&query=&v-sw=375&v-sh=800&v-tzo=-420&v-wn=bench"),
            cookies);
    check(init, page);
    Matcher key = SECURITY_KEY.matcher(init.body());
    Matcher ui = UI_ID.matcher(init.body());
    if (!key.find() || !ui.find()) {
      throw new IllegalStateException("no security key or UI id in init of " + page);
    }
    String navigate =
        """
        {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
        {"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
        "syncId":0,"clientId":0}"""
            .formatted(key.group(1), page);
    HttpResponse<String> uidl =
        send(
            HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)),
            cookies);
    check(uidl, page);
    if (!uidl.body().contains("\"changes\"") || uidl.body().contains("Invalid security key")) {
      throw new IllegalStateException("/" + page + ": the view was not built");
    }
    return new Loaded((System.nanoTime() - start) / 1e6, ui.group(1), key.group(1));
  }

  private void unload(Loaded loaded, Map<String, String> cookies) throws Exception {
    String beacon =
        """
        {"csrfToken":"%s","rpc":[],"syncId":1,"clientId":1,"UNLOAD":true}"""
            .formatted(loaded.securityKey());
    send(
        HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + loaded.uiId()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(beacon)),
        cookies);
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
      request.header("Cookie", header.toString());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return response;
  }

  private static void check(HttpResponse<String> response, String page) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("/" + page + " answered " + response.statusCode());
    }
  }

  private static void print(String what, List<Double> list) {
    List<Double> sorted = new ArrayList<>(list);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return;
    }
    System.out.printf(
        "%-48s %6d %8.1f %8.1f %8.1f %8.1f%n",
        what,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.getLast());
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private long usedHeapKb() throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    exec(jcmd, pid, "GC.run");
    String info = exec(jcmd, pid, "GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("no used heap in: " + info);
    }
    return Long.parseLong(used.group(1));
  }

  private static String exec(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
