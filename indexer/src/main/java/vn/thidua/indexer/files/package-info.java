/**
 * The portal's view of files: per-file status ({@code /api/files}) and the text read from a file,
 * page by page, both under the visibility rule.
 */
@NullMarked
package vn.thidua.indexer.files;

import org.jspecify.annotations.NullMarked;
