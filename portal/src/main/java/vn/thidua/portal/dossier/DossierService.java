package vn.thidua.portal.dossier;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.dossier.Dossier.FileRef;
import vn.thidua.portal.dossier.Dossier.Labels;
import vn.thidua.portal.dossier.DossierSources.ProposalData;
import vn.thidua.portal.dossier.DossierSources.ScoreRow;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.indexer.FileText;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiFile;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiPage;

/**
 * A proposal's dossier for the people who weigh it: the council, the reviewers (Phòng Văn hóa – Xã
 * hội, who prepare the proposals) and administrators; anyone else is refused before anything is
 * read. Files are read through {@link ReportService}, which applies the report's own access rule
 * again, and copied to temporary files one at a time.
 */
@Service
public class DossierService {

  private static final Logger log = LoggerFactory.getLogger(DossierService.class);

  private static final String[] PROPOSAL_POPULATE = {
    "unit",
    "person",
    "reports",
    "reports.files",
    "reports.unit",
    "initiatives",
    "initiatives.evidence",
    "initiatives.selfAssessments"
  };

  private final StrapiClient strapi;
  private final ReportService reports;
  private final IndexerClient indexer;
  private final CurrentUser currentUser;
  private final I18NProvider i18n;

  DossierService(
      StrapiClient strapi,
      ReportService reports,
      IndexerClient indexer,
      CurrentUser currentUser,
      I18NProvider i18n) {
    this.strapi = strapi;
    this.reports = reports;
    this.indexer = indexer;
    this.currentUser = currentUser;
    this.i18n = i18n;
  }

  private void requireReader() {
    currentUser.require(PortalRole.COUNCIL, PortalRole.REVIEWER, PortalRole.ADMIN);
  }

  /**
   * Reads what a proposal's dossier is made of and decides its claims and pages.
   *
   * @param portalBase the portal's address as the browser reached it, for the links in the PDF
   * @throws org.springframework.security.access.AccessDeniedException for any other role
   * @throws vn.thidua.portal.strapi.StrapiNotFoundException when there is no such proposal
   */
  Dossier assemble(String proposalDocumentId, String portalBase, Locale locale) {
    requireReader();
    ProposalData proposal =
        strapi.findOne(
            DossierSources.PROPOSALS,
            proposalDocumentId,
            // Read as a draft: a relation is populated in the status asked, and the unit's
            // initiatives a proposal cites may be drafts still.
            StrapiQuery.create().populate(PROPOSAL_POPULATE).draft());
    List<String> reportIds = proposal.reports().stream().map(Report::documentId).toList();
    List<ReportFact> facts =
        reportIds.isEmpty()
            ? List.of()
            : all(
                DossierSources.REPORT_FACTS,
                StrapiQuery.create()
                    .in("report.documentId", reportIds)
                    .filter("decision", "$ne", "rejected")
                    .populate("report", "unit", "initiative")
                    .draft());
    List<ScoreRow> scores = scoresOf(proposal);
    List<Story> stories = storiesAbout(proposal, reportIds);
    return DossierAssembler.assemble(
        new DossierSources(proposal, facts, scores, stories), portalBase, labels(locale));
  }

  /** Reads, assembles and prints a proposal's dossier into {@code out} in one go. */
  public void write(String proposalDocumentId, String portalBase, Locale locale, OutputStream out) {
    print(assemble(proposalDocumentId, portalBase, locale), locale, out);
  }

  /** The file name the dossier is downloaded as. */
  static String fileName(Dossier dossier) {
    String slug =
        java.text.Normalizer.normalize(dossier.cover().recipient(), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("^-|-$", "")
            .toLowerCase(Locale.ROOT);
    return "ho-so-thanh-tich" + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
  }

  /** Prints an assembled dossier into {@code out}. */
  void print(Dossier dossier, Locale locale, OutputStream out) {
    requireReader();
    try {
      DossierPdf.write(dossier, new StrapiPages(), labels(locale), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Labels labels(Locale locale) {
    return (key, args) -> i18n.getTranslation(key, locale, args);
  }

  private List<ScoreRow> scoresOf(ProposalData p) {
    if (p.year() == null || (p.unit() == null && p.person() == null)) return List.of();
    StrapiQuery query =
        p.unit() != null
            ? StrapiQuery.create().eq("unit.documentId", p.unit().documentId())
            : StrapiQuery.create().eq("person.documentId", p.person().documentId());
    return all(
        DossierSources.SCORES,
        query
            .eq("year", p.year())
            .populate("sheet", "criterion", "evidence", "evidence.initiative"));
  }

  private List<Story> storiesAbout(ProposalData p, List<String> reportIds) {
    Map<String, Story> found = new LinkedHashMap<>();
    List<StrapiQuery> queries = new ArrayList<>();
    if (p.unit() != null) {
      queries.add(StrapiQuery.create().eq("units.documentId", p.unit().documentId()));
    }
    if (!reportIds.isEmpty()) {
      queries.add(StrapiQuery.create().in("sourceReport.documentId", reportIds));
    }
    if (!p.initiatives().isEmpty()) {
      queries.add(
          StrapiQuery.create()
              .in(
                  "initiatives.documentId",
                  p.initiatives().stream().map(i -> i.documentId()).toList()));
    }
    for (StrapiQuery q : queries) {
      for (Story s : all(ContentType.STORIES, q.populate("sourceReport", "units"))) {
        found.putIfAbsent(s.documentId(), s);
      }
    }
    return List.copyOf(found.values());
  }

  /** Every page of a query's results (Strapi gives at most 100 a page). */
  private <T> List<T> all(ContentType<T> type, StrapiQuery query) {
    List<T> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      StrapiPage<T> found =
          strapi.find(type, query.sortAsc("id").page(page, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(found.data());
      if (page >= found.pagination().pageCount() || found.data().isEmpty()) {
        return all;
      }
    }
  }

  /** Files from Strapi (a report's through the report's access rule), texts from the indexer. */
  private final class StrapiPages implements PageSource {

    @Override
    public Optional<Path> copy(FileRef file) {
      try {
        String url =
            file.reportDocumentId() == null
                ? file.url()
                : reports.file(file.reportDocumentId(), file.mediaId()).url();
        Path copy = Files.createTempFile("ho-so-", ".tmp");
        try (StrapiFile upstream = strapi.open(url, false);
            InputStream in = upstream.body()) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(copy);
          throw e;
        }
        return Optional.of(copy);
      } catch (IOException | StrapiException | IllegalArgumentException e) {
        log.info("Dossier: {} could not be copied: {}", file.name(), e.toString());
        return Optional.empty();
      } catch (org.springframework.security.access.AccessDeniedException e) {
        log.info("Dossier: {} is not the report's file", file.name());
        return Optional.empty();
      }
    }

    @Override
    public Map<Integer, String> texts(FileRef file, Set<Integer> pages) {
      String fileId = Long.toString(file.mediaId());
      Optional<FileText> text;
      try {
        text =
            (file.reportDocumentId() == null
                    ? indexer.text(fileId, currentUser.indexerCaller())
                    : reports.text(file.reportDocumentId(), fileId))
                .available()
                .flatMap(Function.identity());
      } catch (RuntimeException e) {
        log.info("Dossier: no text for {}: {}", file.name(), e.toString());
        return Map.of();
      }
      Map<Integer, String> wanted = new LinkedHashMap<>();
      text.ifPresent(
          t ->
              t.pages().stream()
                  .filter(p -> pages.contains(p.page()))
                  .forEach(p -> wanted.put(p.page(), p.text())));
      return wanted;
    }
  }
}
