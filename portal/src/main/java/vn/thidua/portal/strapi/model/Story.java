package vn.thidua.portal.strapi.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story (tin bài), possibly an exemplar written from an initiative or a report passage; the
 * {@code source*} fields lead the reader to that evidence.
 *
 * @param coverAlt the cover's alternative text as the editor wrote it for this story (the media
 *     library's own text is the fallback)
 * @param updatedAt when this version (draft or published) was last written: a draft written after
 *     its published version has changes readers do not see yet
 */
public record Story(
    long id,
    String documentId,
    String title,
    String slug,
    @Nullable RichText summary,
    @Nullable RichText body,
    @Nullable StrapiMedia cover,
    @Nullable String coverAlt,
    @Nullable Column column,
    List<String> tags,
    boolean featured,
    List<Unit> units,
    List<Initiative> initiatives,
    @Nullable Initiative sourceInitiative,
    @Nullable Report sourceReport,
    @Nullable String sourceFileName,
    @Nullable Integer sourcePage,
    @Nullable String sourceExcerpt,
    @Nullable LocalDate publishedDate,
    @Nullable Instant publishedAt,
    @Nullable Instant updatedAt,
    List<StrapiMedia> images) {

  public Story {
    tags = Lists.orEmpty(tags);
    images = Lists.orEmpty(images);
    units = Lists.orEmpty(units);
    initiatives = Lists.orEmpty(initiatives);
  }
}
