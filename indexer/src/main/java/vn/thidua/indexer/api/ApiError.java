package vn.thidua.indexer.api;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Every error the indexer API answers, with its status and its sentences in Vietnamese (the
 * problem's {@code detail}) and English (its {@code title}). None echoes what was sent, and none
 * tells an attacker which rule refused.
 */
public enum ApiError {
  UNAUTHORIZED(
      HttpStatus.UNAUTHORIZED, "Thiếu hoặc sai khóa truy cập.", "Missing or wrong access key."),
  FORBIDDEN(
      HttpStatus.FORBIDDEN,
      "Vai trò của người gọi không được làm việc này.",
      "The caller's role may not do this."),
  MALFORMED_PATH(HttpStatus.BAD_REQUEST, "Đường dẫn không hợp lệ.", "Malformed request path."),
  BAD_REQUEST(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ.", "Malformed request."),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy.", "Not found."),
  NOT_RETRYABLE(
      HttpStatus.CONFLICT,
      "Chỉ đọc lại được tệp đang ở trạng thái thất bại hoặc bị từ chối.",
      "Only a failed or refused file can be read again."),
  SEARCH_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "Tìm kiếm tạm thời không dùng được; hãy thử lại sau.",
      "Search is unavailable for now; try again later."),
  STRAPI_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "Không kết nối được Strapi; hãy thử lại sau.",
      "Strapi cannot be reached; try again later."),
  NOT_HANDLED(
      HttpStatus.INTERNAL_SERVER_ERROR, "Không xử lý được yêu cầu.", "Request not handled.");

  private final HttpStatus status;
  private final String vietnamese;
  private final String english;

  ApiError(HttpStatus status, String vietnamese, String english) {
    this.status = status;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** The code as the problem's {@code code} member sends it: {@code search_unavailable}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The problem's {@code type}: a URN, since the types are described in API.md, not online. */
  public URI type() {
    return URI.create("urn:thidua:indexer:problem:" + code());
  }

  public HttpStatus status() {
    return status;
  }

  public String vietnamese() {
    return vietnamese;
  }

  public String english() {
    return english;
  }
}
