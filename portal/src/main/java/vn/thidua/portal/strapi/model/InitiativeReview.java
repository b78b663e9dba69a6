package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One step of an initiative's review, kept for the audit trail: who verified, recognised, returned,
 * published or took down the initiative, when, and why. A separate type, never public: the
 * initiative itself is public once published, its reviewers' comments are not.
 *
 * @param initiativeDocumentId the initiative (a documentId survives publishing and taking down)
 */
public record InitiativeReview(
    long id,
    String documentId,
    String initiativeDocumentId,
    @Nullable Action action,
    @Nullable InitiativeStatus fromStatus,
    @Nullable InitiativeStatus toStatus,
    @Nullable Instant at,
    @Nullable String actor,
    @Nullable String comment) {

  /** What the reviewer did. Strapi stores the lower-case {@link #apiValue()}. */
  public enum Action {
    VERIFY,
    RECOGNISE,
    RETURN,
    PUBLISH,
    UNPUBLISH;

    @JsonValue
    public String apiValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Translation key of the label a person reads, e.g. {@code initiative-review.action.verify}.
     */
    public String messageKey() {
      return "initiative-review.action." + apiValue();
    }
  }
}
