/**
 * The reconcile pass, at start, on a schedule and on demand: lists Strapi's published entries,
 * queues those that are new or changed since the indexer last read them and those the index holds
 * but Strapi no longer has, so a missed webhook is caught.
 */
@NullMarked
package vn.thidua.indexer.reconcile;

import org.jspecify.annotations.NullMarked;
