/**
 * Why a file stands where it does, as a code and its parameters ({@code too_large {limitMb}}): the
 * portal turns them into a sentence in its reader's language. The Vietnamese sentences kept here
 * fill the status API's old {@code reason} field for one more release.
 */
@NullMarked
package vn.thidua.indexer.reason;

import org.jspecify.annotations.NullMarked;
