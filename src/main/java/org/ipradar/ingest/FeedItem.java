package org.ipradar.ingest;

import java.time.Instant;

/**
 * One item of a feed as read, before it becomes a document.
 *
 * @param guid the feed's id for the item (RSS guid, Atom id), or null
 * @param link the absolute link to the article, or null
 * @param title plain-text title, possibly empty
 * @param text plain text of the content or summary
 * @param published publication time (or last update when that is all there is), or null
 */
public record FeedItem(String guid, String link, String title, String text, Instant published) {}
