package vn.thidua.indexer.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * An {@link ApiError} as an RFC 9457 problem: {@code type}, {@code title} (English), {@code
 * status}, {@code detail} (Vietnamese) and {@code code}; plus {@code error}/{@code errorEn}, the
 * fields of the indexer's error bodies before problems, kept one release for older portals.
 */
public final class Problems {

  /** {@code application/problem+json;charset=UTF-8}. */
  public static final String CONTENT_TYPE =
      MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=" + StandardCharsets.UTF_8.name();

  private Problems() {}

  public static ProblemDetail of(ApiError error) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.status(), error.vietnamese());
    problem.setType(error.type());
    problem.setTitle(error.english());
    for (Map.Entry<String, Object> member : members(error).entrySet()) {
      problem.setProperty(member.getKey(), member.getValue());
    }
    return problem;
  }

  /**
   * The same problem as JSON text, for answers written before Spring MVC (the security chain,
   * Tomcat). The catalogue's sentences hold no quote or backslash, so they go in as they are.
   */
  public static String json(ApiError error) {
    return json(error, error.status().value());
  }

  /** As {@link #json(ApiError)}, for an answer whose status Tomcat chose. */
  public static String json(ApiError error, int status) {
    return "{\"type\":\""
        + error.type()
        + "\",\"title\":\""
        + error.english()
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + error.vietnamese()
        + "\",\"code\":\""
        + error.code()
        + "\",\"error\":\""
        + error.vietnamese()
        + "\",\"errorEn\":\""
        + error.english()
        + "\"}";
  }

  private static Map<String, Object> members(ApiError error) {
    return Map.of("code", error.code(), "error", error.vietnamese(), "errorEn", error.english());
  }
}
