package vn.thidua.portal.initiatives;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.InitiativeReview.Action;
import vn.thidua.portal.strapi.model.InitiativeStatus;

/**
 * What staff may do with an initiative a unit registered, and the trail entry each step leaves.
 * Registered → verified (the evidence holds) → recognised; registered or verified may be returned
 * to the unit with a comment (back to registered, and off the public catalogue). Only a verified or
 * recognised initiative goes on the public catalogue; a published one can be taken down.
 */
final class InitiativeWorkflow {

  private InitiativeWorkflow() {}

  /**
   * One step decided.
   *
   * @param to the review status after the step (unchanged for publish and take down)
   * @param publishedAfter whether the initiative is on the public catalogue after the step
   */
  public record Step(
      Action action,
      InitiativeStatus from,
      InitiativeStatus to,
      boolean publishedBefore,
      boolean publishedAfter,
      Map<String, Object> trailEntry) {}

  /** Whether {@code action} may be taken on an initiative in {@code status}. */
  public static boolean allowed(Action action, InitiativeStatus status, boolean published) {
    return switch (action) {
      case VERIFY -> status == InitiativeStatus.REGISTERED;
      case RECOGNISE -> status == InitiativeStatus.VERIFIED;
      case RETURN -> status == InitiativeStatus.REGISTERED || status == InitiativeStatus.VERIFIED;
      case PUBLISH -> !published && status != InitiativeStatus.REGISTERED;
      case UNPUBLISH -> published;
    };
  }

  /**
   * Decides one step.
   *
   * @param status the initiative's status now; null is read as registered (Strapi's default)
   * @param comment required to return an initiative (the unit reads it), optional otherwise
   * @throws InitiativeReviewException when the step is not allowed, or a return has no comment
   */
  public static Step decide(
      Action action,
      @Nullable InitiativeStatus status,
      boolean published,
      String actor,
      @Nullable String comment,
      Instant at) {
    InitiativeStatus from = status == null ? InitiativeStatus.REGISTERED : status;
    if (!allowed(action, from, published)) {
      throw new InitiativeReviewException(
          "initiative-review.error.not-allowed",
          "Cannot " + action + " an initiative that is " + from + (published ? ", published" : ""));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (action == Action.RETURN && text == null) {
      throw new InitiativeReviewException(
          "initiative-review.error.comment-required", "A returned initiative needs a comment");
    }
    InitiativeStatus to =
        switch (action) {
          case VERIFY -> InitiativeStatus.VERIFIED;
          case RECOGNISE -> InitiativeStatus.RECOGNISED;
          case RETURN -> InitiativeStatus.REGISTERED;
          case PUBLISH, UNPUBLISH -> from;
        };
    boolean after =
        switch (action) {
          case PUBLISH -> true;
          // A returned initiative is no longer vouched for: it leaves the public catalogue.
          case UNPUBLISH, RETURN -> false;
          case VERIFY, RECOGNISE -> published;
        };
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("action", action.apiValue());
    entry.put("fromStatus", from.apiValue());
    entry.put("toStatus", to.apiValue());
    entry.put("at", at.toString());
    entry.put("actor", actor);
    if (text != null) {
      entry.put("comment", text);
    }
    return new Step(action, from, to, published, after, entry);
  }
}
