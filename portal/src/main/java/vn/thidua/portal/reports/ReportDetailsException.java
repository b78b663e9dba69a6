package vn.thidua.portal.reports;

/** A report number or date that cannot be saved, with the message the unit reads. */
public class ReportDetailsException extends RuntimeException {

  private final String messageKey;

  ReportDetailsException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
