package org.ipradar.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ipradar.index.Fields;

/**
 * What a risk-patent list is asked for: the product as text and features, where it is sold, its classes, whom it
 * competes with and which patents are the firm's own. Build one with {@link #builder}.
 *
 * @param description the product's technical description (any length; may be empty when features are given)
 * @param features the product's key features, one short phrase each
 * @param markets target markets as country codes ({@code VN}, {@code US}), {@code EU}, {@code WO} or {@code ASEAN};
 *     empty means every jurisdiction (see {@link Markets#jurisdictions})
 * @param classes the product's IPC or CPC symbols, such as {@code H01M 50/449}
 * @param competitors names of known competitors, compared with applicants and assignees through {@link PartyNames}
 * @param ownPatents the firm's own publication numbers or ids in any spelling; they and their families are excluded
 * @param includeExpired whether expired and lapsed rights are listed too (marked, and rated low)
 * @param asOf the day the legal status is judged on (an estimated expiry before it counts as expired)
 * @param limit the most rows to return, 1 to 1000
 */
public record RiskQuery(
        String description,
        List<String> features,
        List<String> markets,
        List<String> classes,
        List<String> competitors,
        List<String> ownPatents,
        boolean includeExpired,
        LocalDate asOf,
        int limit) {
    /** The most rows one query may ask for. */
    public static final int MAX_LIMIT = 1000;

    /** Checks the fields: markets must be known codes, something must describe the product, the limit in range. */
    public RiskQuery {
        description = Objects.requireNonNullElse(description, "");
        features = features.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        markets = List.copyOf(markets);
        classes = List.copyOf(classes);
        competitors = competitors.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        ownPatents = ownPatents.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        Objects.requireNonNull(asOf, "asOf");
        if (description.isBlank() && features.isEmpty()) {
            throw new IllegalArgumentException("a risk query needs a product description or at least one feature");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + " (got " + limit + ")");
        }
        Markets.jurisdictions(markets); // throws naming a bad code
        for (String c : classes) {
            if (Classifications.parse(c).isEmpty()) {
                throw new IllegalArgumentException("classes: not an IPC or CPC symbol such as H01M 50/449 (got \""
                        + c + "\")");
            }
        }
    }

    /** A builder for a query on this description, with every other field empty, the limit 50, as of today. */
    public static Builder builder(String description) {
        return new Builder(description);
    }

    /** Builds a {@link RiskQuery}. */
    public static final class Builder {
        private final String description;
        private List<String> features = new ArrayList<>();
        private List<String> markets = new ArrayList<>();
        private List<String> classes = new ArrayList<>();
        private List<String> competitors = new ArrayList<>();
        private List<String> ownPatents = new ArrayList<>();
        private boolean includeExpired;
        private LocalDate asOf = LocalDate.now(Fields.ZONE);
        private int limit = 50;

        private Builder(String description) {
            this.description = description;
        }

        /** The product's key features. */
        public Builder features(List<String> value) {
            features = List.copyOf(value);
            return this;
        }

        /** The target markets. */
        public Builder markets(List<String> value) {
            markets = List.copyOf(value);
            return this;
        }

        /** The product's IPC/CPC symbols. */
        public Builder classes(List<String> value) {
            classes = List.copyOf(value);
            return this;
        }

        /** The known competitors. */
        public Builder competitors(List<String> value) {
            competitors = List.copyOf(value);
            return this;
        }

        /** The firm's own patents, excluded with their families. */
        public Builder ownPatents(List<String> value) {
            ownPatents = List.copyOf(value);
            return this;
        }

        /** Whether expired and lapsed rights are listed too. */
        public Builder includeExpired(boolean value) {
            includeExpired = value;
            return this;
        }

        /** The day the legal status is judged on. */
        public Builder asOf(LocalDate value) {
            asOf = value;
            return this;
        }

        /** The most rows to return. */
        public Builder limit(int value) {
            limit = value;
            return this;
        }

        /** The query, checked. */
        public RiskQuery build() {
            return new RiskQuery(description, features, markets, classes, competitors, ownPatents, includeExpired,
                    asOf, limit);
        }
    }
}
