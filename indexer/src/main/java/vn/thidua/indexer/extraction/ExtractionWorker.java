package vn.thidua.indexer.extraction;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main class of a parser process: reads files named on its standard input one after the other
 * with the project's own {@link TextExtractor} and writes each result to its standard output
 * ({@link WorkerProtocol}). It runs in its own JVM with its own heap so that a file that exhausts
 * memory, crashes a parser or never ends takes down this process and not the indexer, which starts
 * another ({@link ForkedExtractor}). It ends when its standard input closes.
 */
public final class ExtractionWorker {

  private ExtractionWorker() {}

  /**
   * Starts the loop.
   *
   * @param args the extraction settings, {@code indexer.extraction.<name>=<value>}
   */
  public static void main(String[] args) throws IOException {
    // Only the protocol may write to standard output: a parser or a library that prints would
    // corrupt the frames, so everything else goes to standard error (the indexer's log).
    FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
    System.setOut(System.err);
    // Standard input closing ends the loop, but only between files: a parser stuck in a file
    // would outlive an indexer killed with SIGKILL and spin on without anyone to kill it.
    ProcessHandle.current()
        .parent()
        .ifPresent(indexer -> indexer.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    ignoreStopSignals();
    quietLogging();
    TextExtractor extractor = new TextExtractor(WorkerProtocol.properties(args));
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(protocolOut, 1 << 16));
    try {
      out.writeByte(WorkerProtocol.READY);
      out.flush();
      for (WorkerProtocol.Request request = WorkerProtocol.readRequest(in);
          request != null;
          request = WorkerProtocol.readRequest(in)) {
        ExtractionResult result =
            extractor.extract(
                Path.of(request.path()),
                request.fileName(),
                () -> {
                  try {
                    WorkerProtocol.writeOcrStarted(out);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
        WorkerProtocol.writeResult(out, result);
      }
    } catch (IOException | UncheckedIOException e) {
      // The indexer is gone: nobody waits for what this process would read.
    }
  }

  /**
   * A stop signal is for the indexer, not for its parsers: the supervisor (infra/stack, systemd's
   * control group, a terminal's Ctrl-C) sends it to the whole process group, and a parser ending at
   * once would fail the file it reads while the indexer is still letting its jobs finish. This
   * process ends when the indexer closes its standard input or dies (above), not before.
   */
  @SuppressWarnings("removal")
  private static void ignoreStopSignals() {
    for (String name : new String[] {"TERM", "INT", "HUP"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
      } catch (IllegalArgumentException e) {
        // Not a signal on this system.
      }
    }
  }

  /** Without Spring Boot's set-up, Logback would log every parser's debug lines. */
  private static void quietLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
      context.getLogger("vn.thidua").setLevel(Level.INFO);
      context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
      context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
    }
  }
}
