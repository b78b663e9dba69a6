package vn.thidua.portal.initiatives;

/**
 * A review step that cannot be taken as asked (e.g. recognising an initiative nobody verified, or
 * returning one without a comment). {@link #messageKey()} says why, in words staff can act on.
 */
public final class InitiativeReviewException extends IllegalStateException {

  private final String messageKey;

  InitiativeReviewException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
