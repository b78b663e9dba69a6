/** Deliberate violations that prove the architecture rules can fail (test fixtures only). */
@NullMarked
package vn.thidua.portal.archfixture.ui;

import org.jspecify.annotations.NullMarked;
