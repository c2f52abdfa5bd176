/**
 * The benchmark behind {@code scripts/bench}: a generated bilingual corpus served as RSS feeds, ingested through the
 * real crawl path and through raw Lucene with the same analyzers, then searched over HTTP and through raw Lucene, with
 * the ratios of ours to raw and where the time goes.
 */
package org.ipradar.bench;
