package vn.thidua.portal.stories;

import org.jspecify.annotations.Nullable;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.shell.SafeHtml;
import vn.thidua.portal.strapi.model.RichText;

/**
 * The one renderer of a story's text: the public story page and the editor's preview both call it,
 * so the preview shows exactly the HTML readers get. Markdown (and the HTML an editor pasted) is
 * rendered and sanitised by {@link SafeHtml}; images of Strapi's media library go through the
 * portal's file proxy under the story's address.
 */
public final class StoryBody {

  private StoryBody() {}

  /** The sanitised HTML of a story's body, one {@code div}; empty text gives an empty div. */
  public static String html(@Nullable RichText body, String storyDocumentId) {
    if (body == null || body.isBlank()) {
      return "<div class=\"portal-richtext\" lang=\"vi\"></div>";
    }
    return SafeHtml.render(body, PublicFiles.rewriter(PublicFiles.Owner.STORY, storyDocumentId));
  }
}
