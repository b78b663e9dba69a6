/**
 * Strapi's webhook: checks the shared secret, turns the event into "something changed for entry X
 * of model M" and queues a job that reads the entry again; answers at once.
 */
@NullMarked
package vn.thidua.indexer.webhook;

import org.jspecify.annotations.NullMarked;
