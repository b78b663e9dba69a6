package vn.thidua.portal.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Story;

/** Stories as the editor writes them: drafts in Strapi, a preview, then publication. */
@Service
public class StoryDesk {

  private static final String[] POPULATE = {"sourceInitiative", "units", "initiatives"};

  private final StrapiClient strapi;
  private final StrapiProperties strapiProperties;
  private final CurrentUser currentUser;
  private final Clock clock;

  StoryDesk(
      StrapiClient strapi,
      StrapiProperties strapiProperties,
      CurrentUser currentUser,
      Clock clock) {
    this.strapi = strapi;
    this.strapiProperties = strapiProperties;
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

  /** Saves a new draft; nothing is public until {@link #publish(String)}. */
  public Story create(StoryDraft draft) {
    requireEditor();
    return strapi.create(ContentType.STORIES, fields(draft), Publication.DRAFT);
  }

  public Story save(String documentId, StoryDraft draft) {
    requireEditor();
    return strapi.update(ContentType.STORIES, documentId, fields(draft), Publication.DRAFT);
  }

  /** Publishes the draft as it is, and forgets the public cache so readers see it at once. */
  public Story publish(String documentId) {
    requireEditor();
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
        summary.isBlank() ? null : summary);
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
    return data;
  }
}
