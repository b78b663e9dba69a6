/**
 * The frame every page shares: route names ({@link vn.thidua.portal.shell.Routes}), translations
 * and the language of the session, date formats, the session-wide error handler, the site's name
 * from Strapi, and the notice shown when content comes from the cache while Strapi is down. The
 * layout and the error pages are in {@code shell.ui}.
 */
@NullMarked
package vn.thidua.portal.shell;

import org.jspecify.annotations.NullMarked;
