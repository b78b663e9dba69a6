/**
 * Vietnamese text normalisation done in Java, because the Elasticsearch distribution used here has
 * no folding filters: NFC, one tone-mark placement (hòa, not hoà), and a length-preserving folded
 * copy (lower case, diacritics and đ removed) whose offsets line up with the original text.
 */
@NullMarked
package vn.thidua.indexer.folding;

import org.jspecify.annotations.NullMarked;
