package vn.thidua.portal.registration;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;

/**
 * A unit's (or a person's) registration for a year, as Strapi keeps it ({@code api::registration}).
 */
public record Registration(
    long id,
    String documentId,
    @Nullable Unit unit,
    @Nullable Person person,
    @Nullable Integer year,
    List<Commitment> commitments,
    @Nullable String awardForm,
    @Nullable Stage awardStage,
    @Nullable RegistrationStatus status,
    @Nullable Instant submittedAt,
    @Nullable String submittedBy) {

  public Registration {
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
  }

  public boolean isSubmitted() {
    return status == RegistrationStatus.SUBMITTED;
  }

  /** One criterion committed to, with its target when the criterion has a measure. */
  public record Commitment(@Nullable PlanCriterion criterion, @Nullable String target) {}
}
