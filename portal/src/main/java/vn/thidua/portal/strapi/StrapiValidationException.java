package vn.thidua.portal.strapi;

import java.util.List;
import java.util.stream.Collectors;

/** Strapi refused the data (400 ValidationError); {@link #fieldErrors()} says which fields. */
public final class StrapiValidationException extends StrapiException {

  private final List<FieldError> fieldErrors;

  StrapiValidationException(String message, List<FieldError> fieldErrors) {
    super(message, "strapi.error.validation", 400, null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** The fields, for the message: "title: title must be defined". */
  @Override
  public Object[] messageArgs() {
    return new Object[] {
      fieldErrors.stream().map(FieldError::toString).collect(Collectors.joining("; "))
    };
  }

  /**
   * One field Strapi refused.
   *
   * @param path the field's path, dotted ({@code contentAreas.0.title})
   * @param message Strapi's explanation (English)
   */
  public record FieldError(String path, String message) {
    @Override
    public String toString() {
      return path.isEmpty() ? message : path + ": " + message;
    }
  }
}
