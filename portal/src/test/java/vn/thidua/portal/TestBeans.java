package vn.thidua.portal;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;

/** Beans as Spring builds them, for unit tests against a WireMock Strapi. */
public final class TestBeans {

  /** 24 November 2026, 10:00 in Vietnam: a week before the plan's deadline of 1 December. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private TestBeans() {}

  /** The properties of a Strapi at {@code url}: short timeouts, one attempt per read. */
  public static StrapiProperties strapiProperties(URI url) {
    return new StrapiProperties(
        url,
        url,
        "token",
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        1,
        Duration.ZERO,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        10);
  }

  public static StrapiClient strapi(URI url) {
    return StrapiClient.create(strapiProperties(url), CLOCK);
  }

  /** Runs a bean's {@code @PreDestroy} methods, as Spring does at shutdown. */
  public static void destroy(Object bean) throws Exception {
    for (var method : bean.getClass().getDeclaredMethods()) {
      if (method.isAnnotationPresent(jakarta.annotation.PreDestroy.class)) {
        method.setAccessible(true);
        method.invoke(bean);
      }
    }
  }

  /** Beans have package-private constructors (package-private by default): built as Spring does. */
  public static <T> T make(Class<T> type, Object... args) throws Exception {
    Constructor<?> c = type.getDeclaredConstructors()[0];
    c.setAccessible(true);
    return type.cast(c.newInstance(args));
  }
}
