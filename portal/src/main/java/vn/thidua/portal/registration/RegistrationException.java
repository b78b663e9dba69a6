package vn.thidua.portal.registration;

/**
 * A registration the rules refuse (window closed, already submitted, a criterion not of the unit's
 * kind...); {@link #messageKey()} is what the unit reads, in its language.
 */
public class RegistrationException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public RegistrationException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
