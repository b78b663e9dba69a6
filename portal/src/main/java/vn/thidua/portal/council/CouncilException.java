package vn.thidua.portal.council;

/** A council step the rules refuse; {@link #messageKey()} is what the member reads. */
public class CouncilException extends RuntimeException {

  private final String messageKey;

  public CouncilException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
