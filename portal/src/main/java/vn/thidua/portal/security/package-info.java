/**
 * Sign-in against Strapi's users-permissions and the web security of the portal: Vaadin's {@code
 * VaadinSecurityConfigurer}, the {@link vn.thidua.portal.security.StrapiAuthenticationProvider}
 * that turns a Strapi sign-in into a {@link vn.thidua.portal.account.PortalUser}, and the sign-in
 * page in {@code security.ui}.
 */
@NullMarked
package vn.thidua.portal.security;

import org.jspecify.annotations.NullMarked;
