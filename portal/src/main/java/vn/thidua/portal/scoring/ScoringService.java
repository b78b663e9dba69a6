package vn.thidua.portal.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * An office's scoring (chấm điểm, issue 12). The office comes from the signed-in account's role
 * (the reviewer is the Culture–Society office, the economy role the Economy office), never from the
 * caller; every write checks on the server that the unit registered the criterion that year, that
 * the criterion is the office's own, that the points are within its maximum, that the evidence is
 * the unit's, and that the office's sheet is not submitted. A submitted sheet changes only after a
 * reopening that records who, when and why.
 */
@Service
public class ScoringService {

  private final ScoringStore store;
  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final PlanService plans;
  private final Clock clock;

  ScoringService(ScoringStore store, CurrentUser currentUser, PlanService plans, Clock clock) {
    this.store = store;
    this.strapi = store.strapi();
    this.currentUser = currentUser;
    this.plans = plans;
    this.clock = clock;
  }

  /** The office whose criteria a role scores; empty for the roles that score nothing. */
  public static Optional<OwningOffice> officeOf(PortalRole role) {
    return switch (role) {
      case REVIEWER -> Optional.of(OwningOffice.VAN_HOA_XA_HOI);
      case ECONOMY -> Optional.of(OwningOffice.KINH_TE);
      default -> Optional.empty();
    };
  }

  /** What the scoring page shows an office for a year. */
  public record Desk(int year, OwningOffice office, ScoreSheet sheet, List<UnitCard> units) {}

  /**
   * A registered unit or person (1.4), with what it registered and the office's scores so far;
   * exactly one of {@code unit} and {@code person} is set.
   */
  public record UnitCard(
      @Nullable Unit unit, @Nullable Person person, @Nullable String awardForm, List<Line> lines) {

    /** The unit's or the person's documentId: what {@link #score} and the evidence take. */
    public String documentId() {
      return unit != null ? unit.documentId() : person == null ? "" : person.documentId();
    }

    /** The unit's name, or the person's with position and unit. */
    public String name() {
      return unit != null ? unit.name() : person == null ? "" : person.label();
    }

    /** The unit's kind; a person is of kind 1.4 ({@link UnitKind#CA_NHAN}). */
    public @Nullable UnitKind kind() {
      return unit != null ? unit.kind() : UnitKind.CA_NHAN;
    }

    /** How many of the office's own criteria of this unit have no score yet. */
    public long unscored() {
      return lines.stream().filter(l -> l.own() && l.score() == null).count();
    }
  }

  /**
   * A criterion the unit registered.
   *
   * @param own whether the signed-in office scores it (the other office's are shown, not editable)
   * @param score the office's score, null when not yet scored or not its own
   */
  public record Line(
      PlanCriterion criterion, @Nullable String target, boolean own, @Nullable ScoreEntry score) {}

  /** The campaign's years, to pick from. */
  public CampaignYears years() {
    requireOffice();
    return plans.years();
  }

  /** The signed-in office's scoring of {@code year}. */
  public Desk desk(int year) {
    OwningOffice office = requireOffice();
    ScoreSheet sheet =
        store
            .sheet(office, year)
            .map(s -> s.toSheet(office, year))
            .orElse(ScoreSheet.open(office, year));
    Map<String, ScoreEntry> scores = new LinkedHashMap<>();
    for (ScoreEntry s : store.scores(year, office)) {
      if (s.criterion() == null) {
        continue;
      }
      if (s.unit() != null) {
        scores.put(key(s.unit().documentId(), s.criterion().documentId()), s);
      } else if (s.person() != null) {
        scores.put(key(s.person().documentId(), s.criterion().documentId()), s);
      }
    }
    List<UnitCard> cards = new ArrayList<>();
    for (Registration r : registered(year).values()) {
      String subject = r.unit() != null ? r.unit().documentId() : r.person().documentId();
      List<Line> lines = new ArrayList<>();
      for (Registration.Commitment c : r.commitments()) {
        PlanCriterion k = c.criterion();
        if (k == null) {
          continue;
        }
        boolean own = k.owningOffice() == office;
        lines.add(
            new Line(k, c.target(), own, own ? scores.get(key(subject, k.documentId())) : null));
      }
      lines.sort(
          Comparator.comparing(
              (Line l) -> l.criterion().code() == null ? "" : l.criterion().code()));
      cards.add(new UnitCard(r.unit(), r.person(), r.awardForm(), List.copyOf(lines)));
    }
    cards.sort(
        Comparator.comparing(
                (UnitCard c) -> c.kind() == null ? Integer.MAX_VALUE : c.kind().ordinal())
            .thenComparing(UnitCard::name));
    return new Desk(year, office, sheet, List.copyOf(cards));
  }

