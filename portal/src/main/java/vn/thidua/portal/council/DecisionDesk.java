package vn.thidua.portal.council;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.council.CouncilContent.DecisionEntry;
import vn.thidua.portal.council.CouncilContent.DecisionStatus;
import vn.thidua.portal.council.CouncilContent.MeetingEntry;
import vn.thidua.portal.council.CouncilContent.NoticeEntry;
import vn.thidua.portal.council.CouncilContent.Plan;
import vn.thidua.portal.council.CouncilContent.ProposalEntry;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.StrapiValidationException;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;

/**
 * The chair's decision from a closed meeting's passed proposals: drafted with its number, date and
 * signer, downloaded as DOCX, then issued once — issuing records one published, decided award per
 * recipient (so the honours page shows it) and one notice per recipient (its workspace, and an
 * e-mail kept in the outbox). Issuing again changes nothing.
 */
@Service
public class DecisionDesk {

  private static final String[] POPULATE = {
    "meeting",
    "proposals",
    "proposals.unit",
    "proposals.person",
    "proposals.person.unit",
    "proposals.award",
    "proposals.reports",
    "proposals.initiatives"
  };

  /** A unit's notices page ({@code council.ui.UnitNoticesView}), linked from each e-mail. */
  public static final String NOTICES_ROUTE =
      vn.thidua.portal.shell.Routes.WORKSPACE_UNIT + "/thong-bao";

  /** The kind of notice a decision sends. */
  static final String NOTICE_DECISION = "decision";

  private final StrapiClient strapi;
  private final MeetingDesk meetings;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final NoticeOutbox outbox;
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  DecisionDesk(
      StrapiClient strapi,
      MeetingDesk meetings,
      CurrentUser currentUser,
      Clock clock,
      NoticeOutbox outbox) {
    this.strapi = strapi;
    this.meetings = meetings;
    this.currentUser = currentUser;
    this.clock = clock;
    this.outbox = outbox;
  }

  private PortalUser requireCouncil() {
    return currentUser.require(PortalRole.COUNCIL, PortalRole.ADMIN);
  }

  /** What the plan says of the issuer and the signer, for a new decision's defaults. */
  public record Defaults(
      @Nullable String place,
      @Nullable String issuer,
      @Nullable String signer,
      @Nullable String signerTitle) {}

  public Defaults defaults() {
    requireCouncil();
    Optional<Plan> plan =
        strapi.find(CouncilContent.PLAN, StrapiQuery.create().page(1, 1)).data().stream()
            .findFirst();
    return new Defaults(
        plan.map(Plan::place).orElse(null),
        plan.map(Plan::issuer).orElse(null),
        plan.map(Plan::signer).orElse(null),
        plan.map(Plan::signerTitle).orElse(null));
  }

