/**
 * Emulation registration (đăng ký thi đua, issue 12): each year, inside a window set in Strapi's
 * site setting (by default 1 January – 31 March), a unit commits to the criteria of its kind, sets
 * a target for each criterion that has a measure, and names the award form it aims for; it edits
 * its draft until it submits. {@link vn.thidua.portal.registration.RegistrationService} is the
 * public API; the rules are pure ({@link vn.thidua.portal.registration.RegistrationWindow}); views
 * live in {@code ui}.
 */
@NullMarked
package vn.thidua.portal.registration;

import org.jspecify.annotations.NullMarked;
