/** The search page: results from the indexer with highlights and facets. */
@NullMarked
package vn.thidua.portal.search.ui;

import org.jspecify.annotations.NullMarked;
