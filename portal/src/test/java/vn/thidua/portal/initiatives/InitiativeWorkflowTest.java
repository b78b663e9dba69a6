package vn.thidua.portal.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.initiatives.InitiativeWorkflow.Step;
import vn.thidua.portal.strapi.model.InitiativeReview.Action;
import vn.thidua.portal.strapi.model.InitiativeStatus;

class InitiativeWorkflowTest {

  private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");

  @Test
  void a_registered_initiative_is_verified_then_recognised_and_no_step_is_skipped() {
    Step verify =
        InitiativeWorkflow.decide(
            Action.VERIFY, InitiativeStatus.REGISTERED, false, "thamdinh", null, T0);
    assertThat(verify.to()).isEqualTo(InitiativeStatus.VERIFIED);
    Step recognise =
        InitiativeWorkflow.decide(Action.RECOGNISE, verify.to(), false, "thamdinh", "", T0);
    assertThat(recognise.to()).isEqualTo(InitiativeStatus.RECOGNISED);

    assertThatThrownBy(
            () ->
                InitiativeWorkflow.decide(
                    Action.RECOGNISE, InitiativeStatus.REGISTERED, false, "thamdinh", null, T0))
        .isInstanceOfSatisfying(
            InitiativeReviewException.class,
            e -> assertThat(e.messageKey()).isEqualTo("initiative-review.error.not-allowed"));
    assertThatThrownBy(
            () ->
                InitiativeWorkflow.decide(
                    Action.VERIFY, InitiativeStatus.RECOGNISED, true, "thamdinh", null, T0))
        .isInstanceOf(InitiativeReviewException.class);
  }

  @Test
  void an_initiative_without_a_status_counts_as_registered() {
    assertThat(InitiativeWorkflow.decide(Action.VERIFY, null, false, "quantri", null, T0).from())
        .isEqualTo(InitiativeStatus.REGISTERED);
  }

  @Test
  void a_return_needs_a_comment_goes_back_to_registered_and_off_the_public_catalogue() {
    assertThatThrownBy(
            () ->
                InitiativeWorkflow.decide(
                    Action.RETURN, InitiativeStatus.VERIFIED, true, "thamdinh", "   ", T0))
        .isInstanceOfSatisfying(
            InitiativeReviewException.class,
            e -> assertThat(e.messageKey()).isEqualTo("initiative-review.error.comment-required"));

    Step back =
        InitiativeWorkflow.decide(
            Action.RETURN, InitiativeStatus.VERIFIED, true, "thamdinh", "  Thiếu ảnh  ", T0);
    assertThat(back.to()).isEqualTo(InitiativeStatus.REGISTERED);
    assertThat(back.publishedBefore()).isTrue();
    assertThat(back.publishedAfter()).isFalse();
    assertThat(back.trailEntry()).containsEntry("comment", "Thiếu ảnh");

    assertThat(InitiativeWorkflow.allowed(Action.RETURN, InitiativeStatus.RECOGNISED, false))
        .as("a recognition is not taken back by returning")
        .isFalse();
  }

  @Test
  void only_a_verified_or_recognised_initiative_goes_on_the_public_catalogue() {
    assertThat(InitiativeWorkflow.allowed(Action.PUBLISH, InitiativeStatus.REGISTERED, false))
        .isFalse();
    assertThat(InitiativeWorkflow.allowed(Action.PUBLISH, InitiativeStatus.VERIFIED, false))
        .isTrue();
    assertThat(InitiativeWorkflow.allowed(Action.PUBLISH, InitiativeStatus.RECOGNISED, true))
        .as("already public")
        .isFalse();
    assertThat(InitiativeWorkflow.allowed(Action.UNPUBLISH, InitiativeStatus.RECOGNISED, true))
        .isTrue();
    assertThat(InitiativeWorkflow.allowed(Action.UNPUBLISH, InitiativeStatus.VERIFIED, false))
        .isFalse();

    Step publish =
        InitiativeWorkflow.decide(
            Action.PUBLISH, InitiativeStatus.RECOGNISED, false, "quantri", null, T0);
    assertThat(publish.to()).as("status unchanged").isEqualTo(InitiativeStatus.RECOGNISED);
    assertThat(publish.publishedAfter()).isTrue();
  }

  @Test
  void each_step_leaves_who_when_what_and_why_for_the_trail() {
    Step step =
        InitiativeWorkflow.decide(
            Action.VERIFY, InitiativeStatus.REGISTERED, false, "thamdinh", "Minh chứng đủ", T0);
    assertThat(step.trailEntry())
        .containsEntry("action", "verify")
        .containsEntry("fromStatus", "registered")
        .containsEntry("toStatus", "verified")
        .containsEntry("actor", "thamdinh")
        .containsEntry("at", "2026-11-24T03:00:00Z")
        .containsEntry("comment", "Minh chứng đủ");
    Step silent =
        InitiativeWorkflow.decide(
            Action.VERIFY, InitiativeStatus.REGISTERED, false, "thamdinh", " ", T0);
    assertThat(silent.trailEntry()).doesNotContainKey("comment");
  }
}
