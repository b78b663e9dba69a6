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
import vn.thidua.portal.meeting.CandidateSource;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Totals, ranking and eligibility of a year (issue 12), for both offices, the council and the
 * administrators: the one ranking of the portal. The ranking view reads {@link #standing(int)}, and
 * the council's proposals start from the same lines through {@link CandidateSource}.
 *
 * <p>Only the scores of a submitted sheet count: while an office scores, or after it reopened its
 * sheet, its scores are work in progress and the ranking shows the sheet's status instead. A
 * subject's total is the sum over both offices; the highest total it can reach is the sum of the
 * maximum scores of every criterion of its kind (a person is of kind {@link UnitKind#CA_NHAN}), and
 * it is eligible for a proposal when its total reaches the threshold (a share of that maximum) set
 * in Strapi's site setting. The subjects are the units and persons registered in the year, and any
 * other one a submitted sheet scored (its scores still count).
 */
@Service
public class RankingService implements CandidateSource {

  private static final String UNIT = "unit:";
  private static final String PERSON = "person:";

  private final ScoringStore store;
  private final CurrentUser currentUser;
  private final PlanService plans;

  RankingService(ScoringStore store, CurrentUser currentUser, PlanService plans) {
    this.store = store;
    this.currentUser = currentUser;
    this.plans = plans;
  }

  /**
   * A unit's or a person's line in the ranking of its kind.
   *
   * @param unitDocumentId set for a unit
   * @param personDocumentId set for a person
   * @param total the points of the submitted sheets, both offices together
   * @param maxTotal the highest total a subject of its kind can reach
   * @param rank 1 for the best; equal totals share a rank and the next one skips (1, 1, 3)
   * @param byOffice each office's part of the total (submitted sheets only)
   */
  public record RankedSubject(
      @Nullable String unitDocumentId,
      @Nullable String personDocumentId,
      String name,
      UnitKind kind,
      double total,
      double maxTotal,
      int rank,
      boolean eligible,
      Map<OwningOffice, Double> byOffice) {

    public RankedSubject {
      byOffice = Map.copyOf(byOffice);
    }

    /** The line as the council reads it. */
    Candidate candidate() {
      return new Candidate(
          unitDocumentId, personDocumentId, name, kind, total, maxTotal, rank, eligible);
    }
  }

  /**
   * The whole year: the threshold, each office's sheet status (an office with no sheet yet is
   * {@link SheetStatus#OPEN}) and the ranking of each kind, in the plan's order of kinds.
   */
  public record Standing(
      int year,
      double thresholdPercent,
      Map<OwningOffice, SheetStatus> sheets,
      Map<UnitKind, List<RankedSubject>> byKind) {

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

  /** The ranking of the units (or persons) of {@code kind} of {@code year}, best first. */
  public List<RankedSubject> ranking(int year, UnitKind kind) {
    return standing(year).byKind().getOrDefault(kind, List.of());
  }

  /** The council's candidates: every line of {@link #standing(int)}, kind by kind. */
  @Override
  public List<Candidate> candidates(int year) {
    return standing(year).byKind().values().stream()
        .flatMap(List::stream)
        .map(RankedSubject::candidate)
        .toList();
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
    List<Registration> registrations = store.submitted(year);
    Map<String, Ranking.Subject> subjects = new LinkedHashMap<>();
    ScoringStore.byUnit(registrations)
        .values()
        .forEach(r -> subjects.put(UNIT + r.unit().documentId(), subject(r.unit())));
    ScoringStore.byPerson(registrations)
        .values()
        .forEach(r -> subjects.put(PERSON + r.person().documentId(), subject(r.person())));
    List<Ranking.Score> scores = new ArrayList<>();
    Map<String, Map<OwningOffice, Double>> byOffice = new LinkedHashMap<>();
    for (ScoreEntry s : store.scoresOfSheets(year, submitted)) {
      if (s.criterion() == null || s.points() == null) {
        continue;
      }
      String id;
      if (s.unit() != null) {
        id = UNIT + s.unit().documentId();
        subjects.putIfAbsent(id, subject(s.unit()));
      } else if (s.person() != null) {
        id = PERSON + s.person().documentId();
        subjects.putIfAbsent(id, subject(s.person()));
      } else {
        continue;
      }
      scores.add(new Ranking.Score(id, s.criterion().documentId(), s.points()));
      OwningOffice office = s.sheet() == null ? null : s.sheet().office();
      if (office != null) {
        byOffice
            .computeIfAbsent(id, k -> new EnumMap<>(OwningOffice.class))
            .merge(office, s.points(), Double::sum);
      }
    }
    Eligibility eligibility = store.eligibility();
    Map<@Nullable UnitKind, List<Ranking.Line>> ranked =
        Ranking.rank(
            List.copyOf(subjects.values()), scores, maxTotalByKind(store.criteria()), eligibility);
    Map<UnitKind, List<RankedSubject>> byKind = new LinkedHashMap<>();
    for (UnitKind kind : UnitKind.values()) {
      List<Ranking.Line> lines = ranked.get(kind);
      if (lines == null) {
        continue;
      }
      byKind.put(
          kind,
          lines.stream()
              .map(
                  l -> {
                    String id = l.subject().id();
                    String documentId = id.substring(id.indexOf(':') + 1);
                    boolean unit = id.startsWith(UNIT);
                    return new RankedSubject(
                        unit ? documentId : null,
                        unit ? null : documentId,
                        l.subject().name(),
                        kind,
                        l.total(),
                        l.maxTotal(),
                        l.rank(),
                        l.eligible(),
                        byOffice.getOrDefault(id, Map.of()));
                  })
              .toList());
    }
    return new Standing(year, eligibility.thresholdPercent(), sheets, byKind);
  }

  private static Ranking.Subject subject(Unit unit) {
    return new Ranking.Subject(UNIT + unit.documentId(), unit.name(), unit.kind());
  }

  private static Ranking.Subject subject(Person person) {
    return new Ranking.Subject(PERSON + person.documentId(), person.fullName(), UnitKind.CA_NHAN);
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
