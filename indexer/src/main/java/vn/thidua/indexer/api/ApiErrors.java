package vn.thidua.indexer.api;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where the API's errors become problem details: the indexer's own ({@link
 * ApiException}), Spring MVC's (a missing or malformed parameter, a wrong method: their text echoes
 * the request, so it is replaced by the catalogue's), and anything unexpected (500, logged here, no
 * stack trace in the answer).
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    if (e.error().status().is5xxServerError()) {
      log.warn(
          "{}: {}",
          e.error().code(),
          e.getCause() == null ? e.toString() : e.getCause().toString());
    }
    return answer(e.error());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Request failed", e);
    return answer(ApiError.NOT_HANDLED);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ApiError error =
        switch (statusCode.value()) {
          case 400 -> ApiError.BAD_REQUEST;
          case 404 -> ApiError.NOT_FOUND;
          default -> null;
        };
    if (error == null) {
      ProblemDetail problem = ProblemDetail.forStatus(statusCode);
      problem.setProperty("code", "http_" + statusCode.value());
      return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }
    return super.handleExceptionInternal(ex, Problems.of(error), headers, statusCode, request);
  }

  private static ResponseEntity<ProblemDetail> answer(ApiError error) {
    return ResponseEntity.status(error.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(error));
  }
}
