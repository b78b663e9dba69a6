/**
 * The indexer API's errors: one catalogue ({@link vn.thidua.indexer.api.ApiError}), answered as RFC
 * 9457 problem details by one {@code @RestControllerAdvice} and, for the refusals of the security
 * chain and Tomcat that come before Spring MVC, by {@link vn.thidua.indexer.api.Problems}. Every
 * problem carries a {@code code} a client can translate.
 */
@NullMarked
package vn.thidua.indexer.api;

import org.jspecify.annotations.NullMarked;
