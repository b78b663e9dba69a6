package vn.thidua.indexer;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for asynchronous work in tests: polls a condition and fails when time runs out. */
public final class Await {

  private Await() {}

  /** Returns once {@code condition} holds; fails with {@code what} after {@code limit}. */
  public static void until(Duration limit, BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
