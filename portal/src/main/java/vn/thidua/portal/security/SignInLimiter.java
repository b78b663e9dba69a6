package vn.thidua.portal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per browser address, and makes a caller wait, with a
 * wait that doubles, once one of them has failed more than a few times. Successful sign-ins are not
 * counted (twenty staff signing in before a deadline lock nobody out), and a success forgets the
 * failures of that name. Counts live in memory, bounded, and expire on their own.
 */
@Component
public class SignInLimiter {

  /** Failures of one key, and when the last one happened. */
  private record Failures(int count, Instant last) {}

  private final SignInLimits limits;
  private final Clock clock;
  private final Cache<String, Failures> byName;
  private final Cache<String, Failures> byAddress;

  SignInLimiter(SignInLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.byName = cache(limits, clock);
    this.byAddress = cache(limits, clock);
  }

  private static Cache<String, Failures> cache(SignInLimits limits, Clock clock) {
    return Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterWrite(limits.forgetAfter())
        .ticker(() -> clock.millis() * 1_000_000L)
        .build();
  }

  /**
   * How long this attempt must wait before it may be tried, or empty when it may go ahead now.
   *
   * @param address the browser's address, null when unknown
   */
  public Optional<Duration> waitBefore(String name, @Nullable String address) {
    Duration wait = waitOf(byName.getIfPresent(key(name)), limits.freeFailuresPerName());
    if (address != null) {
      Duration forAddress =
          waitOf(byAddress.getIfPresent(address), limits.freeFailuresPerAddress());
      if (forAddress.compareTo(wait) > 0) {
        wait = forAddress;
      }
    }
    return wait.isPositive() ? Optional.of(wait) : Optional.empty();
  }

  /** A wrong name or password. */
  public void failed(String name, @Nullable String address) {
    Instant now = clock.instant();
    byName.asMap().merge(key(name), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
    if (address != null) {
      byAddress
          .asMap()
          .merge(address, new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
    }
  }

  /** A successful sign-in forgets the name's failures (not the address's: others may share it). */
  public void succeeded(String name) {
    byName.invalidate(key(name));
  }

  private Duration waitOf(@Nullable Failures failures, int free) {
    if (failures == null || failures.count < free) {
      return Duration.ZERO;
    }
    int over = Math.min(failures.count - free, 20);
    Duration wait = limits.firstWait().multipliedBy(1L << over);
    if (wait.compareTo(limits.longestWait()) > 0) {
      wait = limits.longestWait();
    }
    Duration left = Duration.between(clock.instant(), failures.last.plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
