/**
 * Search across reports, initiatives, stories and the plan through the indexer: {@link
 * vn.thidua.portal.search.SearchService} asks it as the current reader and maps its hits to the
 * portal's pages. The page is in {@code search.ui}.
 */
@NullMarked
package vn.thidua.portal.search;

import org.jspecify.annotations.NullMarked;
