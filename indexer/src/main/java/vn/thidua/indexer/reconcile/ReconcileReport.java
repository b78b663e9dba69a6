package vn.thidua.indexer.reconcile;

/**
 * What a reconcile pass did.
 *
 * @param entriesSeen published entries listed in Strapi
 * @param entriesQueued entries queued because they are new or changed
 * @param entriesRemoved entries queued because Strapi no longer has them
 * @param filesRequeued files whose work had been lost and was queued again
 */
public record ReconcileReport(
    int entriesSeen, int entriesQueued, int entriesRemoved, int filesRequeued) {}
