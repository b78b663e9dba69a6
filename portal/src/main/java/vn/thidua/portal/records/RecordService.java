package vn.thidua.portal.records;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.facts.RollUp;
import vn.thidua.portal.records.RecordAssembly.InitiativeRow;
import vn.thidua.portal.records.RecordAssembly.RegistrationRow;
import vn.thidua.portal.records.RecordAssembly.ScoreRow;
import vn.thidua.portal.records.RecordAssembly.Sources;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Unit;

/**
 * A unit's achievement record (hồ sơ thành tích), for staff and for the public (issue 12).
 *
 * <p>Staff — reviewer, Economy office, council, administrators — read any unit's whole record; a
 * unit reads its own and no other (so it never sees another unit's scores, before or after the
 * decision). The public record is read with the portal's token, because reports are never public,
 * and then cut down by {@link RecordAssembly#publicPart}; Strapi is asked for accepted reports,
 * published initiatives and stories and decided awards only, and the assembly checks again.
 */
@Service
public class RecordService {

  static final ContentType<RegistrationRow> REGISTRATIONS =
      new ContentType<>("registrations", "api::registration.registration", RegistrationRow.class);
  static final ContentType<ScoreRow> SCORES =
      new ContentType<>("scores", "api::score.score", ScoreRow.class);
  static final ContentType<InitiativeRow> INITIATIVES =
      new ContentType<>("initiatives", "api::initiative.initiative", InitiativeRow.class);

  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final PlanService plans;
  private final FactsService facts;

  RecordService(
      StrapiClient strapi, CurrentUser currentUser, PlanService plans, FactsService facts) {
    this.strapi = strapi;
    this.currentUser = currentUser;
    this.plans = plans;
    this.facts = facts;
  }

  /** The unit's confirmed figures beside its targets, as the public sees them. */
  public Cached<RollUp> publicFigures(String unitDocumentId) {
    return facts.publicRollUp().map(all -> all.ofUnit(unitDocumentId));
  }

  /** The units a signed-in reader may open: every unit for staff, its own for a unit. */
  public List<Unit> units() {
    PortalUser user = requireReader();
    if (user.role() == PortalRole.UNIT) {
      String own = user.unitDocumentId();
      return own == null ? List.of() : List.of(unit(own));
    }
    return all(ContentType.UNITS, StrapiQuery.create().sortAsc("name"));
  }

  /** The whole record of a unit, for staff or the unit itself. */
  public AchievementRecord staffRecord(String unitDocumentId) {
    PortalUser user = requireReader();
    if (user.role() == PortalRole.UNIT && !unitDocumentId.equals(user.unitDocumentId())) {
      throw new AccessDeniedException("A unit reads its own record only");
    }
    Unit unit = unit(unitDocumentId);
    return RecordAssembly.staff(unit, plans.years().all(), sources(unit, true));
  }

  /** The public record of the unit with {@code slug}; empty when there is no such unit. */
  public Optional<AchievementRecord> publicRecord(String slug) {
    Optional<Unit> unit =
        strapi.findBySlugPublic(ContentType.UNITS, slug, StrapiQuery.create()).value();
    return unit.map(u -> RecordAssembly.publicPart(u, plans.years().all(), sources(u, false)));
  }

  /** The persons (1.4) whose records staff may open; none for a unit. */
  public List<Person> persons() {
    PortalUser user = requireReader();
    if (user.role() == PortalRole.UNIT) {
      return List.of();
    }
    return all(ContentType.PEOPLE, StrapiQuery.create().populate("unit").sortAsc("fullName"));
  }

