/**
 * Extract: the main text, title, date and language of an article page, without per-site rules. {@link
 * org.ipradar.extract.ArticleExtractor} is the entry point (per-source CSS selectors win where they still match),
 * {@link org.ipradar.extract.Dates} reads the dates sites print, and {@link org.ipradar.extract.ExtractionBenchmark}
 * measures the extractor against pages with known main text.
 */
package org.ipradar.extract;
