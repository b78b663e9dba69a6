/**
 * Who is signed in: {@link vn.thidua.portal.account.PortalUser} (kept in the server-side session,
 * with the user's Strapi JWT), the six {@link vn.thidua.portal.account.PortalRole}s of the plan,
 * and {@link vn.thidua.portal.account.CurrentUser}, which views and services ask. The sign-in
 * itself is in {@code security}.
 */
@NullMarked
package vn.thidua.portal.account;

import org.jspecify.annotations.NullMarked;
