package vn.thidua.indexer.strapi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry read from Strapi, reduced to what the index needs.
 *
 * @param model its content type
 * @param documentId Strapi 5's document id
 * @param title title (a report without one gets its number)
 * @param slug slug, when the type has one
 * @param unit the unit it belongs to (reports, initiatives), the first unit of a story
 * @param year year (reports, initiatives)
 * @param stage stage of a report: annual, mid_term, final
 * @param status report status (submitted, accepted, returned) or initiative status
 * @param field field of an initiative
 * @param criteria the codes of an initiative's criteria ({@code 1.2.a}), sorted; empty for other
 *     types
 * @param text the entry's own text: summary, detail, body or purpose
 * @param files the media attached to it
 * @param updatedAt Strapi's updatedAt, used to notice changes
 */
public record StrapiEntry(
    ContentModel model,
    String documentId,
    String title,
    @Nullable String slug,
    @Nullable StrapiUnit unit,
    @Nullable Integer year,
    @Nullable String stage,
    @Nullable String status,
    @Nullable String field,
    List<String> criteria,
    String text,
    List<StrapiFile> files,
    @Nullable String updatedAt) {

  public StrapiEntry {
    criteria = List.copyOf(criteria);
    files = List.copyOf(files);
  }
}
