package org.ipradar.patent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The longest term of a patent right by office and type, to estimate an expiry date when the data states none.
 *
 * <p>An estimate is the end of the maximum term, assuming every renewal fee is paid; it ignores term adjustments and
 * extensions (US patent term adjustment, supplementary protection certificates) and terminal disclaimers, so a real
 * right may end earlier, and rarely later. Every estimate says so through {@link Expiry#estimated()} and names its
 * basis. Sources are given next to each entry; entries marked "review" are the ones to check first.
 */
public final class PatentTerms {
    /** The US changed from 17 years from grant to 20 years from filing for applications filed from this day on. */
    static final LocalDate US_TWENTY_YEARS_FROM = LocalDate.of(1995, 6, 8);
    /** US design applications filed from this day on get 15 years from grant, earlier ones 14. */
    static final LocalDate US_DESIGN_FIFTEEN_FROM = LocalDate.of(2015, 5, 13);
    /** Chinese design applications filed from this day on get 15 years from filing, earlier ones 10. */
    static final LocalDate CN_DESIGN_FIFTEEN_FROM = LocalDate.of(2021, 6, 1);
    /** Japanese design applications filed from this day on get 25 years from filing, earlier ones 20 from registration. */
    static final LocalDate JP_DESIGN_TWENTY_FIVE_FROM = LocalDate.of(2020, 4, 1);

    /** What kind of right a record is, as far as its term goes. */
    public enum Category {
        /** A patent for invention (US utility and plant patents, EP, CN invention patents...). */
        INVENTION,
        /** A utility model (CN, JP, KR, DE...), a utility solution (VN) or a petty patent (TH). */
        UTILITY_MODEL,
        /** A design patent or registered industrial design. */
        DESIGN
    }

    /**
     * An expiry date and where it comes from.
     *
     * @param date the expiry date, or null when neither stated nor estimable
     * @param estimated whether the date is an estimate from this table rather than stated in the data
     * @param basis how it was obtained, in words, such as "20 years from filing (2010-03-04); TRIPS art. 33"
     */
    public record Expiry(LocalDate date, boolean estimated, String basis) {
        /** Checks the fields. */
        public Expiry {
            Objects.requireNonNull(basis, "basis");
        }
    }

    // A term in years counted from the filing date, and where it is laid down.
    private record Term(int years, String source) {}

    // Patents for invention: 20 years from filing everywhere (TRIPS art. 33 is the floor and no office we cover goes
    // beyond it); the US is handled in usInvention because of its pre-1995 rule.
    private static final Term INVENTION_DEFAULT = new Term(20, "TRIPS art. 33");

    // Utility models, from filing.
    private static final Map<String, Term> UTILITY_MODEL = Map.ofEntries(
            Map.entry("CN", new Term(10, "CN Patent Law art. 42")),
            Map.entry("JP", new Term(10, "JP Utility Model Act art. 15")),
            Map.entry("KR", new Term(10, "KR Utility Model Act art. 22")),
            Map.entry("DE", new Term(10, "DE GebrMG s. 23")),
            Map.entry("VN", new Term(10, "VN IP Law art. 93(3), utility solution")),
            Map.entry("TH", new Term(10, "TH Patent Act s. 65 septies, petty patent 6 years + 2 renewals of 2")),
            Map.entry("MY", new Term(20, "MY Patents Act s. 17A, utility innovation 10 years + 2 extensions of 5")),
            Map.entry("ID", new Term(10, "ID Law 13/2016 art. 23, simple patent")),
            Map.entry("PH", new Term(7, "PH IP Code s. 109.3")),
            Map.entry("TW", new Term(10, "TW Patent Act art. 114")));
    private static final Term UTILITY_MODEL_DEFAULT = new Term(10, "the usual utility-model term (review)");

    // Industrial designs, from filing, with every renewal. CN, JP and the US depend on the filing date and are
    // handled in code below.
    private static final Map<String, Term> DESIGN = Map.ofEntries(
            Map.entry("EM", new Term(25, "EU Regulation 6/2002 art. 12, registered Community design")),
            Map.entry("EU", new Term(25, "EU Regulation 6/2002 art. 12, registered Community design")),
            Map.entry("KR", new Term(20, "KR Design Protection Act art. 91")),
            Map.entry("VN", new Term(15, "VN IP Law art. 93(4): 5 years, renewable twice")),
            Map.entry("TH", new Term(10, "TH Patent Act s. 62")),
            Map.entry("MY", new Term(25, "MY Industrial Designs Act s. 25: 5 years, extendable 4 times")),
            Map.entry("SG", new Term(25, "SG Registered Designs Act s. 21: 5 years, renewable to 25")),
            Map.entry("ID", new Term(10, "ID Law 31/2000 art. 5")),
            Map.entry("PH", new Term(15, "PH IP Code s. 118: 5 years, renewable twice")),
            Map.entry("KH", new Term(15, "KH Law on Patents, Utility Model Certificates and Industrial Designs:"
                    + " 5 years, renewable twice (review)")),
            Map.entry("LA", new Term(15, "LA IP Law (2017) (review)")),
            Map.entry("MM", new Term(10, "MM Industrial Design Law 2019 (review)")),
            Map.entry("BN", new Term(15, "BN Industrial Designs Order 1999: 5 years, renewable twice (review)")),
            Map.entry("IN", new Term(15, "IN Designs Act 2000 s. 11: 10 years + 5")),
            Map.entry("GB", new Term(25, "GB Registered Designs Act 1949 s. 8")),
            Map.entry("DE", new Term(25, "DE DesignG s. 27")),
            Map.entry("FR", new Term(25, "FR CPI art. L513-1")),
            Map.entry("TW", new Term(15, "TW Patent Act art. 135")));
    // The Hague Agreement's minimum (Geneva Act art. 17(3)) and the most common term elsewhere.
    private static final Term DESIGN_DEFAULT = new Term(15, "Hague Agreement (Geneva Act) art. 17(3) minimum (review)");

    private PatentTerms() {}

    /** The category of a record, from its type and, when that is empty, its kind code. */
    public static Category category(PatentRecord r) {
        String type = r.type().toLowerCase(Locale.ROOT);
        if (type.equals("design") || (type.isEmpty() && r.kind().startsWith("S"))) {
            return Category.DESIGN;
        }
        if (type.equals("utility_model") || type.equals("utility model")
                || (type.isEmpty() && !r.jurisdiction().equals("US")
                        && (r.kind().startsWith("U") || r.kind().startsWith("Y")))) {
            return Category.UTILITY_MODEL;
        }
        return Category.INVENTION;
    }

    /** The stated expiry when the data has one, else an estimate from this table, else an unknown date. */
    public static Expiry expiry(PatentRecord r) {
        if (r.expiry() != null) {
            return new Expiry(r.expiry(), false, "stated in the data");
        }
        String office = r.jurisdiction();
        Category category = category(r);
        LocalDate filing = r.filingDate();
        String from = "filing";
        if (filing == null) {
            // The term runs from filing; the earliest priority is at most 12 months earlier, so an estimate from it
            // errs towards an earlier end (Paris Convention art. 4C).
            filing = r.priorities().stream().map(Priority::date).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            from = "priority";
        }
        if (category == Category.DESIGN) {
            return design(r, office, filing, from);
        }
        if (filing == null) {
            return new Expiry(null, false, "no filing date to estimate from");
        }
        if (category == Category.UTILITY_MODEL) {
            return fromFiling(UTILITY_MODEL.getOrDefault(office, UTILITY_MODEL_DEFAULT), filing, from, "");
        }
        String note = r.type().equals("reissue") ? "; a reissue keeps the original patent's term, which may end sooner"
                : "";
        if (office.equals("US")) {
            if (filing.isBefore(US_TWENTY_YEARS_FROM) && r.grantDate() != null) {
                // 35 U.S.C. 154(c)(1): the longer of 17 years from grant and 20 years from filing
                LocalDate seventeen = r.grantDate().plusYears(17);
                LocalDate twenty = filing.plusYears(20);
                return seventeen.isAfter(twenty)
                        ? new Expiry(seventeen, true, "17 years from grant (" + r.grantDate()
                                + "), filed before 1995-06-08; 35 U.S.C. 154(c)" + note)
                        : new Expiry(twenty, true, "20 years from " + from + " (" + filing
                                + "), longer than 17 years from grant; 35 U.S.C. 154(c)" + note);
            }
            return fromFiling(new Term(20, "35 U.S.C. 154(a)(2); term adjustment not included"), filing, from,
                    note);
        }
        return fromFiling(INVENTION_DEFAULT, filing, from, note);
    }

    private static Expiry design(PatentRecord r, String office, LocalDate filing, String from) {
        if (office.equals("US")) {
            // 35 U.S.C. 173: counted from grant; a US design patent is published on the day it is granted
            LocalDate grant = r.grantDate() != null ? r.grantDate() : r.publicationDate();
            if (grant == null) {
                return new Expiry(null, false, "no grant date to estimate a US design term from");
            }
            boolean fifteen = filing == null || !filing.isBefore(US_DESIGN_FIFTEEN_FROM);
            int years = fifteen ? 15 : 14;
            return new Expiry(grant.plusYears(years), true, years + " years from grant (" + grant + "); 35 U.S.C. 173"
                    + (filing == null ? ", assuming filing on or after 2015-05-13"
                            : fifteen ? ", filed on or after 2015-05-13" : ", filed before 2015-05-13"));
        }
        if (filing == null) {
            return new Expiry(null, false, "no filing date to estimate from");
        }
        if (office.equals("CN")) {
            return filing.isBefore(CN_DESIGN_FIFTEEN_FROM)
                    ? fromFiling(new Term(10, "CN Patent Law art. 42 (2008), filed before 2021-06-01"), filing, from,
                            "")
                    : fromFiling(new Term(15, "CN Patent Law art. 42 (2020)"), filing, from, "");
        }
        if (office.equals("JP")) {
            if (filing.isBefore(JP_DESIGN_TWENTY_FIVE_FROM) && r.grantDate() != null) {
                return new Expiry(r.grantDate().plusYears(20), true, "20 years from registration (" + r.grantDate()
                        + "); JP Design Act art. 21 before the 2019 amendment");
            }
            return fromFiling(new Term(25, "JP Design Act art. 21 (2019 amendment)"), filing, from, "");
        }
        return fromFiling(DESIGN.getOrDefault(office, DESIGN_DEFAULT), filing, from, "");
    }

    private static Expiry fromFiling(Term term, LocalDate filing, String from, String note) {
        return new Expiry(filing.plusYears(term.years()), true,
                term.years() + " years from " + from + " (" + filing + "); " + term.source() + note);
    }
}
