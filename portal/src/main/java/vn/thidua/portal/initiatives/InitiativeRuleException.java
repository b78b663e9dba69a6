package vn.thidua.portal.initiatives;

/**
 * A unit's change to its initiative that the rules refuse, with the message it reads: no criterion
 * chosen, a score outside the criterion's scale, a change after the initiative was verified.
 */
public final class InitiativeRuleException extends IllegalArgumentException {

  private final String messageKey;
  private final transient Object[] args;

  InitiativeRuleException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  /** The translation key of the message for the unit. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
