package vn.thidua.portal.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.portal.awards.AwardService;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.facts.RollUp;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Counts for the progress page. Reports are not public content, so they are counted with the
 * portal's token and only the counts leave this class; they are kept for a minute (and served,
 * marked stale, while Strapi is down).
 */
@Service
public class ProgressService {

  private static final Logger log = LoggerFactory.getLogger(ProgressService.class);
  private static final Duration FRESH_FOR = Duration.ofMinutes(1);
  private static final int MAX_PAGES = 50;

  /**
   * The figures.
   *
   * @param reports per year, per kind of unit, reports received (any status)
   * @param initiatives per field, published initiatives
   * @param awards per stage, decided awards
   */
  public record Figures(
      Map<Integer, Map<UnitKind, Long>> reports,
      Map<InitiativeField, Long> initiatives,
      Map<Stage, Long> awards) {}

  private final StrapiClient strapi;
  private final AwardService awards;
  private final FactsService facts;
  private final Clock clock;
  private volatile @Nullable Cached<Map<Integer, Map<UnitKind, Long>>> reportCounts;
  // One reader recounts at a time; the others keep the last counts meanwhile.
  private final ReentrantLock recounting = new ReentrantLock();

  ProgressService(StrapiClient strapi, AwardService awards, FactsService facts, Clock clock) {
    this.strapi = strapi;
    this.awards = awards;
    this.facts = facts;
    this.clock = clock;
  }

  /** The movement's confirmed figures beside the registered targets (facts of accepted reports). */
  public Cached<RollUp> rollUp() {
    return facts.publicRollUp();
  }

  /** One unit's confirmed figures beside its targets. */
  public Cached<RollUp> rollUpOf(String unitDocumentId) {
    return facts.publicRollUp().map(all -> all.ofUnit(unitDocumentId));
  }

  /** The figures; stale when any part comes from the cache while Strapi is down. */
  public Cached<Figures> figures() {
    Cached<Map<Integer, Map<UnitKind, Long>>> reports = reports();
    Cached<Map<InitiativeField, Long>> initiatives = initiatives();
    Cached<List<Award>> decided = awards.decided();
    Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      byStage.put(s, 0L);
    }
    decided.value().stream()
        .filter(a -> a.stage() != null)
        .forEach(a -> byStage.merge(a.stage(), 1L, Long::sum));
    boolean stale = reports.stale() || initiatives.stale() || decided.stale();
    Instant oldest =
        List.of(reports.fetchedAt(), initiatives.fetchedAt(), decided.fetchedAt()).stream()
            .min(Instant::compareTo)
            .orElseThrow();
    return new Cached<>(new Figures(reports.value(), initiatives.value(), byStage), stale, oldest);
  }

  private Cached<Map<Integer, Map<UnitKind, Long>>> reports() {
    Instant now = clock.instant();
    Cached<Map<Integer, Map<UnitKind, Long>>> last = reportCounts;
    if (last != null && now.isBefore(last.fetchedAt().plus(FRESH_FOR))) {
      return last;
    }
    if (last != null && !recounting.tryLock()) {
      return last;
    }
    if (last == null) {
      recounting.lock();
    }
    try {
      List<Report> all = new ArrayList<>();
      StrapiQuery query =
          StrapiQuery.create().fields("year", "status").populate("unit").sortAsc("year");
      int pages = 1;
      for (int p = 1; p <= pages && p <= MAX_PAGES; p++) {
        StrapiPage<Report> page =
            strapi.find(ContentType.REPORTS, query.page(p, StrapiQuery.MAX_PAGE_SIZE));
        all.addAll(page.data());
        pages = page.pagination().pageCount();
      }
      Cached<Map<Integer, Map<UnitKind, Long>>> fresh = new Cached<>(count(all), false, now);
      reportCounts = fresh;
      return fresh;
    } catch (StrapiException e) {
      if (last != null) {
        log.warn("Report counts from {}: {}", last.fetchedAt(), e.getMessage());
        return new Cached<>(last.value(), true, last.fetchedAt());
      }
      throw e;
    } finally {
      recounting.unlock();
    }
  }

  /** Reports per year and kind of unit; every kind appears in every year, with 0 if none. */
  static Map<Integer, Map<UnitKind, Long>> count(List<Report> reports) {
    Map<Integer, Map<UnitKind, Long>> byYear = new TreeMap<>();
    for (Report r : reports) {
      if (r.year() == null || r.unit() == null || r.unit().kind() == null) {
        continue;
      }
      byYear
          .computeIfAbsent(
              r.year(),
              y -> {
                Map<UnitKind, Long> kinds = new EnumMap<>(UnitKind.class);
                for (UnitKind k : UnitKind.values()) {
                  kinds.put(k, 0L);
                }
                return kinds;
              })
          .merge(r.unit().kind(), 1L, Long::sum);
    }
    return byYear;
  }

  private Cached<Map<InitiativeField, Long>> initiatives() {
    StrapiQuery query = StrapiQuery.create().fields("field");
    Cached<StrapiPage<Initiative>> first =
        strapi.findPublic(ContentType.INITIATIVES, query.page(1, StrapiQuery.MAX_PAGE_SIZE));
    List<Initiative> all = new ArrayList<>(first.value().data());
    boolean stale = first.stale();
    for (int p = 2; p <= Math.min(first.value().pagination().pageCount(), MAX_PAGES); p++) {
      Cached<StrapiPage<Initiative>> next =
          strapi.findPublic(ContentType.INITIATIVES, query.page(p, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(next.value().data());
      stale |= next.stale();
    }
    Map<InitiativeField, Long> byField = new EnumMap<>(InitiativeField.class);
    for (InitiativeField f : InitiativeField.values()) {
      byField.put(f, 0L);
    }
    all.stream()
        .filter(i -> i.field() != null)
        .forEach(i -> byField.merge(i.field(), 1L, Long::sum));
    return new Cached<>(byField, stale, first.fetchedAt());
  }
}
