package vn.thidua.portal.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A council meeting, immutable: every step returns the next meeting. Only present members vote,
 * once per proposal (a second vote replaces the first while the meeting is open); the meeting
 * closes only with its quorum, and closing computes each proposal's result once. After that nothing
 * changes: every step throws.
 *
 * @param memberCount the council's members, present or not
 * @param quorum the members that must be present; null is more than half of {@code memberCount}
 * @param votes proposal id → member → agrees
 * @param results filled when the meeting closes
 */
public record Meeting(
    int memberCount,
    @Nullable Integer quorum,
    Set<String> present,
    Map<String, Map<String, Boolean>> votes,
    boolean closed,
    @Nullable Instant closedAt,
    Map<String, Result> results) {

  public Meeting {
    present = Set.copyOf(present);
    Map<String, Map<String, Boolean>> copy = new LinkedHashMap<>();
    votes.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    votes = java.util.Collections.unmodifiableMap(copy);
    results = Map.copyOf(results);
  }

  /** A proposal's result: the votes, the members present, passed or not. */
  public record Result(int agree, int disagree, int present, boolean passed) {}

  public static Meeting open(int memberCount, @Nullable Integer quorum) {
    if (memberCount < 1) {
      throw new IllegalArgumentException("A council has members: " + memberCount);
    }
    return new Meeting(memberCount, quorum, Set.of(), Map.of(), false, null, Map.of());
  }

  /** The members needed for the meeting to decide. */
  public int requiredPresent() {
    return quorum != null && quorum > 0 ? quorum : memberCount / 2 + 1;
  }

  public boolean hasQuorum() {
    return present.size() >= requiredPresent();
  }

  /** Records a member as present. */
  public Meeting attend(String member) {
    requireOpen();
    if (present.size() >= memberCount && !present.contains(member)) {
      throw new MeetingException("meeting.error.too-many-present");
    }
    Set<String> next = new LinkedHashSet<>(present);
    next.add(member);
    return new Meeting(memberCount, quorum, next, votes, false, null, results);
  }

  /** A present member's vote on a proposal. */
  public Meeting vote(String proposal, String member, boolean agree) {
    requireOpen();
    if (!present.contains(member)) {
      throw new MeetingException("meeting.error.not-present");
    }
    Map<String, Map<String, Boolean>> next = new LinkedHashMap<>(votes);
    Map<String, Boolean> ofProposal = new LinkedHashMap<>(next.getOrDefault(proposal, Map.of()));
    ofProposal.put(member, agree);
    next.put(proposal, ofProposal);
    return new Meeting(memberCount, quorum, present, next, false, null, results);
  }

  /**
   * Closes the meeting and records each proposal's result under its award form's rule.
   *
   * @param proposals every proposal on the agenda, with the rule of its award form
   * @throws MeetingException without quorum, or when already closed
   */
  public Meeting close(Map<String, PassingRule> proposals, Instant at) {
    requireOpen();
    if (!hasQuorum()) {
      throw new MeetingException("meeting.error.no-quorum");
    }
    Map<String, Result> out = new LinkedHashMap<>();
    proposals.forEach(
        (proposal, rule) -> {
          Map<String, Boolean> cast = votes.getOrDefault(proposal, Map.of());
          int agree = (int) cast.values().stream().filter(Boolean::booleanValue).count();
          int disagree = cast.size() - agree;
          out.put(
              proposal,
              new Result(agree, disagree, present.size(), rule.passes(agree, present.size())));
        });
    return new Meeting(memberCount, quorum, present, votes, true, at, out);
  }

  /** The proposals that passed, in agenda order. */
  public List<String> passed() {
    List<String> out = new ArrayList<>();
    results.forEach(
        (p, r) -> {
          if (r.passed()) out.add(p);
        });
    return out;
  }

  private void requireOpen() {
    if (closed) {
      throw new MeetingException("meeting.error.closed");
    }
  }
}
