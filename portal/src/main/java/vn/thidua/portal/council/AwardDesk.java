package vn.thidua.portal.council;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;

/** Award proposals and decisions, for the council (and administrators). */
@Service
public class AwardDesk {

  private static final String[] POPULATE = {"recipientUnit", "initiatives", "reports"};

  private final StrapiClient strapi;
  private final ReportService reports;
  private final CurrentUser currentUser;

  AwardDesk(StrapiClient strapi, ReportService reports, CurrentUser currentUser) {
    this.strapi = strapi;
    this.reports = reports;
    this.currentUser = currentUser;
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

  /** A proposal: for a unit or a person, a form of the stage, with the reason and evidence. */
  public record Proposal(
      @Nullable String unitDocumentId,
      @Nullable String person,
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

  /** The forms of award the plan sets for a stage (III.2). */
  public List<String> forms(Stage stage) {
    requireCouncil();
    return strapi
        .find(ContentType.CAMPAIGNS, StrapiQuery.create().populate("awardForms").page(1, 1))
        .data()
        .stream()
        .findFirst()
        .map(Campaign::awardForms)
        .orElse(List.of())
        .stream()
        .filter(f -> f.stage() == null || f.stage() == stage)
        .map(Campaign.AwardForm::name)
        .toList();
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
    if ((p.unitDocumentId() == null) == (p.person() == null || p.person().isBlank())) {
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
      data.put("recipientPerson", p.person());
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
