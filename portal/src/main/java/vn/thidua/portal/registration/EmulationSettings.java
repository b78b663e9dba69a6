package vn.thidua.portal.registration;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.Stage;

/**
 * The site setting's fields that drive the emulation chain (window, reminders, threshold) and the
 * active plan's award forms with their passing share; everything another commune changes.
 */
public record EmulationSettings(
    long id,
    String documentId,
    @Nullable Integer registrationOpensDay,
    @Nullable Integer registrationOpensMonth,
    @Nullable Integer registrationClosesDay,
    @Nullable Integer registrationClosesMonth,
    @Nullable Integer registrationReminderLeadDays,
    @Nullable Integer reportReminderLeadDays,
    @Nullable Double eligibilityThresholdPercent,
    @Nullable Plan activeCampaign) {

  public RegistrationWindow window() {
    return RegistrationWindow.of(
        registrationOpensDay,
        registrationOpensMonth,
        registrationClosesDay,
        registrationClosesMonth);
  }

  /** The award forms of the active plan, in the plan's order. */
  public List<AwardForm> awardForms() {
    return activeCampaign == null ? List.of() : activeCampaign.awardForms();
  }

  /** The active plan, only for its award forms. */
  public record Plan(List<AwardForm> awardForms) {
    public Plan {
      awardForms = awardForms == null ? List.of() : List.copyOf(awardForms);
    }
  }

  /**
   * A form of award (plan III.2) and the share of agreeing votes among the members present that a
   * proposal for it needs (default: more than half).
   */
  public record AwardForm(
      @Nullable Stage stage,
      String name,
      @Nullable Integer order,
      @Nullable Double passingSharePercent,
      @Nullable Boolean passingInclusive) {}
}
