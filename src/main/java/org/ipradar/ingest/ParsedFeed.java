package org.ipradar.ingest;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A feed as read: its format, declared language, the charset its bytes were decoded with, and its items.
 *
 * @param format the feed type ROME detected, such as rss_2.0 or atom_1.0
 * @param title the feed's title
 * @param language the feed's declared language tag, or null
 * @param charset the charset the payload was decoded with
 * @param items the items in document order
 */
public record ParsedFeed(String format, String title, String language, Charset charset, List<FeedItem> items) {}
