package vn.thidua.portal.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.dossier.DossierSources.AwardRow;
import vn.thidua.portal.dossier.DossierSources.ProposalData;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Story;

/**
 * Traceable the other way (issue 13): from a report, the nominations, awards and stories that cite
 * it, with the file and page where they say. Whoever may read the report sees the stories; only
 * those who weigh proposals (the council, reviewers, administrators) see proposals and awards not
 * yet decided.
 */
@Service
public class CitationService {

  /** What cites a report. */
  public enum Kind {
    PROPOSAL,
    AWARD,
    STORY
  }

  /**
   * One citation of a report.
   *
   * @param title the award form, or the story's title
   * @param recipient the unit or person proposed or awarded; empty for a story
   * @param pages where in the report's files it points ("file, page"), when known
   * @param link where the citing entry is read: the dossier, the honours page, the story
   */
  public record Citation(
      Kind kind,
      String title,
      String recipient,
      @Nullable Integer year,
      List<FilePageRef> pages,
      @Nullable String link) {

    public Citation {
      pages = List.copyOf(pages);
    }
  }

  /** A file of the report and a page in it. */
  public record FilePageRef(String fileName, int page) {}

  private final StrapiClient strapi;
  private final ReportService reports;
  private final CurrentUser currentUser;

  CitationService(StrapiClient strapi, ReportService reports, CurrentUser currentUser) {
    this.strapi = strapi;
    this.reports = reports;
    this.currentUser = currentUser;
  }

  /** What cites the report, proposals first, then awards, then stories. */
  public List<Citation> citing(String reportDocumentId, Locale locale) {
    // The report's own rule first: whoever may not read it learns nothing of what cites it.
    reports.report(reportDocumentId);
    PortalUser user = currentUser.require();
    boolean weighs =
        user.is(PortalRole.COUNCIL) || user.is(PortalRole.REVIEWER) || user.is(PortalRole.ADMIN);
    List<Citation> found = new ArrayList<>();
    if (weighs) {
      // The pages a proposal's dossier cites in this report: those of its confirmed facts.
      TreeSet<FilePageRef> factPages =
          new TreeSet<>(
              Comparator.comparing(FilePageRef::fileName).thenComparing(FilePageRef::page));
      for (ReportFact f :
          strapi
              .find(
                  DossierSources.REPORT_FACTS,
                  StrapiQuery.create()
                      .eq("report.documentId", reportDocumentId)
                      .filter("decision", "$ne", "rejected")
                      .page(1, StrapiQuery.MAX_PAGE_SIZE))
              .data()) {
        if (f.fileName() != null && f.page() != null) {
          factPages.add(new FilePageRef(f.fileName(), f.page()));
        }
      }
      for (ProposalData p :
          strapi
              .find(
                  DossierSources.PROPOSALS,
                  StrapiQuery.create()
                      .eq("reports.documentId", reportDocumentId)
                      .populate("unit", "person")
                      .sortAsc("createdAt")
                      .page(1, StrapiQuery.MAX_PAGE_SIZE))
              .data()) {
        found.add(
            new Citation(
                Kind.PROPOSAL,
                p.awardForm(),
                p.recipientName(),
                p.year(),
                List.copyOf(factPages),
                DossierLinks.url(p.documentId(), locale)));
      }
      for (AwardRow a :
          strapi
              .find(
                  DossierSources.AWARDS,
                  StrapiQuery.create()
                      .eq("reports.documentId", reportDocumentId)
                      .populate("recipientUnit", "recipient")
                      .sortAsc("createdAt")
                      .page(1, StrapiQuery.MAX_PAGE_SIZE))
              .data()) {
        found.add(
            new Citation(
                Kind.AWARD,
                a.form() == null ? "" : a.form(),
                a.recipientName(),
                a.year(),
                List.of(),
                "decided".equals(a.decisionStatus()) ? "/" + Routes.AWARDS : null));
      }
    }
    for (Story s :
        strapi
            .find(
                ContentType.STORIES,
                StrapiQuery.create()
                    .eq("sourceReport.documentId", reportDocumentId)
                    .sortAsc("createdAt")
                    .page(1, StrapiQuery.MAX_PAGE_SIZE))
            .data()) {
      List<FilePageRef> pages =
          s.sourceFileName() == null
              ? List.of()
              : List.of(
                  new FilePageRef(s.sourceFileName(), s.sourcePage() == null ? 1 : s.sourcePage()));
      found.add(
          new Citation(
              Kind.STORY,
              s.title(),
              "",
              s.publishedDate() == null ? null : s.publishedDate().getYear(),
              pages,
              "/" + Routes.STORIES + "/" + s.slug()));
    }
    return found;
  }
}
