/**
 * The portal's client for the indexer's search API ({@code INDEXER_URL}, key in {@code
 * INDEXER_API_KEY}): full-text search with facets and highlights, and the extraction status and
 * text of each file. The indexer being down is an ordinary {@link
 * vn.thidua.portal.indexer.IndexerResult.Unavailable} result, never an exception, so a view says
 * "search is unavailable" and the rest of the page works. Also the health indicators that report
 * whether the indexer and its Elasticsearch answer.
 */
@NullMarked
package vn.thidua.portal.indexer;

import org.jspecify.annotations.NullMarked;
