/**
 * Who is calling and what they may do and see: the Spring Security chain (the API key that
 * authenticates the portal, the webhook secret that authenticates Strapi on the webhook's path
 * alone, the strict firewall, deny by default), the caller's role and unit taken from the portal's
 * headers once the key is right, and the visibility of indexed documents.
 */
@NullMarked
package vn.thidua.indexer.access;

import org.jspecify.annotations.NullMarked;
