package vn.thidua.portal.strapi.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An initiative (sáng kiến) a unit registers, with its evidence and self-assessment. */
public record Initiative(
    long id,
    String documentId,
    String title,
    @Nullable String slug,
    @Nullable Unit unit,
    @Nullable InitiativeField field,
    @Nullable Integer year,
    @Nullable RichText summary,
    @Nullable RichText detail,
    List<StrapiMedia> evidence,
    List<Criterion> criteria,
    @Nullable Report report,
    @Nullable InitiativeStatus reviewStatus,
    List<SelfAssessment> selfAssessments) {

  public Initiative {
    evidence = Lists.orEmpty(evidence);
    criteria = Lists.orEmpty(criteria);
    selfAssessments = Lists.orEmpty(selfAssessments);
  }

  /** The unit's own assessment against one criterion, pointing at its evidence. */
  public record SelfAssessment(
      @Nullable Criterion criterion,
      @Nullable Double score,
      @Nullable String note,
      @Nullable String evidenceFileName,
      @Nullable Integer evidencePage) {}
}
