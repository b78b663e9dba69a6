package vn.thidua.portal;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.thidua.portal.campaign.CampaignCalendar;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;

/** Beans as Spring builds them, for unit tests against a WireMock Strapi. */
public final class TestBeans {

  /** 24 November 2026, 10:00 in Vietnam: a week before the plan's deadline of 1 December. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private TestBeans() {}

  /**
   * The properties of a Strapi at {@code url}: one attempt per read, and time for a busy machine
   * (the first answer of a cold WireMock on a loaded CI machine took more than two seconds).
   */
  public static StrapiProperties strapiProperties(URI url) {
    return new StrapiProperties(
        url,
        url,
        "token",
        Duration.ofSeconds(20),
        Duration.ofSeconds(20),
        Duration.ofSeconds(20),
        1,
        Duration.ZERO,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        10);
  }

  public static StrapiClient strapi(URI url) {
    return StrapiClient.create(strapiProperties(url), CLOCK);
  }

  /** The campaign calendar as Spring builds it, reading the plan from {@code strapi}. */
  public static PlanService plans(StrapiClient strapi, Clock clock) {
    try {
      return make(PlanService.class, strapi, new CampaignCalendar(clock), clock);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
