package vn.thidua.portal.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.registration.RegistrationWindow.Phase;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Registration for the emulation movement. A unit reads and writes only its own registration of the
 * current year (the unit comes from the signed-in account, never from the caller), only inside the
 * window, and only until it submits; reviewers, the council and administrators read every unit's
 * registrations for the compliance board.
 */
@Service
public class RegistrationService {

  static final ContentType<Registration> REGISTRATIONS =
      new ContentType<>("registrations", "api::registration.registration", Registration.class);
  static final ContentType<PlanCriterion> CRITERIA =
      new ContentType<>("criteria", "api::criterion.criterion", PlanCriterion.class);
  static final SingleType<EmulationSettings> SETTINGS =
      new SingleType<>("site-setting", "api::site-setting.site-setting", EmulationSettings.class);

  private static final String[] POPULATE = {"unit", "commitments.criterion"};

  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final Clock clock;

  RegistrationService(StrapiClient strapi, CurrentUser currentUser, Clock clock) {
    this.strapi = strapi;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * What the unit's registration page shows.
   *
   * @param registration null until the unit first saves
   */
  public record Desk(
      int year,
      RegistrationWindow window,
      Phase phase,
      Unit unit,
      List<PlanCriterion> criteria,
      List<EmulationSettings.AwardForm> awardForms,
      @Nullable Registration registration) {

    /** Whether the unit may still change it: inside the window and not yet submitted. */
    public boolean editable() {
      return phase == Phase.OPEN && (registration == null || !registration.isSubmitted());
    }
  }

  /** The signed-in unit's registration page for this year. */
  public Desk myDesk() {
    Unit unit = myUnit();
    int year = LocalDate.now(clock).getYear();
    EmulationSettings settings = settings();
    RegistrationWindow window = settings.window();
    return new Desk(
        year,
        window,
        window.phase(clock),
        unit,
        criteriaOf(unit),
        settings.awardForms(),
        find(unit.documentId(), year));
  }

  /** Saves the unit's draft (creating it on the first save). */
  public Registration save(RegistrationForm form) {
    return write(form, false);
  }

  /** Saves and submits: from now on the unit reads it but no longer changes it. */
  public Registration submit(RegistrationForm form) {
    return write(form, true);
  }

  private Registration write(RegistrationForm form, boolean submit) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    Desk desk = myDesk();
    if (desk.phase() != Phase.OPEN) {
      throw new RegistrationException(
          "registration.error.closed",
          vn.thidua.portal.shell.Dates.format(desk.window().opensOn(desk.year())),
          vn.thidua.portal.shell.Dates.format(desk.window().closesOn(desk.year())));
    }
    Registration existing = desk.registration();
    if (existing != null && existing.isSubmitted()) {
      throw new RegistrationException("registration.error.submitted");
    }
    Map<String, EmulationSettings.AwardForm> forms = new LinkedHashMap<>();
    desk.awardForms().forEach(f -> forms.putIfAbsent(f.name(), f));
    List<Registration.Commitment> commitments =
        form.checked(desk.criteria(), Set.copyOf(forms.keySet()), submit);

    Map<String, Object> data = new LinkedHashMap<>();
    data.put("commitments", commitmentsData(commitments));
    String awardForm =
        form.awardForm() == null || form.awardForm().isBlank() ? null : form.awardForm();
    data.put("awardForm", awardForm);
    EmulationSettings.AwardForm chosen = awardForm == null ? null : forms.get(awardForm);
    if (chosen != null && chosen.stage() != null) {
      data.put("awardStage", chosen.stage().apiValue());
    }
    // Not "updatedBy": Strapi reserves it for the admin user who last edited an entry.
    data.put("editedBy", user.username());
    if (submit) {
      data.put("status", RegistrationStatus.SUBMITTED.apiValue());
      data.put("submittedAt", clock.instant().toString());
      data.put("submittedBy", user.username());
    }
    String documentId;
    if (existing == null) {
      data.put("unit", desk.unit().documentId());
      data.put("year", desk.year());
      if (!submit) {
        data.put("status", RegistrationStatus.DRAFT.apiValue());
      }
      documentId = strapi.create(REGISTRATIONS, data, Publication.PUBLISHED).documentId();
    } else {
      documentId = existing.documentId();
      strapi.update(REGISTRATIONS, documentId, data, Publication.PUBLISHED);
    }
    return strapi.findOne(REGISTRATIONS, documentId, StrapiQuery.create().populate(POPULATE));
  }

  /**
   * What the staff's desk for individuals (1.4) shows: this year's window, the persons, the
   * individuals' criteria and the award forms. A person has no account: the Culture–Society office
   * (the reviewer) or an administrator registers them from their signed form.
   *
   * @param registered the documentIds of the persons already registered this year
   */
  public record PersonDesk(
      int year,
      RegistrationWindow window,
      Phase phase,
      List<Person> persons,
      List<PlanCriterion> criteria,
      List<EmulationSettings.AwardForm> awardForms,
      Set<String> registered) {}

  /** The staff's desk for registering individuals this year. */
  public PersonDesk personDesk() {
    requirePersonsDesk();
    int year = LocalDate.now(clock).getYear();
    EmulationSettings settings = settings();
    RegistrationWindow window = settings.window();
    Set<String> registered =
        strapi
            .find(
                REGISTRATIONS,
                StrapiQuery.create()
                    .eq("year", year)
                    .filter("person.documentId", "$notNull", true)
                    .populate("person")
                    .page(1, StrapiQuery.MAX_PAGE_SIZE))
            .data()
            .stream()
            .filter(r -> r.person() != null)
            .map(r -> r.person().documentId())
            .collect(Collectors.toSet());
    List<Person> persons =
        strapi
            .find(
                ContentType.PEOPLE,
                StrapiQuery.create()
                    .populate("unit")
                    .sortAsc("fullName")
                    .page(1, StrapiQuery.MAX_PAGE_SIZE))
            .data();
    return new PersonDesk(
        year,
        window,
        window.phase(clock),
        persons,
        criteriaOfKind(UnitKind.CA_NHAN),
        settings.awardForms(),
        registered);
  }

