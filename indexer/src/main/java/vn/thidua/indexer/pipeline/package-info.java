/**
 * The work behind the queue's jobs: read an entry from Strapi and bring the index in line with it
 * (its own text, the visibility of its documents, new, replaced and removed files), and take one
 * file from download through extraction to indexed pages, keeping the file's status on the way.
 */
@NullMarked
package vn.thidua.indexer.pipeline;

import org.jspecify.annotations.NullMarked;
