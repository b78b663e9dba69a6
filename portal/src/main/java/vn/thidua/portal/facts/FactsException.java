package vn.thidua.portal.facts;

/** A decision on a fact that cannot be taken, with the message a person reads. */
public class FactsException extends RuntimeException {

  private final String messageKey;

  FactsException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  /** Translation key of what the person reads. */
  public String messageKey() {
    return messageKey;
  }
}
