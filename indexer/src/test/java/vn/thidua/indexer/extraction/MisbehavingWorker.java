package vn.thidua.indexer.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parser process that misbehaves on cue, for what no real file does on demand: the file named
 * {@code crash} kills the JVM, {@code hang} never answers, {@code oom} fills the heap; any other
 * file is "read" as one page holding its name.
 */
public final class MisbehavingWorker {

  private MisbehavingWorker() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    out.writeByte(WorkerProtocol.READY);
    out.flush();
    for (WorkerProtocol.Request request = WorkerProtocol.readRequest(in);
        request != null;
        request = WorkerProtocol.readRequest(in)) {
      switch (request.fileName()) {
        case "crash" -> Runtime.getRuntime().halt(134);
        case "hang" -> Thread.sleep(Long.MAX_VALUE);
        case "oom" -> {
          List<long[]> hoard = new ArrayList<>();
          while (true) {
            hoard.add(new long[1 << 20]);
          }
        }
        default -> {
          WorkerProtocol.writeOcrStarted(out);
          WorkerProtocol.writeResult(
              out,
              new ExtractionResult(
                  ExtractionStatus.OK,
                  null,
                  "text/plain",
                  List.of(new PageText(1, request.fileName())),
                  true));
        }
      }
    }
  }
}
