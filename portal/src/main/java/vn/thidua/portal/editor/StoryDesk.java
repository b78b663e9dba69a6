package vn.thidua.portal.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * Stories as the editor writes them: drafts in Strapi, a preview, then publication; exemplar
 * stories started from an initiative or from a passage of an accepted report keep their source.
 */
@Service
public class StoryDesk {

  private static final String[] POPULATE = {
    "sourceInitiative", "sourceReport.unit", "units", "initiatives"
  };

  /** The longest passage a story keeps as its source excerpt. */
  static final int MAX_EXCERPT = 1500;

  private final StrapiClient strapi;
  private final StrapiProperties strapiProperties;
  private final ReportService reports;
  private final CurrentUser currentUser;
  private final Clock clock;

  StoryDesk(
      StrapiClient strapi,
      StrapiProperties strapiProperties,
      ReportService reports,
      CurrentUser currentUser,
      Clock clock) {
    this.strapi = strapi;
    this.strapiProperties = strapiProperties;
    this.reports = reports;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  private void requireEditor() {
    currentUser.require(PortalRole.EDITOR, PortalRole.ADMIN);
  }

  /** The latest drafts (a published story also has a draft version in Strapi 5). */
  public List<Story> drafts() {
    requireEditor();
    return strapi
        .find(
            ContentType.STORIES,
            StrapiQuery.create().draft().populate(POPULATE).sortDesc("updatedAt").page(1, 50))
        .data();
  }

  public Story draft(String documentId) {
    requireEditor();
    return strapi.findOne(
        ContentType.STORIES, documentId, StrapiQuery.create().draft().populate(POPULATE));
  }

  /** Initiatives to write up, newest first (drafts included, so staff see them all). */
  public List<Initiative> initiatives() {
    requireEditor();
    return strapi
        .find(
            ContentType.INITIATIVES,
            StrapiQuery.create().populate("unit", "evidence").sortDesc("year").page(1, 100))
        .data();
  }

  /** The accepted reports of a year, to write stories from (their text is public). */
  public List<Report> acceptedReports(int year) {
    requireEditor();
    return reports.acceptedReports(year);
  }

  /** The campaign's years, for the year picker. */
  public CampaignYears campaignYears() {
    requireEditor();
    return reports.campaignYears();
  }

  /**
   * Saves a new draft; nothing is public until {@link #publish(String)}.
   *
   * @throws SourceReportNotAcceptedException when the draft cites a report not accepted
   */
  public Story create(StoryDraft draft) {
    requireEditor();
    requireAcceptedSource(draft.sourceReportDocumentId());
    return strapi.create(ContentType.STORIES, fields(draft), Publication.DRAFT);
  }

  /**
   * @throws SourceReportNotAcceptedException when the draft cites a report not accepted
   */
  public Story save(String documentId, StoryDraft draft) {
    requireEditor();
    requireAcceptedSource(draft.sourceReportDocumentId());
    return strapi.update(ContentType.STORIES, documentId, fields(draft), Publication.DRAFT);
  }

  /**
   * Publishes the draft as it is, and forgets the public cache so readers see it at once.
   *
   * @throws SourceReportNotAcceptedException when the story cites a report that is not (or no
   *     longer) accepted: it was returned to its unit after the draft was written
   */
  public Story publish(String documentId) {
    requireEditor();
    Story draft =
        strapi.findOne(
            ContentType.STORIES, documentId, StrapiQuery.create().draft().populate("sourceReport"));
    if (draft.sourceReport() != null) {
      requireAccepted(draft.sourceReport());
    }
    Story story =
        strapi.update(
            ContentType.STORIES,
            documentId,
            Map.of("publishedDate", LocalDate.now(clock).toString()),
            Publication.PUBLISHED);
    strapi.evictPublicCache();
    return story;
  }

  /**
   * A first draft of an exemplar story from an initiative: its title, summary and detail, linked
   * back to it (and its unit), with the evidence file and page of its self-assessment when known.
   */
  public StoryDraft fromInitiative(String initiativeDocumentId) {
    requireEditor();
    Initiative i =
        strapi.findOne(
            ContentType.INITIATIVES,
            initiativeDocumentId,
            StrapiQuery.create().populate("unit", "evidence", "selfAssessments"));
    String summary = i.summary() == null ? "" : i.summary().source();
    String body = i.detail() == null || i.detail().isBlank() ? summary : i.detail().source();
    String fileName = null;
    Integer page = null;
    for (Initiative.SelfAssessment a : i.selfAssessments()) {
      if (a.evidenceFileName() != null) {
        fileName = a.evidenceFileName();
        page = a.evidencePage();
        break;
      }
    }
    if (fileName == null && !i.evidence().isEmpty()) {
      fileName = i.evidence().getFirst().name();
    }
    return new StoryDraft(
        i.title(),
        summary,
        body,
        i.documentId(),
        i.unit() == null ? null : i.unit().documentId(),
        fileName,
        page,
        summary.isBlank() ? null : summary,
        null);
  }

  /**
   * Starts an exemplar story from a passage of an accepted report: saves a draft at once that keeps
   * the report, the file and the page, quotes the passage and names the unit, and returns it for
   * the editor to write. The report is read with the editor's own rights (an editor reads accepted
   * reports only) and the file must be one of its files.
   *
   * @param page the page of the file, null for a file without pages (DOCX, ODT)
   * @param passage the text the editor selected, or the page's text; highlight marks are removed
   * @throws IllegalArgumentException when the passage is empty or the page is not a page number
   */
  public Story fromReportPassage(
      String reportDocumentId, long fileId, @Nullable Integer page, String passage) {
    requireEditor();
    String excerpt = excerpt(passage);
    if (excerpt.isEmpty()) {
      throw new IllegalArgumentException("A story starts from a passage with some text");
    }
    if (page != null && page < 1) {
      throw new IllegalArgumentException("Pages count from 1: " + page);
    }
    Report report = reports.report(reportDocumentId);
    StrapiMedia file = reports.file(reportDocumentId, fileId);
    String unitName = report.unit() == null ? "" : report.unit().name();
    StoryDraft draft =
        new StoryDraft(
            titleFrom(unitName, excerpt),
            "",
            "> " + excerpt.replace("\n", "\n> ") + "\n",
            null,
            report.unit() == null ? null : report.unit().documentId(),
            file.name(),
            page,
            excerpt,
            report.documentId());
    return strapi.create(ContentType.STORIES, fields(draft), Publication.DRAFT);
  }

  private void requireAcceptedSource(@Nullable String reportDocumentId) {
    if (reportDocumentId != null) {
      requireAccepted(strapi.findOne(ContentType.REPORTS, reportDocumentId, StrapiQuery.create()));
    }
  }

  private static void requireAccepted(Report report) {
    if (report.status() != ReportStatus.ACCEPTED) {
      throw new SourceReportNotAcceptedException(report.documentId());
    }
  }

  /** The passage as a story keeps it: plain text, spaces tidied, at most {@link #MAX_EXCERPT}. */
  static String excerpt(String passage) {
    String text =
        passage
            .replaceAll("</?(mark|em)>", "")
            .replace('\u00a0', ' ')
            .replaceAll("[ \\t]+", " ")
            .replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n")
            .strip();
    if (text.length() <= MAX_EXCERPT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_EXCERPT - 1);
    return text.substring(0, cut > MAX_EXCERPT / 2 ? cut : MAX_EXCERPT - 1).strip() + "…";
  }

  /** A working title: the unit and the passage's first words (the editor rewrites it). */
  static String titleFrom(String unitName, String excerpt) {
    String[] words = excerpt.replace('\n', ' ').strip().split("\\s+");
    String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(12, words.length)));
    String lead = words.length > 12 ? start + "…" : start;
    return unitName.isBlank() ? lead : unitName + ": " + lead;
  }

  /** Where the editor can open the story in Strapi's admin. */
  public String adminUrl(String documentId) {
    String base = strapiProperties.publicUrl().toString().replaceAll("/$", "");
    return base + "/admin/content-manager/collection-types/api::story.story/" + documentId;
  }

  private static Map<String, Object> fields(StoryDraft draft) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", draft.title());
    data.put("summary", draft.summary());
    data.put("body", draft.body());
    if (draft.sourceInitiativeDocumentId() != null) {
      data.put("sourceInitiative", draft.sourceInitiativeDocumentId());
      data.put("initiatives", List.of(draft.sourceInitiativeDocumentId()));
    }
    if (draft.unitDocumentId() != null) {
      data.put("units", List.of(draft.unitDocumentId()));
    }
    if (draft.sourceFileName() != null) {
      data.put("sourceFileName", draft.sourceFileName());
    }
    if (draft.sourcePage() != null) {
      data.put("sourcePage", draft.sourcePage());
    }
    if (draft.sourceExcerpt() != null) {
      data.put("sourceExcerpt", draft.sourceExcerpt());
    }
    if (draft.sourceReportDocumentId() != null) {
      data.put("sourceReport", draft.sourceReportDocumentId());
    }
    return data;
  }
}
