package vn.thidua.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Report.StatusChange;
import vn.thidua.portal.strapi.model.ReportStatus;

class ReportWorkflowTest {

  private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-22T02:00:00Z");

  private static Report report(ReportStatus status, List<StatusChange> history) {
    return new Report(
        7, "rep1", "Báo cáo", null, 2026, null, null, List.of(), status, null, T0, null, history,
        Map.of(), null);
  }

  @Test
  void a_submitted_report_can_be_accepted_or_returned_and_each_change_is_recorded() {
    ReportWorkflow.Change first = ReportWorkflow.firstSubmission("donvi.tramyte", T0);
    Report submitted = report(ReportStatus.SUBMITTED, first.history());

    ReportWorkflow.Change returned =
        ReportWorkflow.returnForChanges(submitted, "thamdinh", "Thiếu số liệu", T1);

    assertThat(returned.to()).isEqualTo(ReportStatus.RETURNED);
    assertThat(returned.history()).hasSize(2);
    StatusChange last = returned.history().get(1);
    assertThat(last.fromStatus()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(last.toStatus()).isEqualTo(ReportStatus.RETURNED);
    assertThat(last.actor()).isEqualTo("thamdinh");
    assertThat(last.at()).isEqualTo(T1);
    assertThat(last.comment()).isEqualTo("Thiếu số liệu");
    assertThat(returned.fields())
        .containsEntry("status", "returned")
        .containsEntry("reviewerComment", "Thiếu số liệu")
        .containsEntry("reviewedAt", T1.toString());
    assertThat((List<?>) returned.fields().get("history")).as("the whole array is sent").hasSize(2);
  }

  @Test
  void a_returned_report_is_resubmitted_keeping_its_first_submission_date() {
    Report returned = report(ReportStatus.RETURNED, List.of());
    ReportWorkflow.Change again =
        ReportWorkflow.resubmit(returned, "donvi.tramyte", "Đã bổ sung", T1);
    assertThat(again.to()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(again.fields()).doesNotContainKey("submittedAt");
  }

  @Test
  void an_accepted_report_cannot_change_and_a_return_needs_a_comment() {
    assertThatThrownBy(
            () ->
                ReportWorkflow.returnForChanges(
                    report(ReportStatus.ACCEPTED, List.of()), "x", "y", T1))
        .isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(
            () -> ReportWorkflow.accept(report(ReportStatus.RETURNED, List.of()), "x", "", T1))
        .isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(
            () ->
                ReportWorkflow.returnForChanges(
                    report(ReportStatus.SUBMITTED, List.of()), "x", " ", T1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
