package vn.thidua.portal.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a unit fills in: the criteria it commits to (documentId to target; the target is null for a
 * criterion without a measure) and the award form it aims for.
 */
public record RegistrationForm(
    Map<String, @Nullable String> commitments, @Nullable String awardForm) {

  public RegistrationForm {
    commitments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(commitments));
  }

  /**
   * The form checked against what the plan offers the unit: only criteria of its kind, a target
   * only where the criterion has a measure (and then one is needed to submit), an award form of the
   * plan.
   *
   * @param forSubmit a draft may be incomplete; a submitted registration may not
   * @return the commitments to store, in the plan's order
   * @throws RegistrationException with the translation key of what is wrong
   */
  public List<Registration.Commitment> checked(
      List<PlanCriterion> criteriaOfKind, Set<String> awardForms, boolean forSubmit) {
    Map<String, PlanCriterion> byId =
        criteriaOfKind.stream()
            .collect(Collectors.toMap(PlanCriterion::documentId, c -> c, (a, b) -> a));
    for (String id : commitments.keySet()) {
      if (!byId.containsKey(id)) {
        throw new RegistrationException("registration.error.criterion");
      }
    }
    if (awardForm != null && !awardForm.isBlank() && !awardForms.contains(awardForm)) {
      throw new RegistrationException("registration.error.award-form");
    }
    List<Registration.Commitment> out = new ArrayList<>();
    for (PlanCriterion criterion : criteriaOfKind) {
      if (!commitments.containsKey(criterion.documentId())) {
        continue;
      }
      String target = commitments.get(criterion.documentId());
      target = target == null || target.isBlank() ? null : target.strip();
      if (!criterion.hasMeasure()) {
        target = null;
      } else if (target != null && target.length() > 200) {
        throw new RegistrationException("registration.error.target-long");
      } else if (target == null && forSubmit) {
        throw new RegistrationException("registration.error.target-missing");
      }
      out.add(new Registration.Commitment(criterion, target));
    }
    if (forSubmit && out.isEmpty()) {
      throw new RegistrationException("registration.error.no-criteria");
    }
    if (forSubmit && (awardForm == null || awardForm.isBlank())) {
      throw new RegistrationException("registration.error.award-form-missing");
    }
    return List.copyOf(out);
  }
}
