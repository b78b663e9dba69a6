package vn.thidua.portal.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.thidua.portal.council.CouncilContent.FormRule;
import vn.thidua.portal.council.CouncilContent.MeetingEntry;
import vn.thidua.portal.council.CouncilContent.MeetingStatus;
import vn.thidua.portal.council.CouncilContent.Member;
import vn.thidua.portal.council.CouncilContent.ProposalEntry;
import vn.thidua.portal.council.CouncilContent.ProposalResult;
import vn.thidua.portal.council.CouncilContent.VoteChoice;
import vn.thidua.portal.council.CouncilContent.VoteEntry;
import vn.thidua.portal.meeting.CandidateSource;
import vn.thidua.portal.meeting.CandidateSource.Candidate;
import vn.thidua.portal.meeting.Meeting;
import vn.thidua.portal.meeting.MeetingException;
import vn.thidua.portal.meeting.PassingRule;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.StrapiValidationException;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Stage;

/**
 * The council's bình xét: proposals from the eligible candidates of a year with their evidence, a
 * meeting of the members present, their votes, and closing with the results of {@link Meeting}
 * under each award form's {@link PassingRule}. Every step re-reads Strapi, so two members working
 * at once see each other's votes and a closed meeting refuses everything.
 */
@Service
public class MeetingDesk {

  private static final String[] PROPOSAL_POPULATE = {
    "unit", "person", "person.unit", "reports", "initiatives", "meeting", "award"
  };

  private final StrapiClient strapi;
  private final CandidateSource candidates;
  private final AwardDesk awards;
  private final CurrentUser currentUser;
  private final Clock clock;

