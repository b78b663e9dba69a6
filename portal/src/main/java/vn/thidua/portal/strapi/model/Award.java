package vn.thidua.portal.strapi.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An award proposed for or decided on a unit or a person, with the evidence behind it.
 *
 * @param recipient the person (1.4) awarded, read with the portal's token only (persons are not
 *     public)
 * @param recipientPerson the person as the award names them (name, position, unit), written when
 *     the award is made so the public honours list prints it without reading the person; older
 *     awards carry a free-text name here and no {@code recipient}
 */
public record Award(
    long id,
    String documentId,
    @Nullable Unit recipientUnit,
    @Nullable String recipientPerson,
    @Nullable String form,
    @Nullable Stage stage,
    @Nullable Integer year,
    @Nullable AwardStatus decisionStatus,
    @Nullable String decisionNumber,
    @Nullable LocalDate decisionDate,
    @Nullable RichText reason,
    List<Initiative> initiatives,
    List<Report> reports,
    @Nullable RichText evidenceNote,
    @Nullable Person recipient) {

  public Award {
    initiatives = Lists.orEmpty(initiatives);
    reports = Lists.orEmpty(reports);
  }

  /** The unit's name, or the person with position and unit; empty when neither is known. */
  public String recipientName() {
    if (recipientUnit != null) {
      return recipientUnit.name();
    }
    if (recipient != null) {
      return recipient.label();
    }
    return recipientPerson == null ? "" : recipientPerson;
  }
}
