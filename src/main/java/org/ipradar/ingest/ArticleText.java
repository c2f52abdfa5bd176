package org.ipradar.ingest;

import java.time.Instant;
import java.util.List;
import org.ipradar.config.Source;
import org.ipradar.extract.ArticleExtractor;
import org.ipradar.extract.ArticleSelectors;
import org.ipradar.extract.DayMonthOrder;
import org.ipradar.extract.ExtractedArticle;
import org.ipradar.net.FetchResponse;

/** The main text of a fetched article page, through the general extractor and the source's selectors if any. */
final class ArticleText {
    private static final ArticleExtractor DMY = new ArticleExtractor(HtmlPages.ZONE, DayMonthOrder.DMY);
    private static final ArticleExtractor MDY = new ArticleExtractor(HtmlPages.ZONE, DayMonthOrder.MDY);

    private ArticleText() {}

    /**
     * What was extracted: plain text only, so no markup from the page is ever stored or shown.
     *
     * @param title the headline, possibly empty
     * @param text the main text, paragraphs separated by a blank line
     * @param published the date the page gives, or null
     * @param lang the language the page declares, or null
     * @param warnings selectors that matched nothing, and the like
     */
    record Result(String title, String text, Instant published, String lang, List<String> warnings) {}

    /** Extracts the page, or says why nothing could be. */
    static Result extract(FetchResponse fr, Source s) throws UnreadablePageException {
        String html = HtmlPages.decodeHtml(fr.body(), fr.contentType());
        ArticleSelectors sel = s.html()
                .map(h -> new ArticleSelectors(h.articleTitle(), h.articleBody(), h.articleDate()))
                .orElse(ArticleSelectors.NONE);
        boolean mdy = s.html().map(h -> h.dateOrder() == Source.DateOrder.MDY).orElse(false);
        ExtractedArticle ex = (mdy ? MDY : DMY).extract(html, fr.finalUrl().toString(), sel);
        if (ex.text().isBlank()) {
            throw new UnreadablePageException("no article text could be found on the page");
        }
        return new Result(ex.title() == null ? "" : ex.title(), ex.text(), ex.published(), ex.lang(),
                ex.warnings());
    }
}
