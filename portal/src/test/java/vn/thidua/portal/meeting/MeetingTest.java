package vn.thidua.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingTest {

  private static final Instant CLOSE = Instant.parse("2026-12-15T09:00:00Z");

  private static Meeting withPresent(int members, String... present) {
    Meeting m = Meeting.open(members, null);
    for (String p : present) {
      m = m.attend(p);
    }
    return m;
  }

  @Test
  void quorum_is_more_than_half_of_the_members_unless_the_meeting_sets_one() {
    assertThat(withPresent(7, "a", "b", "c").hasQuorum()).isFalse();
    assertThat(withPresent(7, "a", "b", "c", "d").hasQuorum()).isTrue();
    assertThat(withPresent(6, "a", "b", "c").hasQuorum())
        .as("3 of 6 is not more than half")
        .isFalse();
    Meeting set = Meeting.open(7, 5).attend("a").attend("b").attend("c").attend("d");
    assertThat(set.hasQuorum()).isFalse();
  }

  @Test
  void a_meeting_without_quorum_cannot_close() {
    assertThatThrownBy(() -> withPresent(7, "a", "b").close(Map.of(), CLOSE))
        .hasMessage("meeting.error.no-quorum");
  }

  @Test
  void by_default_a_proposal_passes_with_more_than_half_of_the_members_present() {
    Meeting m = withPresent(5, "a", "b", "c", "d");
    m = m.vote("p1", "a", true).vote("p1", "b", true).vote("p1", "c", false).vote("p1", "d", false);
    m = m.vote("p2", "a", true).vote("p2", "b", true).vote("p2", "c", true).vote("p2", "d", false);
    Map<String, PassingRule> agenda = new LinkedHashMap<>();
    agenda.put("p1", PassingRule.of(null, null));
    agenda.put("p2", PassingRule.of(null, null));
    Meeting closed = m.close(agenda, CLOSE);
    assertThat(closed.results().get("p1")).isEqualTo(new Meeting.Result(2, 2, 4, false));
    assertThat(closed.results().get("p2")).isEqualTo(new Meeting.Result(3, 1, 4, true));
    assertThat(closed.passed()).containsExactly("p2");
  }

  @Test
  void a_member_who_does_not_vote_counts_as_present_not_agreeing() {
    Meeting m = withPresent(5, "a", "b", "c").vote("p1", "a", true).vote("p1", "b", true);
    assertThat(m.close(Map.of("p1", PassingRule.MORE_THAN_HALF), CLOSE).results().get("p1"))
        .isEqualTo(new Meeting.Result(2, 0, 3, true));
    Meeting one = withPresent(5, "a", "b", "c").vote("p1", "a", true);
    assertThat(one.close(Map.of("p1", PassingRule.MORE_THAN_HALF), CLOSE).passed()).isEmpty();
  }

  @Test
  void an_award_form_can_ask_for_two_thirds_at_least() {
    PassingRule twoThirds = PassingRule.of(66.67, true);
    assertThat(twoThirds.passes(2, 3))
        .as("66.67 % of 3 is 2.0001; two votes are 66.67 %")
        .isFalse();
    PassingRule exact = PassingRule.of(200.0 / 3, true);
    assertThat(exact.passes(2, 3)).isTrue();
    assertThat(exact.passes(1, 3)).isFalse();
    assertThat(PassingRule.of(50.0, true).passes(2, 4)).isTrue();
    assertThat(PassingRule.MORE_THAN_HALF.passes(2, 4)).isFalse();
  }

  @Test
  void only_present_members_vote_and_a_second_vote_replaces_the_first_while_open() {
    Meeting m = withPresent(5, "a", "b", "c");
    assertThatThrownBy(() -> m.vote("p1", "z", true)).hasMessage("meeting.error.not-present");
    Meeting changed = m.vote("p1", "a", false).vote("p1", "a", true);
    assertThat(changed.votes().get("p1")).containsExactly(Map.entry("a", true));
  }

  @Test
  void once_closed_nothing_changes_the_results() {
    Meeting closed =
        withPresent(3, "a", "b")
            .vote("p1", "a", true)
            .close(Map.of("p1", PassingRule.MORE_THAN_HALF), CLOSE);
    assertThat(closed.closed()).isTrue();
    assertThatThrownBy(() -> closed.vote("p1", "b", true)).hasMessage("meeting.error.closed");
    assertThatThrownBy(() -> closed.attend("c")).hasMessage("meeting.error.closed");
    assertThatThrownBy(() -> closed.close(Map.of("p1", PassingRule.MORE_THAN_HALF), CLOSE))
        .hasMessage("meeting.error.closed");
    assertThat(closed.results().get("p1")).isEqualTo(new Meeting.Result(1, 0, 2, false));
  }
}
