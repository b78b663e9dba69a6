package vn.thidua.indexer.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * One parser process ({@link ExtractionWorker}) seen from the indexer: started when first needed,
 * one file at a time, killed when it overruns its time, and started again after it died. Used by
 * one thread at a time ({@link ForkedExtractor} hands it out).
 */
final class WorkerProcess {

  private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

  /** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  /** A parser process that has not said it is ready after this long is not going to. */
  private static final Duration START_LIMIT = Duration.ofMinutes(2);

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Duration timeLimit;
  private final Duration answerLimit;
  private final long heapMegabytes;
  private final int maxFiles;
  private final ScheduledExecutorService timers;
  // Volatile: close() kills it without waiting for the file being read.
  private volatile @Nullable Process process;
  private volatile boolean closed;
  private @Nullable DataOutputStream out;
  private @Nullable DataInputStream in;
  private int files;
  private int starts;

  WorkerProcess(
      String name,
      List<String> command,
      Map<String, String> environment,
      Duration timeLimit,
      Duration answerLimit,
      long heapMegabytes,
      int maxFiles,
      ScheduledExecutorService timers) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.timeLimit = timeLimit;
    this.answerLimit = answerLimit;
    this.heapMegabytes = heapMegabytes;
    this.maxFiles = maxFiles;
    this.timers = timers;
  }

  /**
   * Starts the process unless it runs, and waits until it is ready.
   *
   * @throws IllegalStateException if no parser process can be started: not the fault of a file
   */
  synchronized void ensureStarted() {
    if (closed) {
      throw new IllegalStateException("the parser processes are stopped: the indexer is stopping");
    }
    Process current = process;
    if (current != null && current.isAlive()) {
      return;
    }
    stop();
    ProcessBuilder builder = new ProcessBuilder(command);
    // The parser reads hostile files: it gets none of the indexer's secrets.
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process started;
    try {
      started = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a parser process: " + e.getMessage(), e);
    }
    DataInputStream input = new DataInputStream(new BufferedInputStream(started.getInputStream()));
    ScheduledFuture<?> kill =
        timers.schedule(started::destroyForcibly, START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    try {
      int ready = input.read();
      if (ready != WorkerProtocol.READY) {
        started.destroyForcibly();
        throw new IllegalStateException(
            "parser process "
                + name
                + " did not start (exit "
                + exitStatus(started)
                + "; its error output is in the indexer's log)");
      }
    } catch (IOException e) {
      started.destroyForcibly();
      throw new IllegalStateException("parser process " + name + " did not start", e);
    } finally {
      kill.cancel(false);
    }
    process = started;
    if (closed) {
      // Closed while it started.
      started.destroyForcibly();
    }
    in = input;
    out = new DataOutputStream(new BufferedOutputStream(started.getOutputStream()));
    files = 0;
    starts++;
    log.debug("Parser process {} started (pid {})", name, started.pid());
  }

  /** Reads one file in the process; a process that dies or overruns fails this file alone. */
  synchronized ExtractionResult extract(Path file, String fileName, ExtractionListener listener) {
    ensureStarted();
    Process running = process;
    DataOutputStream toWorker = out;
    DataInputStream fromWorker = in;
    if (running == null || toWorker == null || fromWorker == null) {
      throw new IllegalStateException("parser process " + name + " is not running");
    }
    AtomicBoolean overran = new AtomicBoolean();
    ScheduledFuture<?> kill =
        timers.schedule(
            () -> {
              overran.set(true);
              running.destroyForcibly();
            },
            answerLimit.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      WorkerProtocol.writeRequest(
          toWorker, new WorkerProtocol.Request(file.toAbsolutePath().toString(), fileName));
      while (true) {
        int frame = fromWorker.read();
        if (frame == WorkerProtocol.OCR_STARTED) {
          listener.ocrStarted();
        } else if (frame == WorkerProtocol.RESULT) {
          ExtractionResult result = WorkerProtocol.readResult(fromWorker);
          if (++files >= maxFiles || overran.get()) {
            stop();
          }
          return result;
        } else {
          throw new IOException("the parser process closed its output (frame " + frame + ")");
        }
      }
    } catch (IOException e) {
      running.destroyForcibly();
      if (closed) {
        throw new IllegalStateException(
            "the parser process was stopped while reading "
                + fileName
                + ": the indexer is stopping",
            e);
      }
      int exit = exitStatus(running);
      stop();
      log.warn(
          "Parser process {} stopped while reading {} ({}, exit {}); started again for the next"
              + " file",
          name,
          fileName,
          overran.get() ? "over its time" : e.getMessage(),
          exit);
      return diedReading(exit, overran.get());
    } finally {
      kill.cancel(false);
    }
  }

  /**
   * Stops the process for good, at once, even while it reads a file: the indexer is stopping. Not
   * synchronized, so it does not wait for that file.
   */
  void close() {
    closed = true;
    Process current = process;
    if (current != null) {
      current.destroyForcibly();
    }
  }

  /** Stops the process; the next file starts a fresh one. */
  synchronized void stop() {
    Process current = process;
    if (current != null) {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        // already gone
      }
      current.destroyForcibly();
      process = null;
      out = null;
      in = null;
    }
  }

  /** How many times a process was started, for tests: a restart per file would show here. */
  synchronized int starts() {
    return starts;
  }

  /** The running process, for tests. */
  synchronized @Nullable ProcessHandle handle() {
    Process current = process;
    return current == null ? null : current.toHandle();
  }

  private ExtractionResult diedReading(int exit, boolean overran) {
    if (overran) {
      return ExtractionResult.refused(
          ExtractionStatus.FAILED,
          Reason.of(ReasonCode.TIMEOUT, "seconds", timeLimit.toSeconds()),
          "");
    }
    if (exit == OUT_OF_MEMORY_EXIT) {
      return ExtractionResult.refused(
          ExtractionStatus.FAILED,
          Reason.of(ReasonCode.OUT_OF_MEMORY, "heapMb", heapMegabytes),
          "");
    }
    return ExtractionResult.refused(
        ExtractionStatus.FAILED, Reason.of(ReasonCode.PARSER_CRASHED, "exitCode", exit), "");
  }

  private static int exitStatus(Process process) {
    try {
      if (process.waitFor(10, TimeUnit.SECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }
}
