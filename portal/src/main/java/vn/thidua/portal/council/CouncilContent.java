package vn.thidua.portal.council;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The bình xét content as Strapi holds it (cms-config: proposal, council-meeting, vote, decision,
 * notice, score), read with the portal's token only: none of it is public.
 */
public final class CouncilContent {

  private CouncilContent() {}

  static final ContentType<ProposalEntry> PROPOSALS =
      new ContentType<>("proposals", "api::proposal.proposal", ProposalEntry.class);
  static final ContentType<MeetingEntry> MEETINGS =
      new ContentType<>(
          "council-meetings", "api::council-meeting.council-meeting", MeetingEntry.class);
  static final ContentType<VoteEntry> VOTES =
      new ContentType<>("votes", "api::vote.vote", VoteEntry.class);
  static final ContentType<DecisionEntry> DECISIONS =
      new ContentType<>("decisions", "api::decision.decision", DecisionEntry.class);
  static final ContentType<NoticeEntry> NOTICES =
      new ContentType<>("notices", "api::notice.notice", NoticeEntry.class);
  static final ContentType<Plan> PLAN =
      new ContentType<>("campaigns", "api::campaign.campaign", Plan.class);
  static final SingleType<Setting> SETTING =
      new SingleType<>("site-setting", "api::site-setting.site-setting", Setting.class);

  /** An entry pointed at, when only its identity is needed. */
  public record Ref(long id, String documentId) {}

  /** A person (1.4): a unit's member or a resident. */
  public record PersonEntry(
      long id,
      String documentId,
      String fullName,
      @Nullable String position,
      @Nullable Unit unit,
      @Nullable String otherAffiliation,
      @Nullable String contactEmail) {

    /** Name, position and unit (or where a resident lives), as a decision names a person. */
    public String label() {
      return vn.thidua.portal.strapi.model.Person.label(
          fullName, position, unit == null ? otherAffiliation : unit.name());
    }

    /** Position and unit without the name, for the line under it on a certificate. */
    public String standing() {
      String label = label();
      return label.length() > fullName.strip().length()
          ? label.substring(fullName.strip().length() + 2)
          : "";
    }
  }

  /** Where a proposal stands after its meeting. */
  public enum ProposalResult {
    PENDING,
    PASSED,
    NOT_PASSED;

    @JsonValue
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
      return "binh-xet.result." + apiValue();
    }
  }

  /** A proposal for an award form, with its evidence and, once closed, its result. */
  public record ProposalEntry(
      long id,
      String documentId,
      @Nullable Stage stage,
      @Nullable Integer year,
      @Nullable Unit unit,
      @Nullable PersonEntry person,
      String awardForm,
      @Nullable Double totalScore,
      List<Report> reports,
      List<Initiative> initiatives,
      @Nullable String evidenceNote,
      @Nullable Ref meeting,
      @Nullable ProposalResult result,
      @Nullable Integer agreeCount,
      @Nullable Integer disagreeCount,
      @Nullable Integer presentCount,
      @Nullable Ref award,
      @Nullable String proposedBy) {

    public ProposalEntry {
      reports = reports == null ? List.of() : reports;
      initiatives = initiatives == null ? List.of() : initiatives;
    }

    /** The unit's name, or the person's with position and unit (the decision's list names so). */
    public String recipientName() {
      return unit != null ? unit.name() : person != null ? person.label() : "";
    }

    /** The key a candidate is matched by (see {@code CandidateSource.Candidate.key()}). */
    public String recipientKey() {
      return unit != null
          ? "unit:" + unit.documentId()
          : "person:" + (person == null ? "" : person.documentId());
    }
  }

  /** A council member present at a meeting. */
  public record Member(String username, String fullName) {}

  /** Open or closed; a closed meeting never changes. */
  public enum MeetingStatus {
    OPEN,
    CLOSED;

    @JsonValue
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A council meeting of a stage and year. */
  public record MeetingEntry(
      long id,
      String documentId,
      @Nullable String title,
      @Nullable LocalDate date,
      @Nullable Stage stage,
      @Nullable Integer year,
      @Nullable Integer memberCount,
      @Nullable Integer quorum,
      List<Member> presentMembers,
      @Nullable MeetingStatus status,
      @Nullable Instant closedAt,
      @Nullable String closedBy,
      List<ProposalEntry> proposals) {

    public MeetingEntry {
      presentMembers = presentMembers == null ? List.of() : presentMembers;
      proposals = proposals == null ? List.of() : proposals;
    }

    public boolean isClosed() {
      return status == MeetingStatus.CLOSED;
    }

    public boolean isPresent(String username) {
      return presentMembers.stream().anyMatch(m -> m.username().equals(username));
    }
  }

  /** Agree or disagree. */
  public enum VoteChoice {
    AGREE,
    DISAGREE;

    @JsonValue
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One member's vote on one proposal. */
  public record VoteEntry(
      long id,
      String documentId,
      @Nullable Ref proposal,
      @Nullable String memberUsername,
      @Nullable String memberName,
      @Nullable VoteChoice choice,
      @Nullable Instant castAt) {}

  /** Drafted, then issued once. */
  public enum DecisionStatus {
    DRAFT,
    ISSUED;

    @JsonValue
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The chair's award decision and the proposals it lists. */
  public record DecisionEntry(
      long id,
      String documentId,
      String number,
      @Nullable LocalDate date,
      @Nullable String place,
      @Nullable String issuer,
      @Nullable String issuerParent,
      @Nullable String signer,
      @Nullable String signerTitle,
      @Nullable String basis,
      @Nullable String recipientsOfCopies,
      @Nullable String certificateWording,
      @Nullable Stage stage,
      @Nullable Integer year,
      @Nullable Ref meeting,
      List<ProposalEntry> proposals,
      @Nullable DecisionStatus status,
      @Nullable Instant issuedAt,
      @Nullable String issuedBy) {

    public DecisionEntry {
      proposals = proposals == null ? List.of() : proposals;
    }

    public boolean isIssued() {
      return status == DecisionStatus.ISSUED;
    }
  }

  /** Whom a notice names when it is for a person. */
  public record PersonName(long id, String documentId, String fullName) {}

  /** A notice to a unit or person, and its e-mail in the outbox. */
  public record NoticeEntry(
      long id,
      String documentId,
      String kind,
      @Nullable Unit unit,
      @Nullable PersonName person,
      @Nullable Ref decision,
      String subject,
      @Nullable String body,
      @Nullable String link,
      @Nullable String email,
      @Nullable String mailStatus,
      @Nullable Integer attempts,
      @Nullable String lastError,
      @Nullable Instant sentAt,
      @Nullable Instant createdAt) {}

  /** An award form of the plan with its passing share. */
  record FormRule(
      @Nullable Stage stage,
      String name,
      @Nullable Integer order,
      @Nullable Double passingSharePercent,
      @Nullable Boolean passingInclusive) {}

  /** What the council takes from the plan: the issuer, the signer, the award forms. */
  record Plan(
      long id,
      String documentId,
      @Nullable String place,
      @Nullable String issuer,
      @Nullable String signer,
      @Nullable String signerTitle,
      List<FormRule> awardForms) {

    Plan {
      awardForms = awardForms == null ? List.of() : awardForms;
    }
  }

  /** The commune's name, for the decision. */
  record Setting(long id, String documentId, @Nullable String communeName) {}
}
