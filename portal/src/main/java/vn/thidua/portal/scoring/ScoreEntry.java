package vn.thidua.portal.scoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Unit;

/**
 * A unit's (or a person's) score on one criterion in a year, as Strapi keeps it ({@code
 * api::score.score}): the points, the office's comment and the evidence it points at.
 */
public record ScoreEntry(
    long id,
    String documentId,
    @Nullable SheetRef sheet,
    @Nullable Unit unit,
    @Nullable Person person,
    @Nullable PlanCriterion criterion,
    @Nullable Integer year,
    @Nullable Double points,
    @Nullable String comment,
    List<EvidenceLink> evidence,
    @Nullable String scoredBy,
    @Nullable Instant scoredAt) {

  public ScoreEntry {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The sheet a score belongs to, by its office. */
  public record SheetRef(String documentId, @Nullable OwningOffice office) {}

  /**
   * Evidence for a score: a file of the unit's report and a page in it, or one of the unit's
   * initiatives.
   */
  public record EvidenceLink(
      @Nullable Long fileId,
      @Nullable String fileName,
      @Nullable Integer page,
      @Nullable InitiativeRef initiative) {}

  /** An initiative named as evidence. */
  public record InitiativeRef(String documentId, @Nullable String title) {}
}
