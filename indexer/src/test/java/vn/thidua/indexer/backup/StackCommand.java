package vn.thidua.indexer.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code infra/stack} as a person would, for one stack: its profile, state folder and ports in
 * the environment. The output goes to a log under {@code target/} and into the failure message.
 */
record StackCommand(Path repo, Map<String, String> environment, Path log) {

  /** Runs {@code infra/stack ARGS...}; fails unless it exits 0 within the limit. */
  String run(Duration limit, String... args) {
    List<String> command = new ArrayList<>();
    command.add(repo.resolve("infra/stack").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(log.getParent());
      Path output = Files.createTempFile(log.getParent(), "stack-", ".out");
      builder.redirectOutput(output.toFile());
      Process process = builder.start();
      boolean done = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.writeString(
          log,
          "$ infra/stack " + String.join(" ", args) + "\n" + text,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      Files.delete(output);
      if (!done) {
        process.destroyForcibly();
        throw new AssertionError("infra/stack " + String.join(" ", args) + " hung:\n" + text);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "infra/stack "
                + String.join(" ", args)
                + " exited "
                + process.exitValue()
                + ":\n"
                + text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError("cannot run infra/stack", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
