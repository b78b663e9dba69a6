package vn.thidua.portal.strapi.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An award proposed for or decided on a unit or a person, with the evidence behind it. */
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
    @Nullable RichText evidenceNote) {

  public Award {
    initiatives = Lists.orEmpty(initiatives);
    reports = Lists.orEmpty(reports);
  }
}