  /** What the office may name as evidence for a registered unit's score. */
  public EvidenceChoices evidenceChoices(int year, String unitDocumentId) {
    requireOffice();
    requireRegistration(year, unitDocumentId);
    return choices(year, unitDocumentId);
  }

  /**
   * Scores one criterion the unit registered, or changes the score.
   *
   * @throws ScoringException when a rule refuses it (message key for the office)
   * @throws AccessDeniedException when the user is not an office that scores
   */
  public ScoreEntry score(
      int year, String unitDocumentId, String criterionDocumentId, ScoreInput input) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ECONOMY);
    OwningOffice office = officeOf(user.role()).orElseThrow();
    Optional<SheetEntry> stored = store.sheet(office, year);
    ScoreSheet sheet =
        stored.map(s -> s.toSheet(office, year)).orElse(ScoreSheet.open(office, year));
    Registration registration = requireRegistration(year, unitDocumentId);
    // The subject is a unit or a person (1.4): the score points at whichever registered.
    String subjectField = registration.unit() != null ? "unit" : "person";
    PlanCriterion criterion =
        registration.commitments().stream()
            .map(Registration.Commitment::criterion)
            .filter(c -> c != null && c.documentId().equals(criterionDocumentId))
            .findFirst()
            .orElseThrow(() -> new ScoringException("scoring.error.not-registered"));
    sheet.requireScorable(criterion.owningOffice(), criterion.maxScore(), input.points());
    List<Map<String, Object>> evidence = input.checkedEvidence(choices(year, unitDocumentId));

    String sheetId = stored.map(SheetEntry::documentId).orElseGet(() -> createSheet(office, year));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("points", input.points());
    data.put("comment", input.cleanComment() == null ? "" : input.cleanComment());
    data.put("evidence", evidence);
    data.put("scoredBy", user.username());
    data.put("scoredAt", clock.instant().toString());
    Optional<ScoreEntry> existing =
        strapi
            .find(
                ScoringStore.SCORES,
                StrapiQuery.create()
                    .eq("sheet.documentId", sheetId)
                    .eq(subjectField + ".documentId", unitDocumentId)
                    .eq("criterion.documentId", criterionDocumentId)
                    .sortAsc("id")
                    .page(1, 1))
            .data()
            .stream()
            .findFirst();
    String documentId;
    if (existing.isPresent()) {
      documentId = existing.get().documentId();
      strapi.update(ScoringStore.SCORES, documentId, data, Publication.PUBLISHED);
    } else {
      data.put("sheet", sheetId);
      data.put(subjectField, unitDocumentId);
      data.put("criterion", criterionDocumentId);
      data.put("year", year);
      documentId = strapi.create(ScoringStore.SCORES, data, Publication.PUBLISHED).documentId();
    }
    return strapi.findOne(
        ScoringStore.SCORES,
        documentId,
        StrapiQuery.create()
            .populate("sheet", "unit", "person", "criterion", "evidence.initiative"));
  }

  /** The office submits its sheet of {@code year}: its scores count and are frozen. */
  public ScoreSheet submit(int year) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ECONOMY);
    OwningOffice office = officeOf(user.role()).orElseThrow();
    Optional<SheetEntry> stored = store.sheet(office, year);
    ScoreSheet next =
        stored
            .map(s -> s.toSheet(office, year))
            .orElse(ScoreSheet.open(office, year))
            .submit(user.username(), clock.instant());
    String id = stored.map(SheetEntry::documentId).orElseGet(() -> createSheet(office, year));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("status", next.status().apiValue());
    data.put("submittedAt", next.submittedAt().toString());
    data.put("submittedBy", next.submittedBy());
    strapi.update(ScoringStore.SHEETS, id, data, Publication.PUBLISHED);
    return next;
  }

  /**
   * Reopens the office's submitted sheet, recording who, when and why; editable again until it is
   * submitted again.
   */
  public ScoreSheet reopen(int year, String reason) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ECONOMY);
    OwningOffice office = officeOf(user.role()).orElseThrow();
    SheetEntry stored =
        store
            .sheet(office, year)
            .orElseThrow(() -> new ScoringException("scoring.error.not-submitted"));
    if (reason.strip().length() > ScoreInput.MAX_COMMENT) {
      throw new ScoringException("scoring.error.comment-long");
    }
    ScoreSheet next = stored.toSheet(office, year).reopen(user.username(), reason, clock.instant());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("status", next.status().apiValue());
    // Strapi replaces a repeatable component whole: the earlier reopenings are sent again.
    data.put(
        "reopenings",
        next.reopenings().stream()
            .map(r -> Map.of("at", r.at().toString(), "actor", r.actor(), "reason", r.reason()))
            .toList());
    strapi.update(ScoringStore.SHEETS, stored.documentId(), data, Publication.PUBLISHED);
    return next;
  }

  private String createSheet(OwningOffice office, int year) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("office", office.apiValue());
    data.put("year", year);
    data.put("status", SheetStatus.OPEN.apiValue());
    return strapi.create(ScoringStore.SHEETS, data, Publication.PUBLISHED).documentId();
  }

  /** The submitted registrations of a year: units' by unit, then persons' by person. */
  private Map<String, Registration> registered(int year) {
    List<Registration> submitted = store.submitted(year);
    Map<String, Registration> out = new LinkedHashMap<>(ScoringStore.byUnit(submitted));
    out.putAll(ScoringStore.byPerson(submitted));
    return out;
  }

  private Registration requireRegistration(int year, String unitDocumentId) {
    Registration r = registered(year).get(unitDocumentId);
    if (r == null) {
      throw new ScoringException("scoring.error.not-registered");
    }
    return r;
  }

  /** A unit's report files and initiatives; a person (1.4) has none to offer. */
  private EvidenceChoices choices(int year, String unitDocumentId) {
    if (registered(year).get(unitDocumentId) instanceof Registration r && r.unit() == null) {
      return new EvidenceChoices(List.of(), List.of());
    }
    List<EvidenceChoices.FileChoice> files = new ArrayList<>();
    for (Report report :
        store.all(
            ContentType.REPORTS,
            StrapiQuery.create()
                .eq("unit.documentId", unitDocumentId)
                .eq("year", year)
                .populate("files"))) {
      String title = report.title() == null ? "" : report.title();
      report
          .files()
          .forEach(f -> files.add(new EvidenceChoices.FileChoice(f.id(), f.name(), title)));
    }
    List<EvidenceChoices.InitiativeChoice> initiatives = new ArrayList<>();
    for (Initiative i :
        store.all(
            ContentType.INITIATIVES,
            StrapiQuery.create().draft().eq("unit.documentId", unitDocumentId))) {
      initiatives.add(new EvidenceChoices.InitiativeChoice(i.documentId(), i.title()));
    }
    return new EvidenceChoices(files, initiatives);
  }

  private OwningOffice requireOffice() {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ECONOMY);
    return officeOf(user.role()).orElseThrow();
  }

  private static String key(String unit, String criterion) {
    return unit + "|" + criterion;
  }
}
