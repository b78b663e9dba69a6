package vn.thidua.portal.indexer;

import org.jspecify.annotations.Nullable;

/**
 * The indexer's own health and that of its Elasticsearch, as its Actuator reports them.
 *
 * @param elasticsearch null when the indexer does not report it
 */
public record IndexerHealth(String status, @Nullable String elasticsearch) {}
