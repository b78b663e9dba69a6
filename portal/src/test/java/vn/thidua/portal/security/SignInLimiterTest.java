package vn.thidua.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.MutableClock;

class SignInLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T01:00:00Z"));
  private final SignInLimiter limiter =
      new SignInLimiter(StrapiAuthenticationProviderTest.LIMITS, clock);

  private void fail(String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      limiter.failed(name, address);
    }
  }

  @Test
  void five_failures_are_free_the_sixth_attempt_waits_and_each_next_failure_doubles_the_wait() {
    fail("thamdinh", "203.0.113.7", 4);
    assertThat(limiter.waitBefore("thamdinh", "203.0.113.7")).isEmpty();
    fail("thamdinh", "203.0.113.7", 1);
    assertThat(limiter.waitBefore("thamdinh", "203.0.113.7")).contains(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(10));
    assertThat(limiter.waitBefore("thamdinh", null)).contains(Duration.ofSeconds(20));
    clock.advance(Duration.ofSeconds(20));
    assertThat(limiter.waitBefore("thamdinh", null)).isEmpty();
    fail("thamdinh", "203.0.113.7", 1);
    assertThat(limiter.waitBefore("thamdinh", null)).contains(Duration.ofSeconds(60));
  }

  @Test
  void the_wait_never_grows_beyond_the_longest() {
    fail("thamdinh", null, 40);
    assertThat(limiter.waitBefore("thamdinh", null)).contains(Duration.ofMinutes(15));
  }

  @Test
  void a_name_is_counted_whatever_its_case_and_spaces_and_does_not_slow_other_names() {
    fail("ThamDinh ", "203.0.113.7", 5);
    assertThat(limiter.waitBefore("thamdinh", "198.51.100.4")).isPresent();
    assertThat(limiter.waitBefore("bientap", "198.51.100.4")).isEmpty();
    // The shared address has 5 failures of its 50 free ones: its other users are not slowed.
    assertThat(limiter.waitBefore("bientap", "203.0.113.7")).isEmpty();
  }

  @Test
  void an_address_trying_many_names_is_slowed_for_every_name() {
    for (int i = 0; i < 50; i++) {
      limiter.failed("user" + i, "203.0.113.7");
    }
    assertThat(limiter.waitBefore("someone-else", "203.0.113.7")).isPresent();
    assertThat(limiter.waitBefore("someone-else", "198.51.100.4")).isEmpty();
  }

  @Test
  void a_success_forgets_the_names_failures_and_old_failures_are_forgotten() {
    fail("thamdinh", null, 5);
    limiter.succeeded("thamdinh");
    assertThat(limiter.waitBefore("thamdinh", null)).isEmpty();

    fail("bientap", null, 5);
    clock.advance(Duration.ofMinutes(31));
    fail("bientap", null, 1);
    assertThat(limiter.waitBefore("bientap", null))
        .as("one fresh failure after forgetting")
        .isEmpty();
  }
}
