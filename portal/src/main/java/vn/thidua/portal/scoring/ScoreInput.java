package vn.thidua.portal.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an office enters for one criterion of one unit: the points, a comment, and evidence — a file
 * of the unit's report with a page, and or one of the unit's initiatives.
 */
public record ScoreInput(
    double points,
    @Nullable String comment,
    @Nullable Long fileId,
    @Nullable Integer page,
    @Nullable String initiativeDocumentId) {

  /** A comment is a paragraph or two, not a report. */
  static final int MAX_COMMENT = 2000;

  /** Beyond any report a unit sends; a typo such as 100000 is refused rather than stored. */
  static final int MAX_PAGE = 10_000;

  /** The comment as stored: trimmed, null when empty. */
  @Nullable String cleanComment() {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }

  /**
   * The evidence as Strapi stores it, checked against what the unit has.
   *
   * @throws ScoringException when the comment is too long, or the evidence is not the unit's or has
   *     a page without a file or out of range
   */
  List<Map<String, Object>> checkedEvidence(EvidenceChoices choices) {
    String clean = cleanComment();
    if (clean != null && clean.length() > MAX_COMMENT) {
      throw new ScoringException("scoring.error.comment-long");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    if (fileId != null) {
      EvidenceChoices.FileChoice file =
          choices.files().stream()
              .filter(f -> f.fileId() == fileId)
              .findFirst()
              .orElseThrow(() -> new ScoringException("scoring.error.evidence-file"));
      if (page != null && (page < 1 || page > MAX_PAGE)) {
        throw new ScoringException("scoring.error.evidence-page");
      }
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("fileId", file.fileId());
      link.put("fileName", file.fileName());
      if (page != null) {
        link.put("page", page);
      }
      out.add(link);
    } else if (page != null) {
      throw new ScoringException("scoring.error.page-without-file");
    }
    if (initiativeDocumentId != null && !initiativeDocumentId.isBlank()) {
      boolean own =
          choices.initiatives().stream().anyMatch(i -> i.documentId().equals(initiativeDocumentId));
      if (!own) {
        throw new ScoringException("scoring.error.evidence-initiative");
      }
      out.add(Map.of("initiative", initiativeDocumentId));
    }
    return out;
  }
}
