/** The indexer application: configuration and wiring of the feature packages below it. */
@NullMarked
package vn.thidua.indexer;

import org.jspecify.annotations.NullMarked;
