package vn.thidua.portal.stories;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What places a story on the public site besides its text: its column (chuyên mục), its cover image
 * with the alternative text a blind reader hears, its tags, whether it is featured on the home page
 * and the publication date readers see.
 *
 * @param coverId the media library id of the cover image, null for none
 * @param coverAlt required when there is a cover
 * @param publishedDate null: the day it is published
 */
public record StoryDetails(
    @Nullable String columnDocumentId,
    @Nullable Long coverId,
    @Nullable String coverAlt,
    List<String> tags,
    boolean featured,
    @Nullable LocalDate publishedDate) {

  /** A story with no column, cover or tags, not featured, dated when published. */
  public static final StoryDetails NONE =
      new StoryDetails(null, null, null, List.of(), false, null);

  public StoryDetails {
    tags =
        tags == null
            ? List.of()
            : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    coverAlt = coverAlt == null || coverAlt.isBlank() ? null : coverAlt.strip();
  }

  /** Tags as an editor types them: separated by commas. */
  public static List<String> tags(String typed) {
    return List.of(typed.split(",")).stream()
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .distinct()
        .toList();
  }

  /** A cover without alternative text cannot be saved (WCAG 1.1.1). */
  public boolean coverWithoutAlt() {
    return coverId != null && coverAlt == null;
  }
}
