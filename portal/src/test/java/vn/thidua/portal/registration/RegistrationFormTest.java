package vn.thidua.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.UnitKind;

class RegistrationFormTest {

  private static final PlanCriterion MEASURED =
      new PlanCriterion(
          1,
          "c-b",
          "1.3.b",
          UnitKind.DOANH_NGHIEP,
          "Giải pháp công nghệ",
          OwningOffice.VAN_HOA_XA_HOI,
          30.0,
          "số giải pháp",
          2);
  private static final PlanCriterion UNMEASURED =
      new PlanCriterion(
          2,
          "c-a",
          "1.3.a",
          UnitKind.DOANH_NGHIEP,
          "Tầm nhìn",
          OwningOffice.VAN_HOA_XA_HOI,
          20.0,
          null,
          1);
  private static final List<PlanCriterion> OF_KIND = List.of(UNMEASURED, MEASURED);
  private static final Set<String> FORMS = Set.of("Khen thưởng theo thẩm quyền");

  private static RegistrationForm form(@Nullable String awardForm, Object... idTarget) {
    Map<String, @Nullable String> m = new LinkedHashMap<>();
    for (int i = 0; i < idTarget.length; i += 2) {
      m.put((String) idTarget[i], (String) idTarget[i + 1]);
    }
    return new RegistrationForm(m, awardForm);
  }

  @Test
  void a_target_is_kept_only_for_a_criterion_with_a_measure() {
    var out =
        form("Khen thưởng theo thẩm quyền", "c-b", " 3 ", "c-a", "ignored")
            .checked(OF_KIND, FORMS, true);
    assertThat(out).extracting(c -> c.criterion().code()).containsExactly("1.3.a", "1.3.b");
    assertThat(out).extracting(Registration.Commitment::target).containsExactly(null, "3");
  }

  @Test
  void a_criterion_of_another_kind_of_unit_is_refused() {
    assertThatThrownBy(() -> form(null, "c-other", "1").checked(OF_KIND, FORMS, false))
        .isInstanceOf(RegistrationException.class)
        .hasMessage("registration.error.criterion");
  }

  @Test
  void an_award_form_not_in_the_plan_is_refused() {
    assertThatThrownBy(() -> form("Huân chương", "c-a", null).checked(OF_KIND, FORMS, false))
        .hasMessage("registration.error.award-form");
  }

  @Test
  void a_draft_may_be_incomplete_but_a_submission_may_not() {
    assertThat(form(null, "c-b", "").checked(OF_KIND, FORMS, false)).hasSize(1);
    assertThatThrownBy(
            () -> form("Khen thưởng theo thẩm quyền", "c-b", " ").checked(OF_KIND, FORMS, true))
        .hasMessage("registration.error.target-missing");
    assertThatThrownBy(() -> form("Khen thưởng theo thẩm quyền").checked(OF_KIND, FORMS, true))
        .hasMessage("registration.error.no-criteria");
    assertThatThrownBy(() -> form(null, "c-a", null).checked(OF_KIND, FORMS, true))
        .hasMessage("registration.error.award-form-missing");
  }
}
