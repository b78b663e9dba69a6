package vn.thidua.portal;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.campaign.CampaignCalendar;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.ReportsProperties;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.uploads.UploadService;
import vn.thidua.portal.uploads.UploadSpool;
import vn.thidua.portal.uploads.UploadsProperties;

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

  /**
   * An indexer nobody answers at (the discard port): for services that reach it only on paths the
   * test does not take, and fail fast when they do.
   */
  public static IndexerClient deadIndexer() {
    return new IndexerClient(
        new IndexerProperties(
            URI.create("http://127.0.0.1:9"), "", Duration.ofMillis(200), Duration.ofMillis(200)));
  }

  /**
   * The client of an indexer at {@code url} (a WireMock playing it), with time for a busy machine.
   */
  public static IndexerClient indexer(URI url) {
    return new IndexerClient(
        new IndexerProperties(url, "key", Duration.ofSeconds(2), Duration.ofSeconds(2)));
  }

  /**
   * The report service and its upload spool as Spring builds them; {@link #close()} stops the spool
   * as Spring does at shutdown.
   */
  public record Reports(ReportService service, UploadService uploads, UploadSpool spool)
      implements AutoCloseable {

    @Override
    public void close() throws Exception {
      destroy(spool);
    }
  }

  /**
   * The report service against {@code strapi} and {@code indexer}, its spool in {@code spoolDir} (a
   * JUnit {@code @TempDir}; files up to 1 MB), the campaign calendar reading the plan from {@code
   * strapi}.
   */
  public static Reports reports(
      StrapiClient strapi, IndexerClient indexer, CurrentUser currentUser, Path spoolDir) {
    return reports(strapi, indexer, currentUser, plans(strapi, CLOCK), spoolDir);
  }

  /** The report service as above, asking {@code plans} for the campaign calendar. */
  public static Reports reports(
      StrapiClient strapi,
      IndexerClient indexer,
      CurrentUser currentUser,
      PlanService plans,
      Path spoolDir) {
    return reports(
        strapi,
        indexer,
        currentUser,
        CLOCK,
        plans,
        uploadsProperties(DataSize.ofMegabytes(1), spoolDir));
  }

  /** The report service and the upload module as Spring builds them, on {@code clock}. */
  public static Reports reports(
      StrapiClient strapi,
      IndexerClient indexer,
      CurrentUser currentUser,
      Clock clock,
      PlanService plans,
      UploadsProperties uploadsProperties) {
    try {
      UploadSpool spool = make(UploadSpool.class, uploadsProperties, strapi, clock);
      UploadService uploads =
          make(UploadService.class, strapi, currentUser, uploadsProperties, spool);
      ReportService service =
          make(
              ReportService.class,
              strapi,
              indexer,
              currentUser,
              clock,
              new ReportsProperties(Duration.ofSeconds(3)),
              uploads,
              plans);
      return new Reports(service, uploads, spool);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Files up to {@code maxFileSize}, spooled in {@code spoolDir}, retried only when a test asks.
   */
  public static UploadsProperties uploadsProperties(DataSize maxFileSize, Path spoolDir) {
    return new UploadsProperties(maxFileSize, spoolDir, Duration.ofHours(1));
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
