package vn.thidua.portal.meeting;

/** A meeting step the rules refuse; {@link #messageKey()} is what the council member reads. */
public class MeetingException extends RuntimeException {

  private final String messageKey;

  public MeetingException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
