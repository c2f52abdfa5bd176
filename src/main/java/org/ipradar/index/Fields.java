package org.ipradar.index;

import java.time.Instant;
import java.time.ZoneId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.ipradar.store.Article;

/** Every field of the documents index, defined once, with why each is the type it is. */
public final class Fields {
    /** The document id: a StringField (one exact token) so updates replace by id; stored for the hit. */
    public static final String ID = "id";
    /** Chinese words (smartcn): TextField, not stored; the text is stored once in {@link #TEXT}. */
    public static final String TITLE_ZH = "title_zh";
    public static final String BODY_ZH = "body_zh";
    /** CJK bigrams, the recall fallback for Chinese: TextField, not stored. */
    public static final String TITLE_CJK = "title_cjk";
    public static final String BODY_CJK = "body_cjk";
    /** English (and other Latin-script languages): EnglishAnalyzer, TextField, not stored. */
    public static final String TITLE_EN = "title_en";
    public static final String BODY_EN = "body_en";
    /** The plain title and text, stored only: shown in hits and re-analysed by the highlighter. */
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** Stored only, for the hit. */
    public static final String URL = "url";
    /** Publication time in epoch millis: LongPoint for range filters, stored for the hit. */
    public static final String PUBLISHED = "published";
    /** Publication time, or fetch time when unknown: doc values for sorting newest first. */
    public static final String SORT_DATE = "sort_date";

    /** Facet dimensions; also filterable through drill-down terms. */
    public static final String COUNTRY = "country";
    public static final String KIND = "kind";
    public static final String LANG = "lang";
    public static final String SOURCE = "source";
    public static final String YEAR = "year";
    public static final String IP_TYPE = "ipType";
    public static final String INDUSTRY = "industry";
    /** The quarter of publication (or of fetching when unknown), as in {@code 2026Q3}, in Asia/Shanghai. */
    public static final String QUARTER = "quarter";

    /**
     * The near-duplicate cluster: a StringField to list a cluster's members, sorted doc values to collapse hits to
     * one per cluster, stored for the hit.
     */
    public static final String CLUSTER = "cluster";

    /** Years and quarters are counted in the subcenter's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The facet configuration: country is multi-valued, the others hold one value a document. */
    public static final FacetsConfig FACETS = facets();

    private Fields() {}

    private static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COUNTRY, true);
        config.setMultiValued(IP_TYPE, true);
        config.setMultiValued(INDUSTRY, true);
        return config;
    }

    /** The quarter of a day, as in {@code 2026Q3}. */
    public static String quarter(java.time.LocalDate day) {
        return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Whether a document is indexed with the Chinese fields: Chinese documents and any text holding Han characters. */
    static boolean hasChinese(Article a) {
        return a.lang().equals("zh") || containsHan(a.title()) || containsHan(a.text());
    }

    /** Whether a document is indexed with the English fields: every document not in Chinese. */
    static boolean hasLatin(Article a) {
        return !a.lang().equals("zh");
    }

    static boolean containsHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The Lucene document for an article, with facets built. */
    public static Document toDocument(Article a) {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StoredField(TITLE, a.title()));
        d.add(new StoredField(TEXT, a.text()));
        if (a.url() != null) {
            d.add(new StoredField(URL, a.url()));
        }
        if (hasChinese(a)) {
            d.add(new TextField(TITLE_ZH, a.title(), Field.Store.NO));
            d.add(new TextField(BODY_ZH, a.text(), Field.Store.NO));
            d.add(new TextField(TITLE_CJK, a.title(), Field.Store.NO));
            d.add(new TextField(BODY_CJK, a.text(), Field.Store.NO));
        }
        if (hasLatin(a)) {
            d.add(new TextField(TITLE_EN, a.title(), Field.Store.NO));
            d.add(new TextField(BODY_EN, a.text(), Field.Store.NO));
        }
        Instant date = a.published() != null ? a.published() : a.fetched();
        if (a.published() != null) {
            d.add(new LongPoint(PUBLISHED, a.published().toEpochMilli()));
            d.add(new StoredField(PUBLISHED, a.published().toEpochMilli()));
        }
        d.add(new NumericDocValuesField(SORT_DATE, date.toEpochMilli()));
        for (String c : a.countries()) {
            d.add(new StoredField(COUNTRY, c));
            d.add(new SortedSetDocValuesFacetField(COUNTRY, c));
        }
        for (String t : a.ipTypes()) {
            d.add(new StoredField(IP_TYPE, t));
            d.add(new SortedSetDocValuesFacetField(IP_TYPE, t));
        }
        for (String t : a.industries()) {
            d.add(new StoredField(INDUSTRY, t));
            d.add(new SortedSetDocValuesFacetField(INDUSTRY, t));
        }
        d.add(new StringField(CLUSTER, a.cluster(), Field.Store.YES));
        d.add(new SortedDocValuesField(CLUSTER, new BytesRef(a.cluster())));
        d.add(new StoredField(KIND, a.kind()));
        d.add(new SortedSetDocValuesFacetField(KIND, a.kind()));
        d.add(new StoredField(LANG, a.lang()));
        d.add(new SortedSetDocValuesFacetField(LANG, a.lang()));
        d.add(new StoredField(SOURCE, a.source()));
        d.add(new SortedSetDocValuesFacetField(SOURCE, a.source()));
        java.time.ZonedDateTime local = date.atZone(ZONE);
        d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(local.getYear())));
        d.add(new SortedSetDocValuesFacetField(QUARTER, quarter(local.toLocalDate())));
        try {
            return FACETS.build(d);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("facets config cannot fail for sorted-set fields", e);
        }
    }
}
