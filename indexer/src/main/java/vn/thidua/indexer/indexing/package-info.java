/**
 * The Elasticsearch side of the indexer: the one client, the versioned mapping applied through the
 * alias at start, and {@link vn.thidua.indexer.indexing.EvidenceIndex}, which writes documents
 * through a {@code BulkIngester} that checks every item and retries what is worth retrying.
 */
@NullMarked
package vn.thidua.indexer.indexing;

import org.jspecify.annotations.NullMarked;
