package vn.thidua.indexer.reason;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a file stands where it does: a code the portal translates, and the figures or words the
 * sentence needs. Parameter values are numbers ({@code Long}) or strings.
 *
 * @param code what happened
 * @param params the code's parameters by name, in the order {@link ReasonCode} lists them
 */
public record Reason(ReasonCode code, Map<String, Object> params) {

  public Reason {
    Map<String, Object> copy = new LinkedHashMap<>();
    params.forEach((name, value) -> copy.put(name, normalised(value)));
    params = Collections.unmodifiableMap(copy);
  }

  public static Reason of(ReasonCode code) {
    return new Reason(code, Map.of());
  }

  public static Reason of(ReasonCode code, String name, Object value) {
    return new Reason(code, Map.of(name, value));
  }

  public static Reason of(ReasonCode code, String name, Object value, String name2, Object value2) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put(name, value);
    params.put(name2, value2);
    return new Reason(code, params);
  }

  /**
   * The Vietnamese sentence of the old {@code reason} field: old portals show it as it is.
   *
   * @deprecated readers translate {@link #code()} and {@link #params()}; kept one release
   */
  @Deprecated(forRemoval = true)
  public String text() {
    String text = code.vietnamese();
    for (Map.Entry<String, Object> param : params.entrySet()) {
      text = text.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
    }
    return text;
  }

  // Ints and longs alike, so that a reason read back from the database or a parser process is
  // equal to the one made.
  private static Object normalised(Object value) {
    return value instanceof Integer i ? Long.valueOf(i) : value;
  }
}
