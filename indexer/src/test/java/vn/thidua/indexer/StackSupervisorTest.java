package vn.thidua.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's supervisor ({@code infra/lib/supervise.sh}), which every component that {@code
 * infra/stack up} starts runs under: a component that dies is started again and the restart logged;
 * one that keeps dying is left stopped with a message; a stop is not mistaken for a death.
 */
class StackSupervisorTest {

  @TempDir Path run;
  private Process supervisor;

  @AfterEach
  void stop() {
    if (supervisor != null && supervisor.isAlive()) {
      supervisor.destroy();
    }
  }

  @Test
  void a_component_that_dies_is_started_again_and_the_restart_is_logged() throws Exception {
    supervisor = supervise("sleep", "300");
    Path childPid = run.resolve("demo.child.pid");
    Await.until(Duration.ofSeconds(20), () -> Files.exists(childPid), "the component to start");
    String first = read(childPid);

    kill("-KILL", first);

    Await.until(
        Duration.ofSeconds(30),
        () -> Files.exists(childPid) && !read(childPid).isEmpty() && !read(childPid).equals(first),
        "the component to be started again");
    assertThat(read(run.resolve("demo.restarts"))).isEqualTo("1");
    assertThat(Files.readString(run.resolve("events.log")))
        .contains("demo: exited with code 137", "restart 1 in 1s");
  }

  @Test
  void a_component_that_keeps_dying_is_left_stopped_with_a_message() throws Exception {
    supervisor = supervise("sh", "-c", "exit 3");

    Await.until(Duration.ofSeconds(60), () -> !supervisor.isAlive(), "the supervisor to give up");
    assertThat(read(run.resolve("demo.gaveup")))
        .contains("died 3 times in a row", "last exit code 3", "infra/stack up demo");
    assertThat(read(run.resolve("demo.restarts"))).isEqualTo("3");
  }

  @Test
  void a_stop_ends_the_component_without_restarting_it() throws Exception {
    supervisor = supervise("sleep", "300");
    Path childPid = run.resolve("demo.child.pid");
    Await.until(Duration.ofSeconds(20), () -> Files.exists(childPid), "the component to start");
    String child = read(childPid);

    kill("-TERM", String.valueOf(supervisor.pid()));

    Await.until(Duration.ofSeconds(30), () -> !supervisor.isAlive(), "the supervisor to stop");
    assertThat(Path.of("/proc", child)).as("the component's process").doesNotExist();
    assertThat(read(run.resolve("demo.restarts"))).isEqualTo("0");
  }

  private Process supervise(String... command) throws IOException {
    Path script = Path.of(System.getProperty("repo.root", ".."), "infra/lib/supervise.sh");
    assertThat(script).exists();
    ProcessBuilder builder =
        new ProcessBuilder(
                new java.util.ArrayList<>(
                    List.of("bash", script.toString(), "demo", run.toString())))
            .redirectErrorStream(true)
            .redirectOutput(run.resolve("demo.log").toFile());
    builder.command().addAll(List.of(command));
    builder
        .environment()
        .putAll(
            Map.of(
                "STACK_MAX_RESTARTS", "3",
                "STACK_STABLE_SECONDS", "30",
                "STACK_BACKOFF_MAX", "1",
                "SUPERVISOR_LOG", run.resolve("events.log").toString()));
    return builder.start();
  }

  private static void kill(String signal, String pid) throws Exception {
    assertThat(new ProcessBuilder("kill", signal, pid).start().waitFor()).isZero();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
