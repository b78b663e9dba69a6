/** The editor's desk: drafts, the story form with its preview, initiatives to write up. */
@NullMarked
package vn.thidua.portal.editor.ui;

import org.jspecify.annotations.NullMarked;
