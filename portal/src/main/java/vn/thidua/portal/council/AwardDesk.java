package vn.thidua.portal.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;

/** Award proposals and decisions, for the council (and administrators). */
@Service
public class AwardDesk {

  private static final String[] POPULATE = {
    "recipientUnit", "recipient", "recipient.unit", "initiatives", "reports"
  };

  private final StrapiClient strapi;
  private final ReportService reports;
  private final CurrentUser currentUser;
  private final Clock clock;

  AwardDesk(StrapiClient strapi, ReportService reports, CurrentUser currentUser, Clock clock) {
    this.strapi = strapi;
    this.reports = reports;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** What can back a proposal for a unit: its initiatives and its reports of the stage's years. */
  public record Evidence(List<Initiative> initiatives, List<Report> reports) {

    boolean hasInitiative(String documentId) {
      return initiatives.stream().anyMatch(i -> i.documentId().equals(documentId));
    }

    boolean hasReport(String documentId) {
      return reports.stream().anyMatch(r -> r.documentId().equals(documentId));
    }
  }

  /**
   * A proposal: for a unit or a person (its {@code documentId}), a form of the stage, with the
   * reason and evidence.
   */
  public record Proposal(
      @Nullable String unitDocumentId,
      @Nullable String personDocumentId,
      Stage stage,
      int year,
      String form,
      String reason,
      List<String> initiativeDocumentIds,
      List<String> reportDocumentIds) {}

  private void requireCouncil() {
    currentUser.require(PortalRole.COUNCIL, PortalRole.ADMIN);
  }

  /** The awards of a stage (all stages when null), proposals and decisions alike. */
  public List<Award> awards(@Nullable Stage stage) {
    requireCouncil();
    StrapiQuery query = StrapiQuery.create().draft().populate(POPULATE).sortDesc("year");
    if (stage != null) {
      query = query.eq("stage", stage);
    }
    return strapi.find(ContentType.AWARDS, query.page(1, StrapiQuery.MAX_PAGE_SIZE)).data();
  }

  /**
   * The forms of award offered for a stage, from Strapi content: the plan's forms of that stage
   * (III.2: the annual awards within authority; the mid-term and final lists), then the forms the
   * stage's existing awards already carry (an annual decision names its own form, e.g. "Giấy khen
   * của Chủ tịch UBND xã"), each once, in that order.
   */
  public List<String> forms(Stage stage) {
    requireCouncil();
    Set<String> out = new LinkedHashSet<>();
    plan().map(Campaign::awardForms).orElse(List.of()).stream()
        .filter(f -> f.stage() == null || f.stage() == stage)
        .sorted(
            Comparator.comparing(
                (Campaign.AwardForm f) -> f.order() == null ? Integer.MAX_VALUE : f.order()))
        .map(Campaign.AwardForm::name)
        .forEach(out::add);
    strapi
        .find(
            ContentType.AWARDS,
            StrapiQuery.create()
                .draft()
                .eq("stage", stage)
                .fields("form")
                .sortAsc("form")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data()
        .stream()
        .map(Award::form)
        .filter(f -> f != null && !f.isBlank())
        .map(String::strip)
        .forEach(out::add);
    return List.copyOf(out);
  }

  /**
   * The year a proposal of {@code stage} is for by default: the review year the plan sets for a
   * mid-term or final review (V: 2027, 2030), and this year for an annual award.
   */
  public int yearOf(Stage stage) {
    requireCouncil();
    int thisYear = LocalDate.now(clock).getYear();
    if (stage == Stage.ANNUAL) {
      return thisYear;
    }
    return plan().map(Campaign::phases).orElse(List.of()).stream()
        .filter(ph -> ph.reviewKind() == stage && ph.reviewYear() != null)
        .map(Campaign.Phase::reviewYear)
        .findFirst()
        .orElse(thisYear);
  }

  private java.util.Optional<Campaign> plan() {
    return strapi
        .find(
            ContentType.CAMPAIGNS, StrapiQuery.create().populate("awardForms", "phases").page(1, 1))
        .data()
        .stream()
        .findFirst();
  }

  /** Units that can be proposed. */
  public List<Unit> units() {
    requireCouncil();
    return strapi
        .find(
            ContentType.UNITS,
            StrapiQuery.create().sortAsc("name").page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** Persons (1.4) that can be proposed, by name. */
  public List<Person> persons() {
    requireCouncil();
    return strapi
        .find(
            ContentType.PEOPLE,
            StrapiQuery.create()
                .populate("unit")
                .sortAsc("fullName")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /**
   * The unit's initiatives and reports a proposal of {@code stage} in {@code year} can cite: those
   * of that year for an annual award, those of the campaign up to that year for a mid-term or final
   * review. Initiatives of every review status are offered (their status shows beside them).
   */
  public Evidence evidenceOf(String unitDocumentId, Stage stage, int year) {
    requireCouncil();
    int from = stage == Stage.ANNUAL ? year : Math.min(year, reports.campaignYears().first());
    List<Initiative> initiatives =
        strapi
            .find(
                ContentType.INITIATIVES,
                StrapiQuery.create()
                    .draft()
                    .eq("unit.documentId", unitDocumentId)
                    .filter("year", "$gte", from)
                    .filter("year", "$lte", year)
                    .populate("unit")
                    .sortDesc("year")
                    .sortAsc("title")
                    .page(1, StrapiQuery.MAX_PAGE_SIZE))
            .data();
    return new Evidence(initiatives, reports.reportsOfUnit(unitDocumentId, from, year));
  }

  /**
   * Records a proposal; a draft, not on the public honours list until decided. The evidence cited
   * must be the recipient unit's own, of the stage's years.
   *
   * @throws IllegalArgumentException when the recipient is missing or doubled, or a piece of
   *     evidence is not the unit's
   */
  public Award propose(Proposal p) {
    requireCouncil();
    if ((p.unitDocumentId() == null)
        == (p.personDocumentId() == null || p.personDocumentId().isBlank())) {
      throw new IllegalArgumentException("An award goes to a unit or to a person");
    }
    boolean cites = !p.initiativeDocumentIds().isEmpty() || !p.reportDocumentIds().isEmpty();
    if (cites) {
      if (p.unitDocumentId() == null) {
        throw new IllegalArgumentException("Only a unit's proposal cites its evidence");
      }
      Evidence allowed = evidenceOf(p.unitDocumentId(), p.stage(), p.year());
      for (String id : p.initiativeDocumentIds()) {
        if (!allowed.hasInitiative(id)) {
          throw new IllegalArgumentException("Initiative " + id + " is not the unit's evidence");
        }
      }
      for (String id : p.reportDocumentIds()) {
        if (!allowed.hasReport(id)) {
          throw new IllegalArgumentException("Report " + id + " is not the unit's evidence");
        }
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    if (p.unitDocumentId() != null) {
      data.put("recipientUnit", p.unitDocumentId());
    } else {
      // The person must exist (a StrapiNotFoundException otherwise); the public honours list
      // prints the naming kept beside the relation, since persons are not public.
      Person person =
          strapi.findOne(
              ContentType.PEOPLE, p.personDocumentId(), StrapiQuery.create().populate("unit"));
      data.put("recipient", person.documentId());
      data.put("recipientPerson", person.label());
    }
    data.put("stage", p.stage().apiValue());
    data.put("year", p.year());
    data.put("form", p.form());
    data.put("reason", p.reason());
    data.put("decisionStatus", AwardStatus.PROPOSED.apiValue());
    data.put("initiatives", p.initiativeDocumentIds());
    data.put("reports", p.reportDocumentIds());
    return strapi.create(ContentType.AWARDS, data, Publication.DRAFT);
  }

  /**
   * Records the council's decision and publishes the award, so the public honours list shows it.
   */
  public Award decide(
      String documentId, String decisionNumber, LocalDate decisionDate, String form) {
    requireCouncil();
    if (decisionNumber.isBlank()) {
      throw new IllegalArgumentException("A decision has a number");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("decisionStatus", AwardStatus.DECIDED.apiValue());
    data.put("decisionNumber", decisionNumber.strip());
    data.put("decisionDate", decisionDate.toString());
    data.put("form", form);
    Award award = strapi.update(ContentType.AWARDS, documentId, data, Publication.PUBLISHED);
    strapi.evictPublicCache();
    return award;
  }
}
