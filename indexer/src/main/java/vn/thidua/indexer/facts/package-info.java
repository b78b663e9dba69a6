/**
 * Facts read from a report's text: its number, date and unit, the indicator table, the initiatives,
 * the proposed award, and the criteria its passages support. {@link
 * vn.thidua.indexer.facts.FactsExtractor} is pure text work over the pages the extractor gave; the
 * pipeline hands it each file's pages, {@code FactsStore} keeps the result beside the file's
 * status, and {@code /api/files/{fileId}/facts} serves it under the text's visibility rule.
 */
@NullMarked
package vn.thidua.indexer.facts;

import org.jspecify.annotations.NullMarked;