  /** One lock per meeting (attendance, closing) and per member's vote: a double click waits. */
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  MeetingDesk(
      StrapiClient strapi,
      CandidateSource candidates,
      AwardDesk awards,
      CurrentUser currentUser,
      Clock clock) {
    this.strapi = strapi;
    this.candidates = candidates;
    this.awards = awards;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  private PortalUser requireCouncil() {
    return currentUser.require(PortalRole.COUNCIL, PortalRole.ADMIN);
  }

  /** The units and persons of the year that reach the threshold, best first within each kind. */
  public List<Candidate> eligible(int year) {
    requireCouncil();
    return candidates.eligible(year);
  }

  /** The award forms the plan sets for a stage, in the plan's order. */
  public List<String> forms(Stage stage) {
    requireCouncil();
    return formRules().stream()
        .filter(f -> f.stage() == null || f.stage() == stage)
        .sorted(Comparator.comparing(f -> f.order() == null ? 0 : f.order()))
        .map(FormRule::name)
        .distinct()
        .toList();
  }

  private List<FormRule> formRules() {
    return strapi
        .find(CouncilContent.PLAN, StrapiQuery.create().populate("awardForms").page(1, 1))
        .data()
        .stream()
        .findFirst()
        .map(CouncilContent.Plan::awardForms)
        .orElse(List.of());
  }

  /** The passing rule of a form: the plan's share, more than half when the plan does not say. */
  PassingRule ruleOf(String form, List<FormRule> rules) {
    return rules.stream()
        .filter(f -> f.name().equals(form))
        .findFirst()
        .map(f -> PassingRule.of(f.passingSharePercent(), f.passingInclusive()))
        .orElse(PassingRule.MORE_THAN_HALF);
  }

  /** The proposals of a stage and year. */
  public List<ProposalEntry> proposals(Stage stage, int year) {
    requireCouncil();
    return strapi
        .find(
            CouncilContent.PROPOSALS,
            StrapiQuery.create()
                .eq("stage", stage)
                .eq("year", year)
                .populate(PROPOSAL_POPULATE)
                .sortAsc("createdAt")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /**
   * Proposes an eligible candidate for an award form, with its evidence: the accepted reports and
   * the initiatives of the stage's years (a unit's), and the year's total. Joins the open meeting
   * of the stage and year, if there is one.
   *
   * @throws CouncilException when the candidate is not eligible, the form not the stage's, or the
   *     same candidate is already proposed for the same form
   */
  public ProposalEntry propose(
      Stage stage, int year, String candidateKey, String form, @Nullable String evidenceNote) {
    PortalUser user = requireCouncil();
    synchronized (lock("propose:" + stage + year + candidateKey)) {
      Candidate candidate =
          candidates.eligible(year).stream()
              .filter(c -> c.key().equals(candidateKey))
              .findFirst()
              .orElseThrow(() -> new CouncilException("binh-xet.error.not-eligible"));
      if (!forms(stage).contains(form)) {
        throw new CouncilException("binh-xet.error.form");
      }
      boolean doubled =
          proposals(stage, year).stream()
              .anyMatch(p -> p.recipientKey().equals(candidateKey) && p.awardForm().equals(form));
      if (doubled) {
        throw new CouncilException("binh-xet.error.already-proposed");
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("stage", stage.apiValue());
      data.put("year", year);
      data.put("awardForm", form);
      data.put("totalScore", candidate.total());
      data.put("result", ProposalResult.PENDING.apiValue());
      data.put("proposedBy", user.username());
      if (evidenceNote != null && !evidenceNote.isBlank()) {
        data.put("evidenceNote", evidenceNote.strip());
      }
      if (candidate.unitDocumentId() != null) {
        data.put("unit", candidate.unitDocumentId());
        AwardDesk.Evidence evidence = awards.evidenceOf(candidate.unitDocumentId(), stage, year);
        data.put(
            "reports",
            evidence.reports().stream()
                .filter(r -> r.status() == ReportStatus.ACCEPTED)
                .map(Report::documentId)
                .toList());
        data.put(
            "initiatives", evidence.initiatives().stream().map(Initiative::documentId).toList());
      } else {
        data.put("person", candidate.personDocumentId());
      }
      openMeeting(stage, year).ifPresent(m -> data.put("meeting", m.documentId()));
      return strapi.create(CouncilContent.PROPOSALS, data, Publication.PUBLISHED);
    }
  }

  /** The meetings of a stage and year, newest first. */
  public List<MeetingEntry> meetings(Stage stage, int year) {
    requireCouncil();
    return strapi
        .find(
            CouncilContent.MEETINGS,
            StrapiQuery.create()
                .eq("stage", stage)
                .eq("year", year)
                .populate("proposals")
                .sortDesc("createdAt")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** The open meeting of a stage and year. */
  public Optional<MeetingEntry> openMeeting(Stage stage, int year) {
    return meetings(stage, year).stream().filter(m -> !m.isClosed()).findFirst();
  }

  /** A meeting with its proposals. */
  public MeetingEntry meeting(String documentId) {
    requireCouncil();
    return strapi.findOne(
        CouncilContent.MEETINGS,
        documentId,
        StrapiQuery.create()
            .populate(
                "proposals",
                "proposals.unit",
                "proposals.person",
                "proposals.person.unit",
                "proposals.reports",
                "proposals.initiatives",
                "proposals.award"));
  }

  /**
   * Opens a meeting for the stage and year, with the pending proposals not yet on an agenda.
   *
   * @throws CouncilException when a meeting of that stage and year is already open
   */
  public MeetingEntry open(
      Stage stage, int year, LocalDate date, int memberCount, @Nullable Integer quorum) {
    requireCouncil();
    Meeting.open(memberCount, quorum); // refuses a council without members
    synchronized (lock("open:" + stage + year)) {
      if (openMeeting(stage, year).isPresent()) {
        throw new CouncilException("binh-xet.error.meeting-open");
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("stage", stage.apiValue());
      data.put("year", year);
      data.put("date", date.toString());
      data.put("memberCount", memberCount);
      if (quorum != null) {
        data.put("quorum", quorum);
      }
      data.put("presentMembers", List.of());
      data.put("status", MeetingStatus.OPEN.apiValue());
      data.put(
          "proposals",
          proposals(stage, year).stream()
              .filter(p -> p.meeting() == null && p.result() != ProposalResult.PASSED)
              .filter(p -> p.result() != ProposalResult.NOT_PASSED)
              .map(ProposalEntry::documentId)
              .toList());
      MeetingEntry created = strapi.create(CouncilContent.MEETINGS, data, Publication.PUBLISHED);
      return meeting(created.documentId());
    }
  }

  /** Records the signed-in member as present. */
  public MeetingEntry attend(String meetingDocumentId) {
    PortalUser user = requireCouncil();
    synchronized (lock("meeting:" + meetingDocumentId)) {
      MeetingEntry m = meeting(meetingDocumentId);
      if (m.isPresent(user.username())) {
        return m;
      }
      rules(m).attend(user.username());
      List<Member> present = new ArrayList<>(m.presentMembers());
      present.add(new Member(user.username(), user.fullName()));
      strapi.update(
          CouncilContent.MEETINGS,
          meetingDocumentId,
          Map.of("presentMembers", present),
          Publication.PUBLISHED);
      return meeting(meetingDocumentId);
    }
  }

  /** The votes cast at a meeting. */
  public List<VoteEntry> votes(String meetingDocumentId) {
    requireCouncil();
    return strapi
        .find(
            CouncilContent.VOTES,
            StrapiQuery.create()
                .eq("meeting.documentId", meetingDocumentId)
                .populate("proposal")
                .sortAsc("createdAt")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /**
   * The signed-in member's vote on a proposal: one per member and proposal, a second replaces the
   * first while the meeting is open (a double click changes nothing).
   *
   * @throws MeetingException when the meeting is closed or the member not present
   */
  public VoteEntry vote(String meetingDocumentId, String proposalDocumentId, boolean agree) {
    PortalUser user = requireCouncil();
    String key = meetingDocumentId + ":" + proposalDocumentId + ":" + user.username();
    synchronized (lock("vote:" + key)) {
      MeetingEntry m = meeting(meetingDocumentId);
      if (m.proposals().stream().noneMatch(p -> p.documentId().equals(proposalDocumentId))) {
        throw new CouncilException("binh-xet.error.not-on-agenda");
      }
      rules(m).vote(proposalDocumentId, user.username(), agree);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("choice", (agree ? VoteChoice.AGREE : VoteChoice.DISAGREE).apiValue());
      data.put("castAt", clock.instant().toString());
      Optional<VoteEntry> existing = voteByKey(key);
      if (existing.isPresent()) {
        return strapi.update(
            CouncilContent.VOTES, existing.get().documentId(), data, Publication.PUBLISHED);
      }
      data.put("meeting", meetingDocumentId);
      data.put("proposal", proposalDocumentId);
      data.put("memberUsername", user.username());
      data.put("memberName", user.fullName());
      data.put("voteKey", key);
      try {
        return strapi.create(CouncilContent.VOTES, data, Publication.PUBLISHED);
      } catch (StrapiValidationException e) {
        // Another portal instance made the same vote in between (voteKey is unique): change it.
        VoteEntry other = voteByKey(key).orElseThrow(() -> e);
        return strapi.update(CouncilContent.VOTES, other.documentId(), data, Publication.PUBLISHED);
      }
    }
  }

  private Optional<VoteEntry> voteByKey(String key) {
    return strapi
        .find(CouncilContent.VOTES, StrapiQuery.create().eq("voteKey", key).page(1, 1))
        .data()
        .stream()
        .findFirst();
  }

  /**
   * Closes the meeting: each proposal's result under its form's rule is written, then the meeting
   * is closed; from then on nothing changes.
   *
   * @throws MeetingException without quorum or when already closed
   */
  public MeetingEntry close(String meetingDocumentId) {
    PortalUser user = requireCouncil();
    synchronized (lock("meeting:" + meetingDocumentId)) {
      MeetingEntry m = meeting(meetingDocumentId);
      Meeting meeting = rules(m);
      for (VoteEntry v : votes(meetingDocumentId)) {
        if (v.proposal() != null
            && v.memberUsername() != null
            && v.choice() != null
            && m.isPresent(v.memberUsername())) {
          meeting =
              meeting.vote(
                  v.proposal().documentId(), v.memberUsername(), v.choice() == VoteChoice.AGREE);
        }
      }
      List<FormRule> rules = formRules();
      Map<String, PassingRule> agenda = new LinkedHashMap<>();
      m.proposals().forEach(p -> agenda.put(p.documentId(), ruleOf(p.awardForm(), rules)));
      Meeting closed = meeting.close(agenda, clock.instant());
      closed
          .results()
          .forEach(
              (proposal, r) ->
                  strapi.update(
                      CouncilContent.PROPOSALS,
                      proposal,
                      Map.of(
                          "result",
                          (r.passed() ? ProposalResult.PASSED : ProposalResult.NOT_PASSED)
                              .apiValue(),
                          "agreeCount",
                          r.agree(),
                          "disagreeCount",
                          r.disagree(),
                          "presentCount",
                          r.present()),
                      Publication.PUBLISHED));
      strapi.update(
          CouncilContent.MEETINGS,
          meetingDocumentId,
          Map.of(
              "status",
              MeetingStatus.CLOSED.apiValue(),
              "closedAt",
              clock.instant().toString(),
              "closedBy",
              user.username()),
          Publication.PUBLISHED);
      return meeting(meetingDocumentId);
    }
  }

  /** The meeting as the pure rules see it: members present, open or closed. */
  static Meeting rules(MeetingEntry m) {
    Meeting meeting = Meeting.open(m.memberCount() == null ? 1 : m.memberCount(), m.quorum());
    for (Member member : m.presentMembers()) {
      meeting = meeting.attend(member.username());
    }
    if (m.isClosed()) {
      meeting =
          meeting.close(Map.of(), m.closedAt() == null ? java.time.Instant.EPOCH : m.closedAt());
    }
    return meeting;
  }

  /** The passed proposals of a closed meeting, for the decision. */
  public List<ProposalEntry> passed(String meetingDocumentId) {
    MeetingEntry m = meeting(meetingDocumentId);
    if (!m.isClosed()) {
      return List.of();
    }
    return m.proposals().stream().filter(p -> p.result() == ProposalResult.PASSED).toList();
  }

  private Object lock(String key) {
    return locks.computeIfAbsent(key, k -> new Object());
  }
}
