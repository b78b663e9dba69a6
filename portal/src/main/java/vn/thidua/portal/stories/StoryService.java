package vn.thidua.portal.stories;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiPage;

/** Published stories and their columns, from the public cache. */
@Service
public class StoryService {

  /** Stories per page of a list. */
  public static final int PAGE_SIZE = 10;

  // A list needs no body: leaving it out keeps the answers (and the cache) small.
  private static final String[] LIST_FIELDS = {
    "title", "slug", "summary", "publishedDate", "featured"
  };

  private final StrapiClient strapi;

  StoryService(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /** The columns in their order. */
  public Cached<List<Column>> columns(Locale language) {
    return strapi
        .findPublic(
            ContentType.COLUMNS, StrapiQuery.create().sortAsc("order").page(1, 50), language)
        .map(StrapiPage::data);
  }

  /**
   * One page of stories, newest first.
   *
   * @param columnSlug only this column's, or all when null
   * @param page from 1
   */
  public Cached<StrapiPage<Story>> page(
      @Nullable String columnSlug, int page, int size, Locale language) {
    StrapiQuery query = list().page(page, size);
    if (columnSlug != null) {
      query = query.eq("column.slug", columnSlug);
    }
    return strapi.findPublic(ContentType.STORIES, query, language);
  }

  /** The featured stories (the exemplars), newest first. */
  public Cached<List<Story>> featured(int limit, Locale language) {
    return strapi
        .findPublic(ContentType.STORIES, list().eq("featured", true).page(1, limit), language)
        .map(StrapiPage::data);
  }

  /** One story with everything its page shows. */
  public Cached<Optional<Story>> bySlug(String slug, Locale language) {
    return strapi.findBySlugPublic(
        ContentType.STORIES,
        slug,
        StrapiQuery.create()
            .populate(
                "cover", "column", "units", "initiatives", "sourceInitiative", "sourceReport"),
        language);
  }

  /**
   * Published stories that cite the initiative, as their source or among the initiatives they tell
   * of, newest first and each once.
   */
  public List<Story> citing(String initiativeDocumentId, Locale language) {
    java.util.Map<String, Story> found = new java.util.LinkedHashMap<>();
    for (String relation : List.of("sourceInitiative", "initiatives")) {
      strapi
          .findPublic(
              ContentType.STORIES,
              list()
                  .eq(relation + ".documentId", initiativeDocumentId)
                  .page(1, StrapiQuery.MAX_PAGE_SIZE),
              language)
          .value()
          .data()
          .forEach(s -> found.putIfAbsent(s.documentId(), s));
    }
    return List.copyOf(found.values());
  }

  private static StrapiQuery list() {
    return StrapiQuery.create()
        .fields(LIST_FIELDS)
        .populate("column", "cover")
        .sortDesc("publishedDate")
        .sortDesc("publishedAt");
  }
}
