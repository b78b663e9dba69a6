/**
 * A small read client for Strapi 5's REST API with the indexer's read-only token: entries with
 * their media, listed page by page or read one by one, and files streamed to a temporary file.
 */
@NullMarked
package vn.thidua.indexer.strapi;

import org.jspecify.annotations.NullMarked;