  /**
   * Registers a person for this year, submitted at once (staff enter what the person signed):
   * inside the window, once per person and year, against the individuals' criteria.
   *
   * @throws RegistrationException when the window is closed, the person is registered already, or
   *     the form is incomplete
   */
  public Registration registerPerson(String personDocumentId, RegistrationForm form) {
    PortalUser user = requirePersonsDesk();
    PersonDesk desk = personDesk();
    if (desk.phase() != Phase.OPEN) {
      throw new RegistrationException(
          "registration.error.closed",
          vn.thidua.portal.shell.Dates.format(desk.window().opensOn(desk.year())),
          vn.thidua.portal.shell.Dates.format(desk.window().closesOn(desk.year())));
    }
    if (desk.persons().stream().noneMatch(p -> p.documentId().equals(personDocumentId))) {
      throw new RegistrationException("registration.error.person");
    }
    if (desk.registered().contains(personDocumentId)) {
      throw new RegistrationException("registration.error.submitted");
    }
    Map<String, EmulationSettings.AwardForm> forms = new LinkedHashMap<>();
    desk.awardForms().forEach(f -> forms.putIfAbsent(f.name(), f));
    List<Registration.Commitment> commitments =
        form.checked(desk.criteria(), Set.copyOf(forms.keySet()), true);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("person", personDocumentId);
    data.put("year", desk.year());
    data.put("commitments", commitmentsData(commitments));
    data.put("awardForm", form.awardForm());
    EmulationSettings.AwardForm chosen = forms.get(form.awardForm());
    if (chosen != null && chosen.stage() != null) {
      data.put("awardStage", chosen.stage().apiValue());
    }
    data.put("editedBy", user.username());
    data.put("status", RegistrationStatus.SUBMITTED.apiValue());
    data.put("submittedAt", clock.instant().toString());
    data.put("submittedBy", user.username());
    String documentId = strapi.create(REGISTRATIONS, data, Publication.PUBLISHED).documentId();
    return strapi.findOne(
        REGISTRATIONS,
        documentId,
        StrapiQuery.create().populate("person", "commitments.criterion"));
  }

  private PortalUser requirePersonsDesk() {
    return currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
  }

  private List<PlanCriterion> criteriaOfKind(UnitKind kind) {
    return strapi
        .find(
            CRITERIA, StrapiQuery.create().eq("unitKind", kind).page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data()
        .stream()
        .sorted(
            Comparator.comparing(
                    (PlanCriterion c) -> c.order() == null ? Integer.MAX_VALUE : c.order())
                .thenComparing(c -> c.code() == null ? "" : c.code()))
        .toList();
  }

  /**
   * Every registration of {@code year}, by the documentId of its unit (the board's column).
   * Reviewers, the council and administrators only.
   */
  public Map<String, Registration> registrationsOfYear(int year) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    List<Registration> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      StrapiPage<Registration> p =
          strapi.find(
              REGISTRATIONS,
              StrapiQuery.create()
                  .eq("year", year)
                  .populate("unit")
                  .sortAsc("id")
                  .page(page, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(p.data());
      if (page >= p.pagination().pageCount()) {
        break;
      }
    }
    return all.stream()
        .filter(r -> r.unit() != null)
        .collect(
            Collectors.toMap(
                r -> r.unit().documentId(),
                r -> r,
                // A submitted registration wins over a stray draft of the same unit.
                (a, b) -> a.isSubmitted() ? a : b,
                LinkedHashMap::new));
  }

  private @Nullable Registration find(String unitDocumentId, int year) {
    return strapi
        .find(
            REGISTRATIONS,
            StrapiQuery.create()
                .eq("unit.documentId", unitDocumentId)
                .eq("year", year)
                .populate(POPULATE)
                .sortAsc("id")
                .page(1, 1))
        .data()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private List<PlanCriterion> criteriaOf(Unit unit) {
    StrapiQuery query = StrapiQuery.create().page(1, StrapiQuery.MAX_PAGE_SIZE);
    if (unit.kind() != null) {
      query = query.eq("unitKind", unit.kind());
    }
    return strapi.find(CRITERIA, query).data().stream()
        .sorted(
            Comparator.comparing(
                    (PlanCriterion c) -> c.order() == null ? Integer.MAX_VALUE : c.order())
                .thenComparing(c -> c.code() == null ? "" : c.code()))
        .toList();
  }

  private EmulationSettings settings() {
    return strapi.findSingle(SETTINGS, StrapiQuery.create().populate("activeCampaign.awardForms"));
  }

  private Unit myUnit() {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    String unit = user.unitDocumentId();
    if (unit == null) {
      throw new AccessDeniedException("A unit account without a unit");
    }
    return strapi.findOne(ContentType.UNITS, unit, StrapiQuery.create());
  }

  /** The commitments as Strapi's registration stores them: criterion documentId and target. */
  private static List<Map<String, Object>> commitmentsData(
      List<Registration.Commitment> commitments) {
    return commitments.stream()
        .map(
            c -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("criterion", c.criterion().documentId());
              item.put("target", c.target());
              return item;
            })
        .toList();
  }
}
