/**
 * Strapi's webhook: turns the event into "something changed for entry X of model M" and queues a
 * job that reads the entry again; answers at once. The shared secret is checked before, by the
 * security chain in {@code access}.
 */
@NullMarked
package vn.thidua.indexer.webhook;

import org.jspecify.annotations.NullMarked;
