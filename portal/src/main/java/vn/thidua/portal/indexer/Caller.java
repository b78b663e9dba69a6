package vn.thidua.portal.indexer;

import org.jspecify.annotations.Nullable;

/**
 * Who is searching, sent as {@code X-Caller-Role} and {@code X-Caller-Unit}: the indexer filters
 * what each role may see (a unit never sees another unit's unpublished report).
 *
 * @param role {@code public} for anonymous readers, else unit, reviewer, editor, council, admin
 * @param unitDocumentId the caller's unit, for unit users
 */
public record Caller(String role, @Nullable String unitDocumentId) {

  public static Caller anonymous() {
    return new Caller("public", null);
  }
}
