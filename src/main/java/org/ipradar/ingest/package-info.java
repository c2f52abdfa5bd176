/**
 * Ingest: turns sources into documents. {@link org.ipradar.ingest.Fetcher} fetches, {@link
 * org.ipradar.ingest.FeedReader} parses (charset by {@link org.ipradar.ingest.FeedDecoder}), {@link
 * org.ipradar.ingest.ArticleMapper} normalises, and {@link org.ipradar.ingest.Crawler} runs a pass and reports it.
 */
package org.ipradar.ingest;
