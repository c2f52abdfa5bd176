package org.ipradar.ingest;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.ipradar.config.Source;
import org.ipradar.extract.Dates;
import org.ipradar.extract.DayMonthOrder;
import org.ipradar.index.Fields;
import org.ipradar.net.Charsets;
import org.ipradar.net.FetchException;
import org.ipradar.net.FetchRequest;
import org.ipradar.net.FetchResponse;
import org.ipradar.net.Purpose;
import org.ipradar.store.PageStore;
import org.ipradar.store.RawStore;

/** Reads the list pages of an HTML source: decoding, a check that it is HTML at all, and the next pages. */
final class HtmlPages {
    /** Dates without a time zone on a page are read in the subcenter's zone, as facets and quarters are. */
    static final ZoneId ZONE = Fields.ZONE;

    private HtmlPages() {}

    /** The next list page fetched and read, or why it could not be. */
    record Next(HtmlListReader.ListPage page, String error) {}

    /** Decodes and reads one list page of the source. */
    static HtmlListReader.ListPage readList(Source s, byte[] body, String contentType, URI url)
            throws UnreadablePageException {
        String text = decodeHtml(body, contentType);
        Source.Html sel = s.html().orElseThrow();
        DayMonthOrder order = sel.dateOrder() == Source.DateOrder.MDY ? DayMonthOrder.MDY : DayMonthOrder.DMY;
        return HtmlListReader.read(text, url, sel, d -> Dates.parse(d, ZONE, order).orElse(null));
    }

    /** Fetches and reads a further list page, conditionally; an unchanged page is read again from raw/. */
    static Next fetchNext(Web web, PageStore pages, RawStore raw, Source s, URI url, Instant now)
            throws InterruptedException {
        PageStore.Page known = pages.get(url.toString()).orElse(null);
        boolean haveCopy = known != null && known.hash() != null && raw.get(known.hash()).isPresent();
        FetchRequest req = new FetchRequest(url, Purpose.HTML, haveCopy ? known.etag() : null,
                haveCopy ? known.lastModified() : null, s.timeout(), s.maxBytes(), s.delay());
        try {
            FetchResponse fr = web.fetch(req);
            byte[] body;
            String hash;
            if (fr.notModified()) {
                body = raw.get(known.hash()).orElseThrow();
                hash = known.hash();
            } else {
                body = fr.body();
                hash = raw.put(body);
            }
            pages.put(new PageStore.Page(url.toString(), s.id(), null, fr.status(), fr.etag(), fr.lastModified(),
                    hash, now, null));
            return new Next(readList(s, body, fr.contentType(), fr.finalUrl()), null);
        } catch (FetchException e) {
            pages.put(new PageStore.Page(url.toString(), s.id(), null, e.status().orElse(null), null, null, null, now,
                    e.getMessage()));
            return new Next(null, e.getMessage());
        } catch (UnreadablePageException e) {
            return new Next(null, e.getMessage());
        }
    }

    /** The text of an HTML payload, or why it is not HTML. */
    static String decodeHtml(byte[] body, String contentType) throws UnreadablePageException {
        if (body.length == 0) {
            throw new UnreadablePageException("not an HTML page: the payload is empty");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !(type.contains("html") || type.contains("xml") || type.startsWith("text/"))) {
            throw new UnreadablePageException("not an HTML page: it was served as " + contentType.strip());
        }
        String text = Charsets.decode(body, contentType).text();
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        if (!head.contains("<html") && !head.contains("<body") && !head.contains("<!doctype html")
                && !head.contains("<div") && !head.contains("<p") && !head.contains("<head")) {
            throw new UnreadablePageException("not an HTML page: no HTML markup in its first 4 KB");
        }
        return text;
    }
}
