package org.ipradar.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.ipradar.index.Analyzers;

/**
 * Every field of the patent index, defined once, with why each is the type it is.
 *
 * <p>A patent is a block of Lucene documents replaced together by its {@link #PID}: one {@link #PATENT} document with
 * the whole record, then one {@link #CLAIM} document per independent claim, so each independent claim is scored on
 * its own (BM25 normalises by the claim's length, not the whole claim set's) and the best one can be shown.
 * Text goes into the English fields always and into the Chinese fields too when it holds Han characters, as in the
 * documents index.
 */
public final class PatentFields {
    /** Which of the two document kinds: StringField, {@link #PATENT} or {@link #CLAIM}. */
    public static final String DOC = "doc";
    /** The value of {@link #DOC} for the one document of a patent with the whole record. */
    public static final String PATENT = "patent";
    /** The value of {@link #DOC} for an independent claim's document. */
    public static final String CLAIM = "claim";

    /**
     * The publication id ({@link PatentRecord#id()}): StringField on every document of the block, to replace the block
     * by; stored, and sorted doc values, which the matcher reads for hundreds of hits without loading stored fields.
     */
    public static final String PID = "pid";
    /** Keys that tie publications together ({@link NumberKeys}): StringFields, for excluding a whole family. */
    public static final String NUMBER_KEY = "number_key";
    public static final String APPLICATION_KEY = "application_key";
    public static final String FAMILY_ID = "family_id";
    /** The number keys of the family members the record names: StringField, multi-valued. */
    public static final String FAMILY = "family";

    /** Exact filter values: StringFields, stored so a hit can be shown without the record. */
    public static final String JURISDICTION = "jurisdiction";
    /** The legal status as the data says, {@link LegalStatus#code()}. */
    public static final String STATUS = "status";
    public static final String TYPE = "type";
    public static final String KIND = "kind";
    public static final String LANG = "lang";
    /** {@link PatentTerms.Category} in lower case: {@code invention}, {@code utility_model}, {@code design}. */
    public static final String CATEGORY = "category";

    /** English text: TextFields through EnglishAnalyzer, not stored (the record is). */
    public static final String TITLE_EN = "title_en";
    public static final String ABSTRACT_EN = "abstract_en";
    /** All claims of the patent, in order, one field. */
    public static final String CLAIMS_EN = "claims_en";
    /** One independent claim (on a {@link #CLAIM} document). */
    public static final String CLAIM_EN = "claim_en";
    /** Chinese text: TextFields through the project's smartcn analyzer. */
    public static final String TITLE_ZH = "title_zh";
    public static final String ABSTRACT_ZH = "abstract_zh";
    public static final String CLAIMS_ZH = "claims_zh";
    public static final String CLAIM_ZH = "claim_zh";
    /** The claim number of a {@link #CLAIM} document: numeric doc values, read with the hit. */
    public static final String CLAIM_NUMBER = "claim_number";

    /**
     * IPC and CPC symbols with every ancestor ({@link Classifications.Symbol#terms()}): StringFields, so an overlap
     * at any level is one term query; {@link #CLASSES} holds both schemes' terms.
     */
    public static final String IPC = "ipc";
    public static final String CPC = "cpc";
    public static final String CLASSES = "classes";
    /**
     * Applicants and assignees normalised by {@link PartyNames}: StringFields for filters, and sorted-set doc values
     * the matcher compares with the competitors.
     */
    public static final String PARTY = "party";
    /** The printed IPC and CPC symbols ({@code H01M 50/449}): sorted-set doc values, for the class boost. */
    public static final String SYMBOLS = "symbols";

    /** Dates as epoch days: LongPoint for range filters, stored for the hit. */
    public static final String FILING = "filing";
    public static final String PUBLICATION = "publication";
    public static final String GRANT = "grant";
    /** The stated expiry, or the estimate of {@link PatentTerms}: LongPoint, so expired ones are filtered out. */
    public static final String EXPIRY = "expiry";
    /** Whether {@link #EXPIRY} is an estimate: StringField {@code true}/{@code false}, stored. */
    public static final String EXPIRY_ESTIMATED = "expiry_estimated";

    /** The whole record as {@link PatentJson}: stored only, what the matcher shows and explains from. */
    public static final String RECORD = "record";

    private PatentFields() {}

    /** The analyzer of the index: smartcn for the Chinese fields, English for everything else. */
    public static Analyzer analyzer() {
        Analyzer zh = Analyzers.chinese();
        return new PerFieldAnalyzerWrapper(Analyzers.english(),
                Map.of(TITLE_ZH, zh, ABSTRACT_ZH, zh, CLAIMS_ZH, zh, CLAIM_ZH, zh));
    }

