package vn.thidua.indexer.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/** Comparison of secrets in constant time. */
public final class Secrets {

  private Secrets() {}

  /** True when both are set and equal; the time taken does not depend on where they differ. */
  public static boolean matches(@Nullable String presented, String expected) {
    if (presented == null || expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
