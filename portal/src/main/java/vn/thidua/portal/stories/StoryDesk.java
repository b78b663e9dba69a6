package vn.thidua.portal.stories;

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
import vn.thidua.portal.strapi.UploadSource;
import vn.thidua.portal.strapi.UploadTarget;
import vn.thidua.portal.strapi.model.Column;
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
    "sourceInitiative", "sourceReport.unit", "units", "initiatives", "cover", "column"
  };

  /** Images an editor may put in a story: what browsers show, at most 10 MB. */
  public static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;

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

  /**
   * The latest stories as their drafts (a published story also has a draft version in Strapi 5),
   * each with its true state: draft, published, or changed since publishing.
   */
  public List<StoryListing> drafts() {
    requireEditor();
    List<Story> drafts =
        strapi
            .find(
                ContentType.STORIES,
                StrapiQuery.create().draft().populate(POPULATE).sortDesc("updatedAt").page(1, 50))
            .data();
    Map<String, Story> published =
        publishedVersions(drafts.stream().map(Story::documentId).toList());
    return drafts.stream()
        .map(
            d -> {
              Story p = published.get(d.documentId());
              return new StoryListing(
                  d, StoryState.of(d.updatedAt(), p == null ? null : p.updatedAt()));
            })
        .toList();
  }

  /** The state of one story. */
  public StoryState state(Story draft) {
    requireEditor();
    Story p = publishedVersions(List.of(draft.documentId())).get(draft.documentId());
    return StoryState.of(draft.updatedAt(), p == null ? null : p.updatedAt());
  }

  private Map<String, Story> publishedVersions(List<String> documentIds) {
    if (documentIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Story> byId = new LinkedHashMap<>();
    strapi
        .find(
            ContentType.STORIES,
            StrapiQuery.create()
                .fields("slug", "updatedAt")
                .in("documentId", documentIds)
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data()
        .forEach(s -> byId.put(s.documentId(), s));
    return byId;
  }

  /** The columns (chuyên mục) a story may be filed under, in their order. */
  public List<Column> columns() {
    requireEditor();
    return strapi
        .find(ContentType.COLUMNS, StrapiQuery.create().sortAsc("order").page(1, 50))
        .data();
  }

  /**
   * Images already in the media library that stories use (their covers), newest story first, for
   * the editor to pick from. Only these: the library also holds units' report files, which are not
   * the editor's to publish.
   */
  public List<StrapiMedia> images() {
    requireEditor();
    Map<Long, StrapiMedia> images = new LinkedHashMap<>();
    strapi
        .find(
            ContentType.STORIES,
            StrapiQuery.create()
                .draft()
                .fields("title")
                .populate("cover")
                .sortDesc("updatedAt")
                .page(1, 100))
        .data()
        .forEach(
            s -> {
              if (s.cover() != null && isImage(s.cover().mime())) {
                images.putIfAbsent(s.cover().id(), s.cover());
              }
            });
    return List.copyOf(images.values());
  }

  /**
   * Uploads an image to the media library for a story.
   *
   * @throws IllegalArgumentException when the file is not a PNG, JPEG, GIF or WebP image by its
   *     content, or is larger than {@link #MAX_IMAGE_BYTES}
   */
  public StrapiMedia uploadImage(String fileName, byte[] content) {
    return uploadImage(null, fileName, content);
  }

  /**
   * Uploads an image for the text of a story, attached to the story's draft ({@code images}), so
   * that readers may fetch it once the story is published: Strapi serves a file to the public only
   * when a published entry holds it.
   */
  public StrapiMedia uploadImage(
      @Nullable String storyDocumentId, String fileName, byte[] content) {
    requireEditor();
    String mime = StoryImages.mime(content);
    if (mime == null) {
      throw new IllegalArgumentException("Not an image: " + fileName);
    }
    if (content.length > MAX_IMAGE_BYTES) {
      throw new IllegalArgumentException("Image over 10 MB: " + fileName);
    }
    UploadSource source =
        new UploadSource(
            fileName, mime, content.length, () -> new java.io.ByteArrayInputStream(content));
    if (storyDocumentId == null) {
      return strapi.upload(source).getFirst();
    }
    long draftId =
        strapi
            .findOne(
                ContentType.STORIES, storyDocumentId, StrapiQuery.create().draft().fields("title"))
            .id();
    return strapi
        .upload(source, UploadTarget.of(ContentType.STORIES, draftId, "images"))
        .getFirst();
  }

  private static boolean isImage(@Nullable String mime) {
    return mime != null && mime.startsWith("image/") && !mime.contains("svg");
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
    Map<String, Object> data = fields(draft);
    data.put("slug", StorySlug.next(draft.title(), null, false, takenSlugs(draft.title(), null)));
    return strapi.create(ContentType.STORIES, data, Publication.DRAFT);
  }

  /**
   * Saves the draft. Until the story is first published its slug follows the title; after that it
   * stays, so the public address does not change.
   *
   * @throws SourceReportNotAcceptedException when the draft cites a report not accepted
   */
  public Story save(String documentId, StoryDraft draft) {
    requireEditor();
    requireAcceptedSource(draft.sourceReportDocumentId());
    Map<String, Object> data = fields(draft);
    Story published = publishedVersions(List.of(documentId)).get(documentId);
    if (published == null) {
      Story current =
          strapi.findOne(
              ContentType.STORIES, documentId, StrapiQuery.create().draft().fields("slug"));
      data.put(
          "slug",
          StorySlug.next(
              draft.title(), current.slug(), false, takenSlugs(draft.title(), documentId)));
    }
    return strapi.update(ContentType.STORIES, documentId, data, Publication.DRAFT);
  }

  /** Slugs of other stories that start like the title's. */
  private List<String> takenSlugs(String title, @Nullable String exceptDocumentId) {
    return strapi
        .find(
            ContentType.STORIES,
            StrapiQuery.create()
                .draft()
                .fields("slug")
                .filter("slug", "$startsWith", StorySlug.of(title))
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data()
        .stream()
        .filter(s -> !s.documentId().equals(exceptDocumentId))
        .map(Story::slug)
        .toList();
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
    // The date the editor set, else today: readers see it as the story's date.
    LocalDate date = draft.publishedDate() != null ? draft.publishedDate() : LocalDate.now(clock);
    Story story =
        strapi.update(
            ContentType.STORIES,
            documentId,
            Map.of("publishedDate", date.toString()),
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
        null,
        StoryDetails.NONE);
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
            report.documentId(),
            StoryDetails.NONE);
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
    StoryDetails d = draft.details();
    // Sent even when empty: clearing a field in the form clears it in Strapi.
    data.put("column", d.columnDocumentId());
    data.put("cover", d.coverId());
    data.put("coverAlt", d.coverAlt());
    data.put("tags", d.tags());
    data.put("featured", d.featured());
    data.put("publishedDate", d.publishedDate() == null ? null : d.publishedDate().toString());
    return data;
  }
}