    /** The independent claims of a record, or its first claim when the data marks none independent. */
    public static List<Claim> independentClaims(PatentRecord r) {
        List<Claim> independent = r.independentClaims();
        return independent.isEmpty() && !r.claims().isEmpty() ? List.of(r.claims().getFirst()) : independent;
    }

    /** The block of documents of a record: the patent document first, then one per independent claim. */
    public static List<Document> toDocuments(PatentRecord r) {
        List<Document> docs = new ArrayList<>();
        Document d = new Document();
        d.add(new StringField(DOC, PATENT, Field.Store.NO));
        d.add(new StringField(PID, r.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(PID, new BytesRef(r.id())));
        d.add(new StringField(NUMBER_KEY, NumberKeys.key(r), Field.Store.NO));
        String app = NumberKeys.applicationKey(r);
        if (!app.isEmpty()) {
            d.add(new StringField(APPLICATION_KEY, app, Field.Store.NO));
        }
        if (!r.familyId().isEmpty()) {
            d.add(new StringField(FAMILY_ID, r.familyId(), Field.Store.NO));
        }
        for (String member : r.family()) {
            String key = NumberKeys.key(member);
            if (!key.isEmpty()) {
                d.add(new StringField(FAMILY, key, Field.Store.NO));
            }
        }
        d.add(new StringField(JURISDICTION, r.jurisdiction(), Field.Store.YES));
        d.add(new StringField(STATUS, r.status().code(), Field.Store.YES));
        d.add(new StringField(TYPE, r.type(), Field.Store.YES));
        d.add(new StringField(KIND, r.kind(), Field.Store.YES));
        d.add(new StringField(LANG, r.lang(), Field.Store.YES));
        d.add(new StringField(CATEGORY, PatentTerms.category(r).name().toLowerCase(java.util.Locale.ROOT),
                Field.Store.YES));

        text(d, TITLE_EN, TITLE_ZH, r.title());
        text(d, ABSTRACT_EN, ABSTRACT_ZH, r.abstractText());
        StringBuilder all = new StringBuilder();
        for (Claim c : r.claims()) {
            all.append(c.text()).append('\n');
        }
        text(d, CLAIMS_EN, CLAIMS_ZH, all.toString());

        Set<String> classes = new LinkedHashSet<>();
        Set<String> symbols = new LinkedHashSet<>();
        for (Classifications.Symbol s : Classifications.parseAll(r.ipc())) {
            symbols.add(s.toString());
            for (String t : s.terms()) {
                d.add(new StringField(IPC, t, Field.Store.NO));
                classes.add(t);
            }
        }
        for (Classifications.Symbol s : Classifications.parseAll(r.cpc())) {
            symbols.add(s.toString());
            for (String t : s.terms()) {
                d.add(new StringField(CPC, t, Field.Store.NO));
                classes.add(t);
            }
        }
        classes.forEach(t -> d.add(new StringField(CLASSES, t, Field.Store.NO)));
        symbols.forEach(t -> d.add(new SortedSetDocValuesField(SYMBOLS, new BytesRef(t))));
        for (String p : PartyNames.of(r)) {
            d.add(new StringField(PARTY, p, Field.Store.NO));
            d.add(new SortedSetDocValuesField(PARTY, new BytesRef(p)));
        }

        date(d, FILING, r.filingDate());
        date(d, PUBLICATION, r.publicationDate());
        date(d, GRANT, r.grantDate());
        PatentTerms.Expiry expiry = PatentTerms.expiry(r);
        date(d, EXPIRY, expiry.date());
        d.add(new StringField(EXPIRY_ESTIMATED, Boolean.toString(expiry.estimated()), Field.Store.YES));
        d.add(new StoredField(RECORD, PatentJson.write(r)));
        docs.add(d);

        for (Claim c : independentClaims(r)) {
            Document cd = new Document();
            cd.add(new StringField(DOC, CLAIM, Field.Store.NO));
            cd.add(new StringField(PID, r.id(), Field.Store.YES));
            cd.add(new SortedDocValuesField(PID, new BytesRef(r.id())));
            cd.add(new NumericDocValuesField(CLAIM_NUMBER, c.number()));
            text(cd, CLAIM_EN, CLAIM_ZH, c.text());
            docs.add(cd);
        }
        return docs;
    }

    private static void text(Document d, String en, String zh, String text) {
        if (text.isBlank()) {
            return;
        }
        d.add(new TextField(en, text, Field.Store.NO));
        if (PartyNames.hasHan(text)) {
            d.add(new TextField(zh, text, Field.Store.NO));
        }
    }

    private static void date(Document d, String field, LocalDate day) {
        if (day != null) {
            d.add(new LongPoint(field, day.toEpochDay()));
            d.add(new StoredField(field, day.toEpochDay()));
        }
    }
}
