/**
 * Typed records of the Strapi content model (Strapi 5: entries addressed by {@code documentId}):
 * what views and services read and write. Lists are never null (empty when Strapi left them out or
 * was not asked to populate them); scalar fields are nullable because Strapi omits what is not
 * filled in. Rich text arrives as {@link vn.thidua.portal.strapi.model.RichText}, which a view must
 * sanitise before display.
 *
 * <p>A named interface of the {@code strapi} module: every feature reads and writes these records,
 * while the HTTP machinery of the client stays internal.
 */
@NullMarked
@NamedInterface("model")
package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
