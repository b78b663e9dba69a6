package vn.thidua.indexer.indexing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.access.Visibility;

/**
 * What every document of one Strapi entry shares: the entry's own text document and the pages of
 * its files. Changing it (a report accepted, say) rewrites these fields without re-extracting.
 *
 * @param criteria the codes of the criteria an initiative answers; empty for other kinds
 * @param slug the entry's slug in Strapi (stories, initiatives, the plan); the portal builds its
 *     links from the model, the documentId and this
 */
public record EntryFields(
    String kind,
    String model,
    String entryDocumentId,
    String title,
    @Nullable String unitName,
    @Nullable String unitDocumentId,
    @Nullable String unitKind,
    @Nullable Integer year,
    @Nullable String stage,
    @Nullable String field,
    List<String> criteria,
    @Nullable String slug,
    Visibility visibility) {

  public EntryFields {
    // Entries stored before criteria were read have none in their stored JSON.
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }
}