  /**
   * A person's whole record (registrations, scores, awards), for staff; a unit is refused (deny by
   * default: a person's scores are the offices' and the council's).
   */
  public AchievementRecord staffPersonRecord(String personDocumentId) {
    PortalUser user = requireReader();
    if (user.role() == PortalRole.UNIT) {
      throw new AccessDeniedException("A unit reads its own record only");
    }
    Person person = person(personDocumentId);
    String id = person.documentId();
    Sources sources =
        new Sources(
            all(REGISTRATIONS, StrapiQuery.create().eq("person.documentId", id)),
            List.of(),
            all(
                SCORES,
                StrapiQuery.create().eq("person.documentId", id).populate("criterion", "sheet")),
            List.of(),
            List.of(),
            all(ContentType.AWARDS, StrapiQuery.create().eq("recipient.documentId", id)));
    return RecordAssembly.staff(person, plans.years().all(), sources);
  }

  /**
   * A person's public record: their decided awards. Persons are not public, so the person is read
   * with the portal's token, and the page exists only once an award of theirs is decided (a
   * registered or proposed person stays private): empty otherwise, as for an unknown id.
   */
  public Optional<AchievementRecord> publicPersonRecord(String personDocumentId) {
    if (!personDocumentId.matches("[A-Za-z0-9]{1,64}")) {
      return Optional.empty();
    }
    List<Award> decided =
        all(
            ContentType.AWARDS,
            StrapiQuery.create()
                .eq("recipient.documentId", personDocumentId)
                .eq("decisionStatus", AwardStatus.DECIDED.apiValue()));
    if (decided.isEmpty()) {
      return Optional.empty();
    }
    Person person = person(personDocumentId);
    Sources sources = new Sources(List.of(), List.of(), List.of(), List.of(), List.of(), decided);
    return Optional.of(RecordAssembly.publicPart(person, plans.years().all(), sources));
  }

  private Person person(String documentId) {
    return strapi.findOne(ContentType.PEOPLE, documentId, StrapiQuery.create().populate("unit"));
  }

  private Sources sources(Unit unit, boolean complete) {
    String id = unit.documentId();
    StrapiQuery reports = StrapiQuery.create().eq("unit.documentId", id);
    StrapiQuery initiatives = StrapiQuery.create().eq("unit.documentId", id);
    StrapiQuery awards = StrapiQuery.create().eq("recipientUnit.documentId", id);
    if (!complete) {
      reports = reports.eq("status", ReportStatus.ACCEPTED.apiValue());
      awards = awards.eq("decisionStatus", AwardStatus.DECIDED.apiValue());
    } else {
      // Staff see an initiative the unit has registered but not yet published.
      initiatives = initiatives.draft();
    }
    List<InitiativeRow> initiativeRows = all(INITIATIVES, initiatives);
    if (complete) {
      // A draft read gives no publication date: mark the published ones from a published read.
      List<String> published =
          all(INITIATIVES, StrapiQuery.create().eq("unit.documentId", id)).stream()
              .map(InitiativeRow::documentId)
              .toList();
      initiativeRows =
          initiativeRows.stream()
              .map(i -> i.published(published.contains(i.documentId())))
              .toList();
    }
    return new Sources(
        complete ? all(REGISTRATIONS, StrapiQuery.create().eq("unit.documentId", id)) : List.of(),
        all(ContentType.REPORTS, reports),
        complete
            ? all(
                SCORES,
                StrapiQuery.create().eq("unit.documentId", id).populate("criterion", "sheet"))
            : List.of(),
        initiativeRows,
        all(ContentType.STORIES, StrapiQuery.create().eq("units.documentId", id)),
        all(ContentType.AWARDS, awards));
  }

  /** The unit; {@link vn.thidua.portal.strapi.StrapiNotFoundException} when there is none. */
  private Unit unit(String documentId) {
    return strapi.findOne(ContentType.UNITS, documentId, StrapiQuery.create());
  }

  private PortalUser requireReader() {
    return currentUser.require(
        PortalRole.UNIT,
        PortalRole.REVIEWER,
        PortalRole.ECONOMY,
        PortalRole.COUNCIL,
        PortalRole.ADMIN);
  }

  /** Every page of a query (at most 20 pages: a unit's record is far smaller). */
  private <T> List<T> all(ContentType<T> type, StrapiQuery query) {
    return strapi.findAll(type, query, 20);
  }
}
