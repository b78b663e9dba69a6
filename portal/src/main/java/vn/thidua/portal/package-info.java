/** The portal application: configuration and wiring of the feature packages below it. */
@NullMarked
package vn.thidua.portal;

import org.jspecify.annotations.NullMarked;
