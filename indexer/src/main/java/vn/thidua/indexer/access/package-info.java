/**
 * Who is calling and what they may see: the API key every portal call carries, the caller's role
 * and unit taken from the portal's headers, and the visibility of indexed documents.
 */
@NullMarked
package vn.thidua.indexer.access;

import org.jspecify.annotations.NullMarked;
