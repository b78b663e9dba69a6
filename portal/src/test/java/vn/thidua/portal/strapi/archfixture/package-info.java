/** Deliberate violations that prove the architecture rules can fail (test fixtures only). */
@NullMarked
package vn.thidua.portal.strapi.archfixture;

import org.jspecify.annotations.NullMarked;
