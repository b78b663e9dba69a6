package vn.thidua.portal.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.Unit;

/**
 * What a dossier is assembled from, as read from Strapi with the portal's token: the proposal with
 * its reports and initiatives, the facts reviewers confirmed in those reports, the recipient's
 * scores with their evidence, and the stories about the recipient. Read here rather than through
 * the council's desk so the council's view can link to the dossier without a cycle.
 */
record DossierSources(
    ProposalData proposal, List<ReportFact> facts, List<ScoreRow> scores, List<Story> stories) {

  DossierSources {
    facts = List.copyOf(facts);
    scores = List.copyOf(scores);
    stories = List.copyOf(stories);
  }

  static final ContentType<ProposalData> PROPOSALS =
      new ContentType<>("proposals", "api::proposal.proposal", ProposalData.class);
  static final ContentType<ScoreRow> SCORES =
      new ContentType<>("scores", "api::score.score", ScoreRow.class);
  static final ContentType<ReportFact> REPORT_FACTS =
      new ContentType<>("report-facts", "api::report-fact.report-fact", ReportFact.class);
  static final ContentType<AwardRow> AWARDS =
      new ContentType<>("awards", "api::award.award", AwardRow.class);

  /** A person proposed (1.4), as much as the dossier prints. */
  record PersonRef(long id, String documentId, String fullName, @Nullable String position) {}

  /** The proposal ({@code api::proposal.proposal}) with what it cites. */
  record ProposalData(
      long id,
      String documentId,
      @Nullable Stage stage,
      @Nullable Integer year,
      @Nullable Unit unit,
      @Nullable PersonRef person,
      String awardForm,
      @Nullable Double totalScore,
      List<Report> reports,
      List<Initiative> initiatives,
      @Nullable String evidenceNote) {

    ProposalData {
      reports = reports == null ? List.of() : List.copyOf(reports);
      initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }

    String recipientName() {
      return unit != null ? unit.name() : person != null ? person.fullName() : "";
    }
  }

  /** A score sheet's office and state: only submitted sheets count. */
  record SheetRef(long id, String documentId, @Nullable String office, @Nullable String status) {
    boolean submitted() {
      return "submitted".equals(status);
    }
  }

  /** A criterion's code and title. */
  record CriterionRef(long id, String documentId, @Nullable String code, @Nullable String title) {}

  /** A score's evidence: a report file at a page, or an initiative. */
  record EvidenceLink(
      @Nullable Long fileId,
      @Nullable String fileName,
      @Nullable Integer page,
      @Nullable Initiative initiative) {}

  /** One score of the recipient on one criterion. */
  record ScoreRow(
      long id,
      String documentId,
      @Nullable CriterionRef criterion,
      @Nullable Integer year,
      @Nullable Double points,
      @Nullable String comment,
      @Nullable SheetRef sheet,
      List<EvidenceLink> evidence) {

    ScoreRow {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** An award and the reports it cites (for the way back from a report to what cites it). */
  record AwardRow(
      long id,
      String documentId,
      @Nullable String form,
      @Nullable Stage stage,
      @Nullable Integer year,
      @Nullable String decisionNumber,
      @Nullable String decisionStatus,
      @Nullable Unit recipientUnit,
      @Nullable String recipientPerson,
      @Nullable PersonRef recipient) {

    /** The unit, or the person as the award names them (written from the person when made). */
    String recipientName() {
      if (recipientUnit != null) {
        return recipientUnit.name();
      }
      if (recipientPerson != null && !recipientPerson.isBlank()) {
        return recipientPerson;
      }
      return recipient == null ? "" : recipient.fullName();
    }
  }
}
