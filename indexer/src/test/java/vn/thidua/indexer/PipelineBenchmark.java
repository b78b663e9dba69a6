package vn.thidua.indexer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.extraction.ExtractionListener;
import vn.thidua.indexer.extraction.ExtractionProperties;
import vn.thidua.indexer.extraction.ExtractionResult;
import vn.thidua.indexer.extraction.FileExtractor;
import vn.thidua.indexer.extraction.PageText;
import vn.thidua.indexer.extraction.TextExtractor;
import vn.thidua.indexer.indexing.EntryFields;
import vn.thidua.indexer.indexing.EvidenceDocument;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.reconcile.ReconcileService;
import vn.thidua.indexer.search.SearchCache;

/**
 * Throughput and latency figures; prints them and asserts nothing. Not part of the normal build:
 * run it with {@code mvn -pl indexer -Pbench verify} (starts the test stack's Elasticsearch, heap
 * from {@code ES_HEAP}) or, against an Elasticsearch already running, {@code
 * ES_URL=http://127.0.0.1:9250 mvn -pl indexer -Pbench test-compile failsafe:integration-test}.
 * {@code -Dbench.keep=true} keeps the index it loaded; {@code -Dbench.reuse=<alias>} searches such
 * an index again without loading pages.
 *
 * <ol>
 *   <li>Tika alone: the corpus reports repeated to {@code bench.files} files (default 1,020)
 *       through {@link TextExtractor} on as many threads as the pipeline has workers.
 *   <li>The whole pipeline on the same files: a Strapi (WireMock) lists them as reports, the
 *       reconcile pass queues them, the queue downloads, extracts (in parser processes, as the
 *       indexer does) and indexes into Elasticsearch.
 *   <li>Search: pages made from the corpus text are added until the index holds {@code bench.pages}
 *       (default 100,000) in files of ten pages; then {@code bench.clients} (default 50) clients
 *       search through the HTTP API: without think time (throughput), with think time (latency, the
 *       figure for the target), and cold (request cache cleared, no search repeated). See {@link
 *       #searchLatency}.
 * </ol>
 */
class PipelineBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int files = Integer.getInteger("bench.files", 1_020);
  private final int pages = Integer.getInteger("bench.pages", 100_000);
  private final int clients = Integer.getInteger("bench.clients", 50);
  private final int queriesPerClient = Integer.getInteger("bench.queries", 100);
  private final int thinkMillis = Integer.getInteger("bench.think", 1_000);

  /** An index left by {@code -Dbench.keep=true}, searched again without loading pages. */
  private final @Nullable String reuse = System.getProperty("bench.reuse");

  private final String alias =
      reuse != null
          ? reuse
          : "thidua-evidence-bench-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void throughput_and_search_latency() throws Exception {
    ItEnvironment.requireElasticsearch();
    List<Path> corpus = corpusFiles();
    List<Path> batch = new ArrayList<>();
    while (batch.size() < files) {
      batch.add(corpus.get(batch.size() % corpus.size()));
    }
    long bytes = 0;
    for (Path file : batch) {
      bytes += Files.size(file);
    }
    int workers = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "%n=== Benchmark: %d files (%.1f MB), %d cores, %d workers ===%n",
        batch.size(),
        bytes / 1e6,
        Runtime.getRuntime().availableProcessors(),
        workers);

    // -Dbench.files=0 skips the throughput part, to look at search alone.
    double tikaSeconds = batch.isEmpty() ? 0 : tikaAlone(batch, workers);
    if (!batch.isEmpty()) {
      report("Tika alone", batch.size(), bytes, tikaSeconds);
    }

    WireMockServer strapi =
        new WireMockServer(
            wireMockConfig().dynamicPort().disableRequestJournal().containerThreads(32));
    strapi.start();
    Path dataDir = Files.createTempDirectory("bench");
    ConfigurableApplicationContext context = null;
    try {
      serveAsReports(strapi, batch);
      // Command-line arguments: they override application.yml, as the defaults would not.
      context =
          new SpringApplicationBuilder(IndexerApplication.class)
              .run(
                  "--server.port=0",
                  "--indexer.elasticsearch.urls=" + ItEnvironment.elasticsearchUrl(),
                  "--indexer.elasticsearch.index-alias=" + alias,
                  "--indexer.strapi.url=" + strapi.baseUrl(),
                  "--indexer.queue.data-dir=" + dataDir,
                  "--indexer.reconcile.at-start=false",
                  "--indexer.api.key=bench-key",
                  "--logging.level.root=WARN");
      if (!batch.isEmpty()) {
        // The pipeline reads files in parser processes (ForkedExtractor), Tika alone in this JVM:
        // the ratio is what isolating the parsers costs, among the rest of the pipeline.
        System.out.println(
            "Pipeline extraction: "
                + context.getBean(FileExtractor.class).getClass().getSimpleName());
        double pipelineSeconds = pipeline(context);
        report("Whole pipeline", batch.size(), bytes, pipelineSeconds);
        System.out.printf(
            Locale.ROOT,
            "Pipeline / Tika alone: %.2f (target >= 0.90)%n",
            tikaSeconds / pipelineSeconds);
      } else {
        context.getBean(EvidenceIndex.class).ensureReady();
      }

      if (reuse == null) {
        fillWithPages(context, corpus);
      }
      searchLatency(context);
    } finally {
      if (context != null) {
        context.close();
      }
      strapi.stop();
      if (reuse == null && !Boolean.getBoolean("bench.keep")) {
        ItEnvironment.deleteIndicesOf(alias);
      }
    }
  }

  private static List<Path> corpusFiles() throws Exception {
    try (var stream = Files.list(Corpus.reports())) {
      return stream.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static double tikaAlone(List<Path> batch, int workers) throws Exception {
    TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long start = System.nanoTime();
    List<Future<ExtractionResult>> results = new ArrayList<>();
    for (Path file : batch) {
      results.add(
          pool.submit(
              () ->
                  extractor.extract(file, file.getFileName().toString(), ExtractionListener.NONE)));
    }
    for (Future<ExtractionResult> result : results) {
      result.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void serveAsReports(WireMockServer strapi, List<Path> batch) throws Exception {
    FakeStrapi fake = new FakeStrapi(new WireMock("127.0.0.1", strapi.port()));
    Map<Path, ObjectNode> served = new HashMap<>();
    int n = 0;
    for (Path file : batch) {
      ObjectNode media = served.computeIfAbsent(file, fake::upload);
      ObjectNode copy =
          FakeStrapi.media(
              file.getFileName().toString(),
              Files.size(file),
              media.path("hash").asString() + "_" + n,
              media.path("url").asString());
      String documentId = String.format(Locale.ROOT, "bench%019d", n++);
      fake.report(
          documentId,
          "unitbench000000000000001",
          "Đơn vị " + (n % 40),
          "co_quan",
          2026 + n % 5,
          "accepted",
          n + "/BC",
          List.of(copy));
    }
    fake.publishList();
  }

  private static double pipeline(ConfigurableApplicationContext context) throws Exception {
    ReconcileService reconcile = context.getBean(ReconcileService.class);
    JobQueue queue = context.getBean(JobQueue.class);
    long start = System.nanoTime();
    reconcile.reconcile(false);
    while (queue.depth() > 0) {
      Thread.sleep(50);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private void fillWithPages(ConfigurableApplicationContext context, List<Path> corpus) {
    TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults());
    List<String> lines = new ArrayList<>();
    for (Path file : corpus) {
      for (PageText page :
          extractor.extract(file, file.getFileName().toString(), ExtractionListener.NONE).pages()) {
        Arrays.stream(page.text().split("\n"))
            .filter(l -> l.strip().length() > 20)
            .forEach(lines::add);
      }
    }
    List<JsonNode> manifest = FakeStrapi.manifest();
    EvidenceIndex index = context.getBean(EvidenceIndex.class);
    String[] kinds = {"report", "report", "report", "initiative", "story", "plan"};
    String[] initiativeFields = {
      "chuyen_doi_so", "chuyen_doi_xanh", "doi_moi_sang_tao", "khoa_hoc_cong_nghe"
    };
    Random random = new Random(42);
    long start = System.nanoTime();
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    List<EvidenceDocument> chunk = new ArrayList<>();
    int entry = 0;
    for (int i = 0; i < pages; i += 10) {
      JsonNode unit = manifest.get(random.nextInt(manifest.size()));
      String kind = kinds[random.nextInt(kinds.length)];
      EntryFields fields =
          new EntryFields(
              kind,
              kind.equals("plan") ? "campaign" : kind,
              String.format(Locale.ROOT, "page%019d", entry++),
              "Báo cáo " + unit.path("number").asString(),
              unit.path("unit").asString(),
              FakeStrapi.unitDocumentIdOf(unit.path("unit").asString()),
              unit.path("unitKind").asString(),
              2026 + random.nextInt(5),
              "annual",
              kind.equals("initiative")
                  ? initiativeFields[random.nextInt(initiativeFields.length)]
                  : null,
              List.of(),
              null,
              random.nextInt(5) == 0 ? Visibility.RESTRICTED : Visibility.PUBLIC);
      for (int page = 1; page <= 10; page++) {
        StringBuilder text = new StringBuilder();
        int count = 15 + random.nextInt(25);
        for (int l = 0; l < count; l++) {
          text.append(lines.get(random.nextInt(lines.size()))).append('\n');
        }
        chunk.add(
            new EvidenceDocument(fields, text.toString(), "f" + entry, "trang.pdf", page, "h"));
      }
      if (chunk.size() >= 2_000) {
        pending.add(index.index(List.copyOf(chunk)));
        chunk.clear();
        if (pending.size() >= 4) {
          pending.removeFirst().join();
        }
      }
    }
    pending.add(index.index(chunk));
    pending.forEach(CompletableFuture::join);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Generated pages indexed: %,d in %.1f s (%.0f pages/s)%n",
        pages,
        seconds,
        pages / seconds);
  }

  /**
   * Waits (at most two minutes) until Elasticsearch has no segment merge running: the 100,000 pages
   * just loaded leave merges behind, which would take the cores from the searches. An index that
   * people search is in that settled state; one being bulk-loaded is not what this measures.
   */
  private void awaitMergesDone() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    long waited = System.nanoTime();
    while (System.nanoTime() < until) {
      String stats =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              ItEnvironment.elasticsearchUrl()
                                  + "/"
                                  + alias
                                  + "/_stats/merge,segments?filter_path=_all.total.merges.current,"
                                  + "_all.total.segments.count"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      JsonNode total = JSON.readTree(stats).path("_all").path("total");
      if (total.path("merges").path("current").asLong() == 0) {
        System.out.printf(
            Locale.ROOT,
            "Merges settled after %.1f s; %d segments%n",
            (System.nanoTime() - waited) / 1e9,
            total.path("segments").path("count").asLong());
        return;
      }
      Thread.sleep(500);
    }
    System.out.println("Merges still running after 2 minutes; measuring anyway");
  }

  /**
   * Three runs through the HTTP API, each after emptying the indexer's kept results and the shard
   * request cache, each printed with its latencies, its throughput, the searches answered from kept
   * results, the request cache's hits and misses during the run and the share of distinct searches:
   *
   * <ol>
   *   <li>Saturation: {@code bench.clients} clients without think time. A closed loop settles where
   *       Little's law puts it, latency = clients / throughput, so this measures throughput; its
   *       latency is not compared with the target.
   *   <li>Think time: the same clients, each pausing an exponentially distributed time (mean {@code
   *       bench.think} ms, default 1,000) between searches, as people do. Its p95 is the figure
   *       compared with the target.
   *   <li>Cold: the same think-time load where no search repeats, so every search misses the caches
   *       and costs its whole query.
   * </ol>
   */
  private void searchLatency(ConfigurableApplicationContext context) throws Exception {
    String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    IndexerApi api = new IndexerApi(base, "bench-key");
    ItEnvironment.refresh(alias);
    awaitMergesDone();
    List<String> queries = new ArrayList<>();
    JSON.readTree(Files.readString(Corpus.root().resolve("queries.json")))
        .forEach(q -> queries.add(q.path("q").asString()));
    List<String> units = new ArrayList<>();
    FakeStrapi.manifest()
        .forEach(
            m -> {
              String unit = FakeStrapi.unitDocumentIdOf(m.path("unit").asString());
              if (!units.contains(unit)) {
                units.add(unit);
              }
            });
    long total = api.search(Map.of("size", "1"), "admin", null).path("total").asLong();
    System.out.printf(Locale.ROOT, "Index holds %,d files and entries%n", total);

    // Warm-up: JIT and Elasticsearch's file cache; the request cache is cleared before each run.
    Random warm = new Random(-1);
    for (int i = 0; i < 200; i++) {
      randomSearch(warm, queries, units).run(api);
    }
    List<List<BenchSearch>> mixed = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(c);
      List<BenchSearch> searches = new ArrayList<>();
      for (int i = 0; i < queriesPerClient; i++) {
        searches.add(randomSearch(random, queries, units));
      }
      mixed.add(searches);
    }
    SearchCache results = context.getBean(SearchCache.class);
    clearCaches(results);
    Run saturation = run(api, results, mixed, 0);
    saturation.print(
        "Saturation, no think time",
        String.format(
            Locale.ROOT,
            "Little's law: %d clients / %.0f q/s = %.0f ms; not compared with the target",
            clients,
            saturation.throughput(),
            clients / saturation.throughput() * 1000));

    clearCaches(results);
    Run thinking = run(api, results, mixed, thinkMillis);
    thinking.print(
        "Think time " + thinkMillis + " ms",
        String.format(
            Locale.ROOT,
            "THE FIGURE FOR THE TARGET: p95 %.1f ms vs target < 50 ms: %s",
            thinking.percentile(95),
            thinking.percentile(95) < 50 ? "met" : "NOT met"));

    List<BenchSearch> distinct = new ArrayList<>();
    for (String q : queries) {
      for (String year : List.of("", "2027")) {
        distinct.add(new BenchSearch(q, year, "anonymous", null));
        distinct.add(new BenchSearch(q, year, "reviewer", null));
        for (String unit : units) {
          distinct.add(new BenchSearch(q, year, "unit", unit));
        }
      }
    }
    Collections.shuffle(distinct, new Random(7));
    List<List<BenchSearch>> dealt = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      dealt.add(new ArrayList<>());
    }
    for (int i = 0; i < Math.min(distinct.size(), clients * queriesPerClient); i++) {
      dealt.get(i % clients).add(distinct.get(i));
    }
    clearCaches(results);
    Run cold = run(api, results, dealt, thinkMillis);
    cold.print(
        "Cold, think time " + thinkMillis + " ms, every search distinct",
        String.format(
            Locale.ROOT,
            "what a search costs when the cache cannot help: p95 %.1f ms (the few cache hits:"
                + " words typed with and without diacritics share their counts search)",
            cold.percentile(95)));
  }

  /** One search of the benchmark's mix: words from queries.json, a role, sometimes a year. */
  private record BenchSearch(String q, String year, String role, @Nullable String unit) {

    Map<String, String> params() {
      return year.isEmpty() ? Map.of("q", q) : Map.of("q", q, "year", year);
    }

    boolean run(IndexerApi api) {
      return api.get("/api/search", params(), role, unit).status() == 200;
    }
  }

  private static BenchSearch randomSearch(Random random, List<String> queries, List<String> units) {
    String q = queries.get(random.nextInt(queries.size()));
    String year = random.nextInt(4) == 0 ? "2027" : "";
    return switch (random.nextInt(3)) {
      case 0 -> new BenchSearch(q, year, "anonymous", null);
      case 1 -> new BenchSearch(q, year, "unit", units.get(random.nextInt(units.size())));
      default -> new BenchSearch(q, year, "reviewer", null);
    };
  }

  /** Each client runs its searches in turn, pausing an exponential think time before each. */
  private Run run(
      IndexerApi api, SearchCache results, List<List<BenchSearch>> perClient, int thinkMean)
      throws Exception {
    long servedBefore = results.served();
    long[] cacheBefore = requestCacheHitsAndMisses();
    long esCpuBefore = elasticsearchCpuMillis();
    long ownCpuBefore = ownCpuNanos();
    ExecutorService pool = Executors.newFixedThreadPool(perClient.size());
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < perClient.size(); c++) {
      List<BenchSearch> searches = perClient.get(c);
      Random think = new Random(1_000 + c);
      futures.add(
          pool.submit(
              () -> {
                long[] latencies = new long[searches.size()];
                for (int i = 0; i < searches.size(); i++) {
                  if (thinkMean > 0) {
                    Thread.sleep((long) (-thinkMean * Math.log(1 - think.nextDouble())));
                  }
                  long t0 = System.nanoTime();
                  boolean ok = searches.get(i).run(api);
                  latencies[i] = System.nanoTime() - t0;
                  if (!ok) {
                    errors.incrementAndGet();
                  }
                }
                return latencies;
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> future : futures) {
      all.add(future.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] cacheAfter = requestCacheHitsAndMisses();
    double esCpu = elasticsearchCpuMillis() - esCpuBefore;
    double ownCpu = (ownCpuNanos() - ownCpuBefore) / 1e6;
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    long distinct = perClient.stream().flatMap(List::stream).distinct().count();
    return new Run(
        perClient.size(),
        merged,
        seconds,
        errors.get(),
        distinct,
        results.served() - servedBefore,
        cacheAfter[0] - cacheBefore[0],
        cacheAfter[1] - cacheBefore[1],
        esCpu / merged.length,
        ownCpu / merged.length);
  }

  /** What one run measured. */
  private record Run(
      int clients,
      long[] sortedNanos,
      double seconds,
      long errors,
      long distinctSearches,
      long servedFromResults,
      long cacheHits,
      long cacheMisses,
      double esCpuPerSearch,
      double ownCpuPerSearch) {

    double throughput() {
      return sortedNanos.length / seconds;
    }

    double percentile(int p) {
      return PipelineBenchmark.percentile(sortedNanos, p);
    }

    void print(String name, String note) {
      System.out.printf(
          Locale.ROOT,
          "Search, %s: %d clients, %d searches (%.0f%% distinct), p50 %.1f ms, p95 %.1f ms,"
              + " p99 %.1f ms, %.1f searches/s, %d errors; %d answered from the indexer's kept"
              + " results; Elasticsearch request cache %d hits, %d misses (an API search with"
              + " words asks it twice: the ranked pages and the counts); CPU per"
              + " search: Elasticsearch %.1f ms, indexer and benchmark clients %.1f ms%n"
              + "    %s%n",
          name,
          clients,
          sortedNanos.length,
          100.0 * distinctSearches / sortedNanos.length,
          percentile(50),
          percentile(95),
          percentile(99),
          throughput(),
          errors,
          servedFromResults,
          cacheHits,
          cacheMisses,
          esCpuPerSearch,
          ownCpuPerSearch,
          note);
    }
  }

  /** Empties Elasticsearch's request cache and the indexer's own cache of results. */
  private void clearCaches(SearchCache results) throws Exception {
    results.clear();
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        ItEnvironment.elasticsearchUrl()
                            + "/"
                            + alias
                            + "/_cache/clear?request=true"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }

  /**
   * CPU time Elasticsearch has used, from its node stats: unlike latency, hardly moved by other
   * work on a shared machine.
   */
  private static long elasticsearchCpuMillis() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            ItEnvironment.elasticsearchUrl()
                                + "/_nodes/_local/stats/process?filter_path=nodes.*.process.cpu"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    long millis = 0;
    for (JsonNode node : JSON.readTree(response.body()).path("nodes")) {
      millis += node.path("process").path("cpu").path("total_in_millis").asLong();
    }
    return millis;
  }

  /** CPU time of this JVM: the indexer under test and the benchmark's clients together. */
  private static long ownCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The shard request cache's hit and miss counts of the benchmark's index. */
  private long[] requestCacheHitsAndMisses() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            ItEnvironment.elasticsearchUrl()
                                + "/"
                                + alias
                                + "/_stats/request_cache"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode cache =
        JSON.readTree(response.body()).path("_all").path("total").path("request_cache");
    return new long[] {cache.path("hit_count").asLong(), cache.path("miss_count").asLong()};
  }

  private static double percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  private static void report(String what, int count, long bytes, double seconds) {
    System.out.printf(
        Locale.ROOT,
        "%-16s %,d files in %.1f s: %.2f files/s, %.3f MB/s%n",
        what,
        count,
        seconds,
        count / seconds,
        bytes / 1e6 / seconds);
  }
}