  /** The decisions of a stage and year, newest first. */
  public List<DecisionEntry> decisions(Stage stage, int year) {
    requireCouncil();
    return strapi
        .find(
            CouncilContent.DECISIONS,
            StrapiQuery.create()
                .eq("stage", stage)
                .eq("year", year)
                .populate(POPULATE)
                .sortDesc("createdAt")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  public DecisionEntry decision(String documentId) {
    requireCouncil();
    return strapi.findOne(
        CouncilContent.DECISIONS, documentId, StrapiQuery.create().populate(POPULATE));
  }

  /**
   * Drafts the decision of a closed meeting with its passed proposals.
   *
   * @throws CouncilException when the meeting is open, passed nothing, or has a decision already
   */
  public DecisionEntry draft(
      String meetingDocumentId,
      String number,
      LocalDate date,
      @Nullable String signer,
      @Nullable String signerTitle,
      @Nullable String wording) {
    requireCouncil();
    if (number.isBlank()) {
      throw new CouncilException("binh-xet.error.number");
    }
    synchronized (lock("draft:" + meetingDocumentId)) {
      MeetingEntry m = meetings.meeting(meetingDocumentId);
      if (!m.isClosed()) {
        throw new CouncilException("binh-xet.error.meeting-not-closed");
      }
      List<ProposalEntry> passed = meetings.passed(meetingDocumentId);
      if (passed.isEmpty()) {
        throw new CouncilException("binh-xet.error.nothing-passed");
      }
      boolean exists =
          !strapi
              .find(
                  CouncilContent.DECISIONS,
                  StrapiQuery.create().eq("meeting.documentId", meetingDocumentId).page(1, 1))
              .data()
              .isEmpty();
      if (exists) {
        throw new CouncilException("binh-xet.error.decision-exists");
      }
      Defaults plan = defaults();
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("number", number.strip());
      data.put("date", date.toString());
      data.put("place", plan.place());
      data.put("issuer", plan.issuer());
      data.put("signer", signer == null || signer.isBlank() ? plan.signer() : signer.strip());
      data.put(
          "signerTitle",
          signerTitle == null || signerTitle.isBlank() ? plan.signerTitle() : signerTitle.strip());
      if (wording != null && !wording.isBlank()) {
        data.put("certificateWording", wording.strip());
      }
      data.put("stage", m.stage() == null ? Stage.ANNUAL.apiValue() : m.stage().apiValue());
      data.put("year", m.year());
      data.put("meeting", meetingDocumentId);
      data.put("proposals", passed.stream().map(ProposalEntry::documentId).toList());
      data.put("status", DecisionStatus.DRAFT.apiValue());
      DecisionEntry created = strapi.create(CouncilContent.DECISIONS, data, Publication.PUBLISHED);
      return decision(created.documentId());
    }
  }

  /**
   * Issues the decision: one decided award per proposal that has none yet, one notice per
   * recipient, then the decision is marked issued. Idempotent: a proposal that has its award, a
   * notice that exists (its key is unique) are skipped, so a retry after a failure completes the
   * work and a second click does nothing more.
   */
  public DecisionEntry issue(String decisionDocumentId) {
    PortalUser user = requireCouncil();
    synchronized (lock("issue:" + decisionDocumentId)) {
      DecisionEntry d = decision(decisionDocumentId);
      if (d.isIssued()) {
        return d;
      }
      for (ProposalEntry p : d.proposals()) {
        if (p.award() == null) {
          var award = strapi.create(ContentType.AWARDS, awardOf(d, p), Publication.PUBLISHED);
          strapi.update(
              CouncilContent.PROPOSALS,
              p.documentId(),
              Map.of("award", award.documentId()),
              Publication.PUBLISHED);
        }
        notify(d, p);
      }
      strapi.update(
          CouncilContent.DECISIONS,
          decisionDocumentId,
          Map.of(
              "status",
              DecisionStatus.ISSUED.apiValue(),
              "issuedAt",
              clock.instant().toString(),
              "issuedBy",
              user.username()),
          Publication.PUBLISHED);
      strapi.evictPublicCache();
      // The e-mails go now rather than at the outbox's next round; a failure keeps them pending.
      Thread.ofVirtual().name("notice-outbox").start(outbox::sendPending);
      return decision(decisionDocumentId);
    }
  }

  /** The wording printed when the decision sets none. */
  public static String defaultWording(int year) {
    return "Đã có thành tích xuất sắc trong phong trào thi đua năm " + year + ".";
  }

  private Map<String, Object> awardOf(DecisionEntry d, ProposalEntry p) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (p.unit() != null) {
      data.put("recipientUnit", p.unit().documentId());
    } else if (p.person() != null) {
      data.put("recipient", p.person().documentId());
      // The public honours page prints the naming it finds here: persons are not public.
      data.put("recipientPerson", p.person().label());
    }
    data.put("form", p.awardForm());
    data.put("stage", (d.stage() == null ? Stage.ANNUAL : d.stage()).apiValue());
    data.put("year", d.year());
    data.put("decisionStatus", AwardStatus.DECIDED.apiValue());
    data.put("decisionNumber", d.number());
    data.put("decisionDate", d.date() == null ? null : d.date().toString());
    data.put(
        "reason",
        d.certificateWording() != null
            ? d.certificateWording()
            : defaultWording(d.year() == null ? 0 : d.year()));
    data.put("reports", p.reports().stream().map(Report::documentId).toList());
    data.put("initiatives", p.initiatives().stream().map(Initiative::documentId).toList());
    data.put("decision", d.documentId());
    return data;
  }

  /**
   * Where a person's decision notice goes: their own address, else their unit's contact. A commune
   * sends the decision to the unit a member works in (it is among the decision's recipients of
   * copies) and the unit hands it on; most persons have no address of their own in Strapi. A
   * resident with neither is told on paper by the village: the notice says it has no address.
   */
  static @Nullable String personContact(CouncilContent.PersonEntry person) {
    if (person.contactEmail() != null && !person.contactEmail().isBlank()) {
      return person.contactEmail();
    }
    return person.unit() == null ? null : person.unit().contactEmail();
  }

  /** The recipient's notice, once: the unit (or the person) and its contact's e-mail. */
  private void notify(DecisionEntry d, ProposalEntry p) {
    String recipient = p.recipientKey();
    String key = NOTICE_DECISION + ":" + d.documentId() + ":" + recipient;
    boolean exists =
        !strapi
            .find(CouncilContent.NOTICES, StrapiQuery.create().eq("dedupKey", key).page(1, 1))
            .data()
            .isEmpty();
    if (exists) {
      return;
    }
    String email =
        p.unit() != null
            ? p.unit().contactEmail()
            : p.person() != null ? personContact(p.person()) : null;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", NOTICE_DECISION);
    if (p.unit() != null) {
      data.put("unit", p.unit().documentId());
    } else if (p.person() != null) {
      data.put("person", p.person().documentId());
    }
    data.put("decision", d.documentId());
    // The notice is Vietnamese: it is the decision's own wording, sent by mail as well.
    data.put("subject", "Quyết định khen thưởng số " + d.number());
    data.put(
        "body",
        p.recipientName()
            + " được tặng "
            + p.awardForm()
            + " theo Quyết định số "
            + d.number()
            + " "
            + DecisionDocument.placeAndDate(null, d.date())
            + ".");
    data.put("link", "khen-thuong");
    if (email != null && !email.isBlank()) {
      data.put("email", email);
      data.put("mailStatus", "pending");
    } else {
      data.put("mailStatus", "no_address");
    }
    data.put("attempts", 0);
    data.put("dedupKey", key);
    try {
      strapi.create(CouncilContent.NOTICES, data, Publication.PUBLISHED);
    } catch (StrapiValidationException e) {
      // Made in between by another instance: its key is unique, the notice exists once.
    }
  }

  /** The decision as DOCX. */
  public void writeDocx(String decisionDocumentId, OutputStream out) {
    DecisionEntry d = decision(decisionDocumentId);
    DecisionDocument.write(d, communeName(), out);
  }

  /** Certificates as PDF: one recipient's, or every recipient's when {@code proposal} is null. */
  public void writeCertificates(
      String decisionDocumentId, @Nullable String proposalDocumentId, OutputStream out) {
    DecisionEntry d = decision(decisionDocumentId);
    List<ProposalEntry> recipients =
        d.proposals().stream()
            .filter(p -> proposalDocumentId == null || p.documentId().equals(proposalDocumentId))
            .toList();
    if (recipients.isEmpty()) {
      throw new CouncilException("binh-xet.error.no-recipient");
    }
    CertificatePdf.write(d, recipients, communeName(), out);
  }

  private String communeName() {
    String name = strapi.findSingle(CouncilContent.SETTING, StrapiQuery.create()).communeName();
    return name == null ? "" : name;
  }

  /** The signed-in unit's notices, newest first; another unit's are never read. */
  public List<NoticeEntry> myNotices() {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    if (user.unitDocumentId() == null) {
      return List.of();
    }
    return strapi
        .find(
            CouncilContent.NOTICES,
            StrapiQuery.create()
                .eq("unit.documentId", user.unitDocumentId())
                .sortDesc("createdAt")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  private Object lock(String key) {
    return locks.computeIfAbsent(key, k -> new Object());
  }
}
