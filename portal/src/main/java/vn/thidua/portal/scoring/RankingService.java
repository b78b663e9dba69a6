package vn.thidua.portal.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Totals, ranking and eligibility of a year (issue 12), for both offices, the council and the
 * administrators; the council's proposals start from {@link #ranking(int, UnitKind)}.
 *
 * <p>Only the scores of a submitted sheet count: while an office scores, or after it reopened its
 * sheet, its scores are work in progress and the ranking shows the sheet's status instead. A unit's
 * total is the sum over both offices; the highest total a unit can reach is the sum of the maximum
 * scores of every criterion of its kind, and it is eligible for a proposal when its total reaches
 * the threshold (a share of that maximum) set in Strapi's site setting.
 */
@Service
public class RankingService {

  private final ScoringStore store;
  private final CurrentUser currentUser;
  private final PlanService plans;

  RankingService(ScoringStore store, CurrentUser currentUser, PlanService plans) {
    this.store = store;
    this.currentUser = currentUser;
    this.plans = plans;
  }

  /**
   * A registered unit's line in the ranking of its kind.
   *
   * @param total the points of the submitted sheets, both offices together
   * @param maxTotal the highest total a unit of its kind can reach
   * @param rank 1 for the best; equal totals share a rank and the next one skips (1, 1, 3)
   * @param byOffice each office's part of the total (submitted sheets only)
   */
  public record RankedUnit(
      String unitDocumentId,
      String unitName,
      UnitKind kind,
      double total,
      double maxTotal,
      int rank,
      boolean eligible,
      Map<OwningOffice, Double> byOffice) {

    public RankedUnit {
      byOffice = Map.copyOf(byOffice);
    }
  }

  /**
   * The whole year: the threshold, each office's sheet status (an office with no sheet yet is
   * {@link SheetStatus#OPEN}) and the ranking of each kind of unit, in the plan's order of kinds.
   */
  public record Standing(
      int year,
      double thresholdPercent,
      Map<OwningOffice, SheetStatus> sheets,
      Map<UnitKind, List<RankedUnit>> byKind) {

    public Standing {
      sheets = Map.copyOf(sheets);
      byKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    }

    /** Whether every office has submitted, so the totals are final. */
    public boolean complete() {
      return sheets.values().stream().allMatch(s -> s == SheetStatus.SUBMITTED);
    }
  }

  /** The campaign's years, to pick from. */
  public CampaignYears years() {
    requireReader();
    return plans.years();
  }

  /** The ranking of the units of {@code kind} registered in {@code year}, best first. */
  public List<RankedUnit> ranking(int year, UnitKind kind) {
    return standing(year).byKind().getOrDefault(kind, List.of());
  }

  /** The totals, rankings and eligibility of {@code year}. */
  public Standing standing(int year) {
    requireReader();
    Map<OwningOffice, SheetStatus> sheets = new EnumMap<>(OwningOffice.class);
    for (OwningOffice office : OwningOffice.values()) {
      sheets.put(office, SheetStatus.OPEN);
    }
    List<String> submitted = new ArrayList<>();
    for (SheetEntry sheet : store.sheets(year)) {
      if (sheet.office() != null && sheet.status() != null) {
        sheets.put(sheet.office(), sheet.status());
        if (sheet.status() == SheetStatus.SUBMITTED) {
          submitted.add(sheet.documentId());
        }
      }
    }
    Map<String, Registration> registered = store.registered(year);
    List<Ranking.Subject> subjects = new ArrayList<>();
    registered
        .values()
        .forEach(
            r ->
                subjects.add(
                    new Ranking.Subject(r.unit().documentId(), r.unit().name(), r.unit().kind())));
    List<Ranking.Score> scores = new ArrayList<>();
    Map<String, Map<OwningOffice, Double>> byOffice = new LinkedHashMap<>();
    for (ScoreEntry s : store.scoresOfSheets(year, submitted)) {
      if (s.unit() == null || s.criterion() == null || s.points() == null) {
        continue;
      }
      scores.add(new Ranking.Score(s.unit().documentId(), s.criterion().documentId(), s.points()));
      OwningOffice office = s.sheet() == null ? null : s.sheet().office();
      if (office != null) {
        byOffice
            .computeIfAbsent(s.unit().documentId(), k -> new EnumMap<>(OwningOffice.class))
            .merge(office, s.points(), Double::sum);
      }
    }
    Eligibility eligibility = store.eligibility();
    Map<@Nullable UnitKind, List<Ranking.Line>> ranked =
        Ranking.rank(subjects, scores, maxTotalByKind(store.criteria()), eligibility);
    Map<UnitKind, List<RankedUnit>> byKind = new LinkedHashMap<>();
    for (UnitKind kind : UnitKind.values()) {
      List<Ranking.Line> lines = ranked.get(kind);
      if (lines == null) {
        continue;
      }
      byKind.put(
          kind,
          lines.stream()
              .map(
                  l ->
                      new RankedUnit(
                          l.subject().id(),
                          l.subject().name(),
                          kind,
                          l.total(),
                          l.maxTotal(),
                          l.rank(),
                          l.eligible(),
                          byOffice.getOrDefault(l.subject().id(), Map.of())))
              .toList());
    }
    return new Standing(year, eligibility.thresholdPercent(), sheets, byKind);
  }

  /** The highest total of each kind: the sum of its criteria's maximum scores. */
  static Map<UnitKind, Double> maxTotalByKind(List<PlanCriterion> criteria) {
    Map<UnitKind, Double> out = new EnumMap<>(UnitKind.class);
    for (PlanCriterion c : criteria) {
      if (c.unitKind() != null && c.maxScore() != null) {
        out.merge(c.unitKind(), c.maxScore(), Double::sum);
      }
    }
    return out;
  }

  private void requireReader() {
    currentUser.require(
        PortalRole.REVIEWER, PortalRole.ECONOMY, PortalRole.COUNCIL, PortalRole.ADMIN);
  }
}
