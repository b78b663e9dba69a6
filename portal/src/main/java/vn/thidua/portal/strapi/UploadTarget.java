package vn.thidua.portal.strapi;

/**
 * The entry and field an upload is attached to ({@code ref}, {@code refId}, {@code field} of
 * Strapi's upload API).
 *
 * @param refId the entry's numeric {@code id} (not its documentId)
 */
public record UploadTarget(String ref, long refId, String field) {

  public static UploadTarget of(ContentType<?> type, long entryId, String field) {
    return new UploadTarget(type.uid(), entryId, field);
  }
}
