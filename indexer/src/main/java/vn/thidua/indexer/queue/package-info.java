/**
 * The durable job queue and the per-file status, both in an embedded H2 database under {@code
 * INDEXER_DATA_DIR}, and the worker that runs jobs on a bounded pool. A job leaves the database
 * only when its work is done; jobs found running at start-up (after a crash) run again, which is
 * safe because every write they make is idempotent. Every start is counted before it runs, so a job
 * that kills the process is quarantined after a few restarts ({@code Quarantine}) rather than
 * killing each one.
 */
@NullMarked
package vn.thidua.indexer.queue;

import org.jspecify.annotations.NullMarked;
