/**
 * The achievement record's pages: the staff page ({@code lam-viec/ho-so}, a unit its own record)
 * and the public page of a unit ({@code ho-so/:slug}), both drawn by one panel.
 */
@NullMarked
package vn.thidua.portal.records.ui;

import org.jspecify.annotations.NullMarked;
