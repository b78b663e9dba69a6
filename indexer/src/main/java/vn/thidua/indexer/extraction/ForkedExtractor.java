package vn.thidua.indexer.extraction;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files in a small pool of parser processes, the way Tika advises for files from outside:
 * each process is a JVM with its own heap ({@link ParserProcessProperties#heap()}) running {@link
 * ExtractionWorker}, which runs the project's {@link TextExtractor}. A process serves file after
 * file; one that runs out of memory, crashes or does not answer in time is killed and replaced, and
 * only the file it was reading fails, with a reason a person can act on. The indexer's heap never
 * holds more of a file than its extracted text.
 */
public final class ForkedExtractor implements FileExtractor, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ForkedExtractor.class);

  /** What Spring Boot's executable jar starts when told which main class to run. */
  private static final String BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";

  /** The parts of the indexer's environment a parser needs: Tesseract's, and no secret. */
  private static final List<String> ENVIRONMENT =
      List.of(
          "PATH", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TESSDATA_PREFIX", "OMP_THREAD_LIMIT");

  private final List<WorkerProcess> workers;
  private final BlockingQueue<WorkerProcess> idle;

  /**
   * A pool of {@code processes} parser processes, started when first needed or by {@link
   * #startInAdvance}; {@code timers} (the indexer's, not owned here) keeps their deadlines.
   */
  public ForkedExtractor(
      ExtractionProperties extraction,
      ParserProcessProperties process,
      int processes,
      ScheduledExecutorService timers) {
    this(extraction, process, processes, timers, ExtractionWorker.class.getName());
  }

  /**
   * A pool whose processes run {@code mainClass}; tests use it to play a parser that misbehaves.
   */
  ForkedExtractor(
      ExtractionProperties extraction,
      ParserProcessProperties process,
      int processes,
      ScheduledExecutorService timers,
      String mainClass) {
    if (processes < 1) {
      throw new IllegalArgumentException("at least one parser process: " + processes);
    }
    List<String> command = command(extraction, process, mainClass);
    Map<String, String> environment = new LinkedHashMap<>();
    for (String name : ENVIRONMENT) {
      String value = System.getenv(name);
      if (value != null) {
        environment.put(name, value);
      }
    }
    workers = new ArrayList<>();
    idle = new ArrayBlockingQueue<>(processes);
    for (int i = 1; i <= processes; i++) {
      WorkerProcess worker =
          new WorkerProcess(
              "parser-" + i,
              command,
              environment,
              extraction.timeLimit(),
              answerLimit(extraction, process),
              process.heap().toMegabytes(),
              process.maxFilesPerProcess(),
              timers);
      workers.add(worker);
      idle.add(worker);
    }
  }

  /**
   * Starts every process on {@code executor} (one task), so that the first files do not wait for a
   * JVM to start.
   */
  public void startInAdvance(Executor executor) {
    executor.execute(
        () -> {
          for (WorkerProcess worker : workers) {
            try {
              worker.ensureStarted();
            } catch (IllegalStateException e) {
              log.warn("Parser process not started in advance: {}", e.getMessage());
            }
          }
        });
  }

  @Override
  public ExtractionResult extract(Path file, String fileName, ExtractionListener listener) {
    WorkerProcess worker;
    try {
      worker = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a parser process", e);
    }
    try {
      return worker.extract(file, fileName, listener);
    } finally {
      idle.add(worker);
    }
  }

  /**
   * Stops every parser process at once, even one reading a file (they would also end on their own
   * when the indexer's pipe closes). A file being read then fails with an exception, not with a
   * status: the indexer is stopping, the file is not at fault, and its job goes back to the queue.
   */
  @Override
  public void close() {
    workers.forEach(WorkerProcess::close);
  }

  /** The processes, for tests. */
  List<WorkerProcess> workers() {
    return List.copyOf(workers);
  }

  private static List<String> command(
      ExtractionProperties extraction, ParserProcessProperties process, String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + process.heap().toMegabytes() + "m");
    // Out of memory ends the process at once, with a status that names the cause, rather than
    // leaving a parser half-alive in a heap it has filled.
    command.add("-XX:+ExitOnOutOfMemoryError");
    // The JVM's own messages (the out-of-memory notice among them) stay off the protocol's stream.
    command.add("-XX:+DisplayVMOutputToStderr");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    command.add("-Djava.awt.headless=true");
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    String classPath = System.getProperty("java.class.path");
    command.add("-cp");
    if (isBootJar(classPath)) {
      command.add(Path.of(classPath).toAbsolutePath().toString());
      command.add("-Dloader.main=" + mainClass);
      command.add(BOOT_LAUNCHER);
    } else {
      command.add(classPath);
      command.add(mainClass);
    }
    command.addAll(WorkerProtocol.arguments(extraction));
    return command;
  }

  /** Whether the indexer runs from its executable jar ({@code java -jar indexer.jar}). */
  private static boolean isBootJar(String classPath) {
    if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
      return false;
    }
    Path jar = Path.of(classPath);
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getEntry("BOOT-INF/classes/") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** How long {@code extraction} lets a file take before its parser process is killed. */
  static Duration answerLimit(ExtractionProperties extraction, ParserProcessProperties process) {
    return extraction.timeLimit().plus(process.grace());
  }
}
