/**
 * Ingest: turns sources into documents. {@link org.ipradar.ingest.Crawler} runs a pass: it fetches through {@link
 * org.ipradar.ingest.Web} (the safe, polite client of {@code org.ipradar.net}), reads feeds with {@link
 * org.ipradar.ingest.FeedReader} and HTML list pages with {@link org.ipradar.ingest.HtmlListReader}, extracts article
 * pages, normalises with {@link org.ipradar.ingest.ArticleMapper}, tags with {@link org.ipradar.ingest.Enricher},
 * clusters with {@link org.ipradar.ingest.Deduper}, and reports every item in one bucket.
 */
package org.ipradar.ingest;
