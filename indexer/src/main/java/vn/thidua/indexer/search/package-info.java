/**
 * Search for the portal: full text over the original and the folded copy (so text typed without
 * diacritics is found and exact diacritics rank first), phrase boost, facets, highlights in the
 * original text, paging, one hit per file, and the visibility filter of the caller's role.
 */
@NullMarked
package vn.thidua.indexer.search;

import org.jspecify.annotations.NullMarked;
