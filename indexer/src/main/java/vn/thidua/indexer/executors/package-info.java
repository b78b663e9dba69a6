/**
 * The indexer's own threads, every one in a Spring-managed, bounded, named pool configured by
 * {@link vn.thidua.indexer.executors.ExecutorProperties}: the queue's job workers (virtual threads:
 * they wait on downloads, the parser processes' pipes and Elasticsearch), the queue's dispatcher,
 * the timers (lease renewals, Elasticsearch retries, parser deadlines) and the background tasks
 * (reconcile passes, parser processes started in advance). No other class of the indexer starts a
 * thread; the parser processes ({@code extraction.ExtractionWorker}) are JVMs of their own, without
 * Spring.
 */
@NullMarked
package vn.thidua.indexer.executors;

import org.jspecify.annotations.NullMarked;
