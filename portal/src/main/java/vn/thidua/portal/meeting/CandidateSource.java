package vn.thidua.portal.meeting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Who the council may propose in a year: the units and persons ranked by their scores, with whether
 * each reaches the eligibility threshold. The council's screens read candidates only through this;
 * the scoring module's {@code RankingService} stands behind it, so the council proposes from the
 * very ranking the offices read.
 */
public interface CandidateSource {

  /** The ranked units and persons of {@code year}, best first within each kind. */
  List<Candidate> candidates(int year);

  /** The candidates that reach the threshold. */
  default List<Candidate> eligible(int year) {
    return candidates(year).stream().filter(Candidate::eligible).toList();
  }

  /**
   * A unit or a person the council may consider.
   *
   * @param unitDocumentId set for a unit
   * @param personDocumentId set for a person
   * @param total the year's total of submitted scores
   * @param maxTotal the highest total of the subject's kind
   * @param rank within the kind (1, 1, 3 for ties)
   */
  record Candidate(
      @Nullable String unitDocumentId,
      @Nullable String personDocumentId,
      String name,
      @Nullable UnitKind kind,
      double total,
      double maxTotal,
      int rank,
      boolean eligible) {

    /** The key a proposal is matched by: the unit's or the person's documentId. */
    public String key() {
      return unitDocumentId != null ? "unit:" + unitDocumentId : "person:" + personDocumentId;
    }
  }
}
