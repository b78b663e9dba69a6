package vn.thidua.indexer.indexing;

import org.jspecify.annotations.Nullable;

/**
 * One searchable document: a page of a PDF, a whole non-paged file, or an entry's own text.
 *
 * @param entry the fields of the entry it belongs to
 * @param text its text, normalised (NFC, one tone placement)
 * @param fileId Strapi's file id, null for an entry's own text
 * @param fileName the file's name
 * @param page the PDF page from 1, null for a file without pages or an entry's text
 * @param contentHash SHA-256 of the file it was read from
 */
public record EvidenceDocument(
    EntryFields entry,
    String text,
    @Nullable String fileId,
    @Nullable String fileName,
    @Nullable Integer page,
    @Nullable String contentHash) {

  /** A stable id, so that indexing the same thing twice leaves one document. */
  public String id() {
    if (fileId == null) {
      return entry.entryDocumentId() + ":entry";
    }
    return entry.entryDocumentId() + ":" + fileId + ":" + (page == null ? 0 : page);
  }

  /** The search result groups the pages of a file into one hit. */
  String groupKey() {
    return fileId == null
        ? "entry:" + entry.entryDocumentId()
        : "file:" + entry.entryDocumentId() + ":" + fileId;
  }
}
