package org.ipradar.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a page says about itself outside its text: JSON-LD, {@code <meta>} tags, {@code <title>}, headings,
 * {@code <time>} elements and {@code <html lang>}; read from the untouched page before any cleaning.
 */
final class PageMetadata {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage", "scholarlyarticle",
            "techarticle", "report", "liveblogposting", "socialmediaposting", "governmentpermit", "legislation");
    /** Meta names and properties that carry the publication date, most specific first. */
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish_date", "publish-date",
            "publication_date", "publication-date", "article.published", "article_date_original", "published_time",
            "published-date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
            "dcterms.date", "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
            "originalpublicationdate", "firstpublishedtime", "og:time", "date", "created", "displaydate");
    /** Meta names and properties that carry when the page was last changed: the last resort for a date. */
    private static final List<String> MODIFIED_METAS = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dateupdate", "lastmodifiedtime", "last-modified", "maketime");
    /** Separators between a headline and the site's name in {@code <title>}: " - ", " | ", "_", "——", "--" ... */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile(
            "\\s+[-–—|·•»:~/]{1,2}\\s+|\\s*[|｜_]+\\s*|\\s*(?:--|——|::)\\s*|(?<=[\\p{IsHan}）)》\"”])[-–—]+(?=\\S)");

    final String titleTag;
    final Map<String, String> metas;
    final List<JsonNode> articles;
    final List<String> h1s;
    final String lang;

    private PageMetadata(String titleTag, Map<String, String> metas, List<JsonNode> articles, List<String> h1s,
            String lang) {
        this.titleTag = titleTag;
        this.metas = metas;
        this.articles = articles;
        this.h1s = h1s;
        this.lang = lang;
    }

    /** Reads the page's self-description. */
    static PageMetadata read(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    metas.putIfAbsent(k, content);
                }
            }
        }
        List<JsonNode> articles = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collectArticles(JSON.readTree(s.data().strip()), articles, 0);
            } catch (JsonProcessingException e) {
                continue; // broken JSON-LD is common and harmless: the page's other signals remain
            }
        }
        List<String> h1s = new ArrayList<>();
        for (Element h : doc.getElementsByTag("h1")) {
            String t = TextRenderer.collapse(h.text());
            if (!t.isEmpty() && h1s.size() < 10) {
                h1s.add(t);
            }
        }
        Element titleEl = doc.selectFirst("title");
        String titleTag = titleEl == null ? "" : TextRenderer.collapse(titleEl.text());
        return new PageMetadata(titleTag, metas, articles, h1s, readLang(doc, metas));
    }

    private static void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, out, depth + 1));
        } else if (node.isObject()) {
            JsonNode type = node.get("@type");
            boolean article = false;
            if (type != null) {
                for (JsonNode t : type.isArray() ? type : List.of(type)) {
                    article |= ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
                }
            }
            if (article || node.has("articleBody") || node.has("headline")) {
                out.add(node);
            }
            collectArticles(node.get("@graph"), out, depth + 1);
            collectArticles(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static String readLang(Document doc, Map<String, String> metas) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty() && html != null) {
            lang = html.attr("xml:lang").strip();
        }
        if (lang.isEmpty()) {
            lang = metas.getOrDefault("content-language", metas.getOrDefault("language",
                    metas.getOrDefault("og:locale", metas.getOrDefault("dc.language", ""))));
        }
        lang = lang.split("[,;\\s]")[0].replace('_', '-');
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? lang : null;
    }

    /** The first JSON-LD article's string field, or null. */
    String jsonLd(String field) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /**
     * The headline: a top heading that the page's title or og:title contains, or else that title with the site's
     * name cut off.
     */
    String title(String headingNearText) {
        List<String> raws = new ArrayList<>();
        for (String r : new String[] {metas.get("og:title"), jsonLd("headline"), metas.get("twitter:title"),
            titleTag}) {
            if (r != null && !r.isBlank()) {
                raws.add(TextRenderer.collapse(org.jsoup.parser.Parser.unescapeEntities(r, false)));
            }
        }
        String best = null;
        for (String h : h1s) {
            String hn = ContentFinder.comparable(h);
            if (hn.length() < 4) {
                continue;
            }
            for (String raw : raws) {
                String rn = ContentFinder.comparable(raw);
                if (rn.contains(hn) && hn.length() * 10 >= rn.length() * 4
                        && (best == null || h.length() > best.length())) {
                    best = h;
                }
            }
        }
        if (best != null) {
            return best;
        }
        String near = headingNearText == null ? "" : headingNearText;
        String nearComparable = ContentFinder.comparable(near);
        if (nearComparable.length() >= 4) {
            for (String raw : raws) {
                if (ContentFinder.comparable(raw).contains(nearComparable)) {
                    return near;
                }
            }
        }
        if (raws.isEmpty()) {
            return !h1s.isEmpty() ? h1s.get(0) : near;
        }
        String stripped = stripSiteName(raws.get(0));
        String strippedComparable = ContentFinder.comparable(stripped);
        // a page title that is only the site's or section's name, with the headline printed above the text
        boolean unrelated = !nearComparable.isEmpty() && !nearComparable.contains(strippedComparable)
                && !strippedComparable.contains(nearComparable);
        boolean cut = !stripped.equals(raws.get(0));
        if (unrelated && cut && metas.get("og:title") == null && jsonLd("headline") == null
                && Chars.weight(near) >= 20 && Chars.weight(near) > Chars.weight(stripped)
                && Dates.parse(near, java.time.ZoneOffset.UTC).isEmpty()) {
            return near;
        }
        return stripped;
    }

    /** Cuts "Site - " or " | Site" parts off a page title: the longest part is the headline. */
    String stripSiteName(String title) {
        String[] parts = TITLE_SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = metas.getOrDefault("og:site_name", metas.getOrDefault("application-name", ""));
        String siteNorm = ContentFinder.comparable(site);
        String best = "";
        for (String p : parts) {
            String pn = ContentFinder.comparable(p);
            if (pn.isEmpty() || !siteNorm.isEmpty() && (pn.equals(siteNorm) || siteNorm.contains(pn))) {
                continue;
            }
            if (Chars.weight(p) > Chars.weight(best)) {
                best = p.strip();
            }
        }
        return best.isEmpty() ? title : best;
    }

    /** The publication date from JSON-LD, then date metas, then {@code <time>} and itemprop elements. */
    Optional<Instant> published(Document doc, ZoneId zone, DayMonthOrder order) {
        for (String field : List.of("datePublished", "dateCreated", "uploadDate")) {
            Optional<Instant> d = Dates.parse(jsonLd(field), zone, order);
            if (d.isPresent()) {
                return d;
            }
        }
        for (String key : DATE_METAS) {
            Optional<Instant> d = Dates.parse(metas.get(key), zone, order);
            if (d.isPresent()) {
                return d;
            }
        }
        Elements marked = doc.select("[itemprop=datePublished], time[pubdate], time[datetime]");
        for (Element e : marked) {
            for (String v : new String[] {e.attr("datetime"), e.attr("content"), e.text()}) {
                Optional<Instant> d = Dates.parse(v, zone, order);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** When the page says it was last changed, from JSON-LD or metas: a stand-in for an unknown publication date. */
    Optional<Instant> modified(ZoneId zone, DayMonthOrder order) {
        Optional<Instant> d = Dates.parse(jsonLd("dateModified"), zone, order);
        for (int i = 0; d.isEmpty() && i < MODIFIED_METAS.size(); i++) {
            d = Dates.parse(metas.get(MODIFIED_METAS.get(i)), zone, order);
        }
        return d;
    }
}
