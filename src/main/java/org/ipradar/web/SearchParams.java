package org.ipradar.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipradar.index.Fields;
import org.ipradar.search.InvalidRequestException;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.UserQuery;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;
import org.ipradar.vocab.IpType;
import org.ipradar.vocab.Kind;

/** Reads and checks search parameters from a request into a {@link SearchRequest}, naming any bad one. */
final class SearchParams {
    private static final Set<String> LANGS = Set.of(Locale.getISOLanguages());

    private SearchParams() {}

    /** The search request the query string describes; {@code knownSources} are the valid source ids. */
    static SearchRequest read(Context ctx, Set<String> knownSources) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("query_too_long", "q", "q may be at most "
                    + SearchRequest.MAX_QUERY_LENGTH + " characters (got " + q.length() + ")");
        }
        List<String> countries = new ArrayList<>();
        for (String v : values(ctx, "country")) {
            if (v.equalsIgnoreCase("ASEAN")) {
                countries.addAll(Countries.ASEAN);
                continue;
            }
            try {
                countries.add(Countries.parse(v));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("invalid_country", "country", "country " + e.getMessage()
                        .replace("(got", "or ASEAN (got"));
            }
        }
        List<String> kinds = new ArrayList<>();
        for (String v : values(ctx, "kind")) {
            try {
                kinds.add(Kind.parse(v.toLowerCase(Locale.ROOT)).wire());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("invalid_kind", "kind", "kind " + e.getMessage());
            }
        }
        List<String> langs = new ArrayList<>();
        for (String v : values(ctx, "lang")) {
            String l = v.toLowerCase(Locale.ROOT);
            if (!LANGS.contains(l)) {
                throw new InvalidRequestException("invalid_lang", "lang",
                        "lang must be an ISO 639-1 code such as zh or en (got \"" + v + "\")");
            }
            langs.add(l);
        }
        List<String> sources = new ArrayList<>();
        for (String v : values(ctx, "source")) {
            if (!knownSources.contains(v)) {
                throw new InvalidRequestException("unknown_source", "source", "source must be one of: "
                        + String.join(", ", knownSources.stream().sorted().toList()) + " (got \"" + v + "\")");
            }
            sources.add(v);
        }
        List<String> ipTypes = new ArrayList<>();
        for (String v : values(ctx, "ipType")) {
            try {
                ipTypes.add(IpType.parse(wire(v)).wire());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("invalid_ip_type", "ipType", "ipType " + e.getMessage());
            }
        }
        List<String> industries = new ArrayList<>();
        for (String v : values(ctx, "industry")) {
            try {
                industries.add(Industry.parse(wire(v)).wire());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("invalid_industry", "industry", "industry " + e.getMessage());
            }
        }
        List<String> quarters = new ArrayList<>();
        for (String v : values(ctx, "quarter")) {
            try {
                quarters.add(UserQuery.quarter(v));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("invalid_quarter", "quarter", "quarter " + e.getMessage());
            }
        }
        Instant from = date(ctx, "from", false);
        Instant to = date(ctx, "to", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("invalid_date_range", "from", "from must not be after to");
        }
        String sortText = ctx.queryParam("sort");
        SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
        if (sortText != null && !sortText.isBlank()) {
            sort = switch (sortText.strip().toLowerCase(Locale.ROOT)) {
                case "relevance" -> SearchRequest.Sort.RELEVANCE;
                case "date" -> SearchRequest.Sort.DATE;
                default -> throw new InvalidRequestException("invalid_sort", "sort",
                        "sort must be one of: relevance, date (got \"" + sortText + "\")");
            };
        }
        int limit = integer(ctx, "limit", 10, 1, SearchRequest.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, SearchRequest.MAX_WINDOW);
        if (offset + limit > SearchRequest.MAX_WINDOW) {
            throw new InvalidRequestException("page_too_deep", "offset", "offset + limit may be at most "
                    + SearchRequest.MAX_WINDOW + "; narrow the search with filters instead");
        }
        return new SearchRequest(q, countries, kinds, langs, sources, ipTypes, industries, quarters, from, to, sort,
                limit, offset);
    }

    // trade-secret and Trade_Secret both mean trade_secret.
    private static String wire(String v) {
        return v.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    // Values given as repeated parameters or comma-separated, blanks dropped, order kept, duplicates removed.
    private static List<String> values(Context ctx, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : ctx.queryParams(name)) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invalid_" + name, name,
                    name + " must be a whole number from " + min + " to " + max + " (got \"" + text + "\")");
        }
        if (n < min || n > max) {
            throw new InvalidRequestException("invalid_" + name, name,
                    name + " must be from " + min + " to " + max + " (got " + n + ")");
        }
        return n;
    }

    // A date (2026-03-01, a day in Asia/Shanghai) or a date-time with offset; "to" dates include their whole day.
    private static Instant date(Context ctx, String name, boolean endOfDay) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(Fields.ZONE).toInstant();
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("invalid_date", name, name
                    + " must be a date like 2026-03-01 or a date-time like 2026-03-01T08:00:00Z (got \"" + text + "\")");
        }
    }
}
