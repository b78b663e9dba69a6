package vn.thidua.indexer.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The pools are bounded, named and refuse rather than grow. */
class IndexerExecutorsTest {

  @Test
  void a_full_job_worker_pool_refuses_the_next_job_instead_of_growing() throws Exception {
    ThreadPoolTaskExecutor workers =
        IndexerExecutors.jobWorkers(2, 1, new ExecutorProperties(true, 1, Duration.ofSeconds(1)));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(2);
    AtomicReference<Thread> worker = new AtomicReference<>();
    try {
      for (int i = 0; i < 2; i++) {
        workers.execute(
            () -> {
              worker.set(Thread.currentThread());
              running.countDown();
              await(release);
            });
      }
      assertThat(running.await(30, TimeUnit.SECONDS)).as("two jobs running").isTrue();
      workers.execute(() -> {});

      assertThatThrownBy(() -> workers.execute(() -> {}))
          .as("a fourth job: two running, one waiting")
          .isInstanceOf(TaskRejectedException.class);
      assertThat(workers.getPoolSize()).isEqualTo(2);
      assertThat(workers.getQueueSize()).isEqualTo(1);
      assertThat(worker.get().getName()).startsWith("job-worker-");
      assertThat(worker.get().isVirtual()).isTrue();
    } finally {
      release.countDown();
      workers.shutdown();
    }
  }

  @Test
  void the_dispatcher_runs_one_loop_and_refuses_a_second() {
    ThreadPoolTaskExecutor dispatcher =
        IndexerExecutors.queueDispatcher(ExecutorProperties.defaults());
    CountDownLatch release = new CountDownLatch(1);
    try {
      dispatcher.execute(() -> await(release));
      assertThatThrownBy(() -> dispatcher.execute(() -> {}))
          .isInstanceOf(TaskRejectedException.class);
    } finally {
      release.countDown();
      dispatcher.shutdown();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
