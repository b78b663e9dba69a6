package vn.thidua.portal.scoring;

/** A scoring step the rules refuse; {@link #messageKey()} is what the office reads. */
public class ScoringException extends RuntimeException {

  private final String messageKey;

  public ScoringException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
