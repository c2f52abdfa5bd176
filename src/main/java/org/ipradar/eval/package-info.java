/**
 * Retrieval evaluation: a test collection (documents, {@link org.ipradar.eval.Queries}, {@link
 * org.ipradar.eval.Qrels}) is loaded into a scratch data directory, each query is run through ipradar's search and
 * through {@link org.ipradar.eval.Bm25Baseline}s built in the same process on the same documents, and {@link
 * org.ipradar.eval.Evaluation} averages the {@link org.ipradar.eval.Metrics} per system.
 */
package org.ipradar.eval;
