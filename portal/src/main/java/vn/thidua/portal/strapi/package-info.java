/**
 * The portal's client for Strapi, the system of record: {@link
 * vn.thidua.portal.strapi.StrapiClient} reads and writes entries (Strapi 5 REST, addressed by
 * {@code documentId}), streams uploads to the media library, signs users in, and maps Strapi's
 * errors to {@link vn.thidua.portal.strapi.StrapiException}s that carry a message a person can act
 * on. Public reads are cached briefly and served stale while Strapi is down. The HTTP transport and
 * the JSON mapping are package-private: nothing outside this package sees them, and the API token
 * never leaves it.
 */
@NullMarked
package vn.thidua.portal.strapi;

import org.jspecify.annotations.NullMarked;
