package org.ipradar.docs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ipradar.ingest.ArticleMapper;
import org.ipradar.ingest.LanguageGuesser;
import org.ipradar.store.Article;
import org.ipradar.store.RawStore;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Kind;

/**
 * Reads one JSON document, with the fields the API shows for a document, into the store's {@link Article}, checking
 * every field: the first bad one is named in the {@link BadDocumentException}.
 *
 * <p>Fields: {@code id} (kept as the document's id; else derived from {@code url} as the crawler does, else from
 * source, title and date), {@code title} and {@code text} (one of them non-blank), {@code url} (absolute http or
 * https), {@code source} (default given to the constructor), {@code lang} (ISO 639-1; guessed when absent), {@code
 * kind} (default {@code news}), {@code countries}, {@code ipTypes}, {@code industries} (arrays of the vocabulary's
 * codes), {@code published} and {@code fetched} (ISO-8601 instants or dates, a date meaning its midnight UTC; fetched
 * defaults to the time of import). {@code cluster} and {@code alsoReportedBy}, which the API adds, are ignored; any
 * other field is an error, so a misspelt field is not lost silently. A JSON {@code null} counts as absent.
 */
public final class DocumentJson {
    /** The fields a document may have, in the API's order. */
    public static final List<String> FIELDS = List.of("id", "title", "url", "source", "lang", "kind", "countries",
            "ipTypes", "industries", "published", "fetched", "text");
    /** The IP types of the vocabulary ({@link org.ipradar.vocab.IpType}). */
    public static final List<String> IP_TYPES = java.util.Arrays.stream(org.ipradar.vocab.IpType.values())
            .map(org.ipradar.vocab.IpType::wire).toList();
    /** The industries of the vocabulary ({@link org.ipradar.vocab.Industry}). */
    public static final List<String> INDUSTRIES = java.util.Arrays.stream(org.ipradar.vocab.Industry.values())
            .map(org.ipradar.vocab.Industry::wire).toList();
    /** The kind of a document that does not say. */
    public static final String DEFAULT_KIND = Kind.NEWS.wire();

    static final int MAX_ID = 128;
    static final int MAX_TITLE = 1_000;
    static final int MAX_URL = 2_048;
    static final int MAX_TEXT = 2_000_000;

    // Fields the API adds that are computed here, not taken from the file.
    private static final Set<String> IGNORED = Set.of("cluster", "alsoReportedBy");
    // Ids appear in /api/documents/{id}: URL-safe characters only.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]*");
    // The same rule as source ids in feeds.yml.
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Set<String> LANGUAGES = new TreeSet<>(Arrays.asList(Locale.getISOLanguages()));
    // A day's slack for time zones and clocks; anything later is a typo.
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final String defaultSource;
    private final Clock clock;

    /** A reader giving documents without a source the given one, and without a fetch time the clock's now. */
    public DocumentJson(String defaultSource, Clock clock) {
        if (!SOURCE.matcher(defaultSource).matches()) {
            throw new IllegalArgumentException("source must be letters, digits and '-', at most 64, starting with a"
                    + " letter or digit (got \"" + clip(defaultSource) + "\")");
        }
        this.defaultSource = defaultSource;
        this.clock = clock;
    }

    /** Whether a string is a valid source id for imported documents. */
    public static boolean isValidSource(String source) {
        return source != null && SOURCE.matcher(source).matches();
    }

    /** The document in one line of JSON, or the first problem with it. */
    public Article read(String json) throws BadDocumentException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage().replaceAll("\\s+", " ")
                    .replaceAll(" ?\\(start marker at \\[Source: .*?\\]\\)", "");
            if (why.startsWith("Trailing token")) {
                why = "more than one JSON value on the line";
            }
            throw new BadDocumentException(null, "not valid JSON" + where + ": " + why);
        }
        if (root == null || !root.isObject()) {
            throw new BadDocumentException(null, "not a JSON object (got " + type(root) + ")");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String name = e.getKey();
            if (!FIELDS.contains(name) && !IGNORED.contains(name)) {
                throw new BadDocumentException(name, "unknown field (the fields are: " + String.join(", ", FIELDS)
                        + ")");
            }
        }
        String givenId = string(root, "id", MAX_ID);
        if (givenId != null && !ID.matcher(givenId).matches()) {
            throw new BadDocumentException("id", "must be letters, digits and . _ : ~ -, starting with a letter or"
                    + " digit (got \"" + clip(givenId) + "\")");
        }
        String title = strip(string(root, "title", MAX_TITLE));
        String text = string(root, "text", MAX_TEXT);
        text = text == null ? "" : text.strip();
        if (title.isEmpty() && text.isEmpty()) {
            throw new BadDocumentException("title", "a document needs a title or a text (both are missing or blank)");
        }
        if (title.isEmpty()) {
            title = firstWords(text);
        }
        String url = url(root);
        String source = string(root, "source", 64);
        if (source == null) {
            source = defaultSource;
        } else if (!SOURCE.matcher(source).matches()) {
            throw new BadDocumentException("source", "must be letters, digits and '-', starting with a letter or"
                    + " digit (got \"" + clip(source) + "\")");
        }
        String lang = string(root, "lang", 16);
        if (lang == null) {
            lang = LanguageGuesser.guess(title + "\n" + (text.length() <= 4000 ? text : text.substring(0, 4000)),
                    null);
        } else if (!LANGUAGES.contains(lang)) {
            throw new BadDocumentException("lang", "must be an ISO 639-1 code in lower case such as zh, en, vi (got \""
                    + clip(lang) + "\")");
        }
        String kind = string(root, "kind", 32);
        if (kind == null) {
            kind = DEFAULT_KIND;
        } else {
            try {
                kind = Kind.parse(kind).wire();
            } catch (IllegalArgumentException e) {
                throw new BadDocumentException("kind", e.getMessage());
            }
        }
        List<String> countries = new ArrayList<>();
        for (String c : strings(root, "countries")) {
            try {
                countries.add(Countries.parse(c));
            } catch (IllegalArgumentException e) {
                throw new BadDocumentException("countries", e.getMessage());
            }
        }
        List<String> ipTypes = vocabulary(root, "ipTypes", IP_TYPES);
        List<String> industries = vocabulary(root, "industries", INDUSTRIES);
        Instant published = time(root, "published");
        Instant fetched = time(root, "fetched");
        if (fetched == null) {
            fetched = clock.instant();
        }
        countries = List.copyOf(new LinkedHashSet<>(countries));
        String id = givenId != null ? givenId
                : url != null ? hashId("url:" + url) // the crawler's id for the same link, so it updates in place
                : hashId("import:" + source + ":" + title + ":" + published);
        String contentHash = RawStore.sha256(String.join("\u0000", title, text, String.valueOf(url),
                String.valueOf(published), lang, kind, countries.toString(), ipTypes.toString(),
                industries.toString(), source).getBytes(StandardCharsets.UTF_8));
        return new Article(id, url, null, title, text, source, lang, kind, countries, ipTypes, industries, null,
                published, fetched, contentHash, null, 0);
    }

    private static String url(JsonNode root) throws BadDocumentException {
        String url = string(root, "url", MAX_URL);
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return ArticleMapper.canonical(url.strip());
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BadDocumentException("url", "must be an absolute http or https URL (got \"" + clip(url) + "\")");
    }

    private static List<String> vocabulary(JsonNode root, String field, List<String> allowed)
            throws BadDocumentException {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : strings(root, field)) {
            if (!allowed.contains(v)) {
                throw new BadDocumentException(field, "must be one of: " + String.join(", ", allowed) + " (got \""
                        + clip(v) + "\")");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private Instant time(JsonNode root, String field) throws BadDocumentException {
        String value = string(root, field, 64);
        if (value == null) {
            return null;
        }
        Instant t;
        try {
            t = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new BadDocumentException(field, "must be a date such as 2026-03-01 or an ISO-8601 time with its"
                    + " offset such as 2026-03-01T08:00:00Z (got \"" + clip(value) + "\")");
        }
        if (t.isAfter(clock.instant().plus(FUTURE_SLACK))) {
            throw new BadDocumentException(field, "is in the future (got \"" + clip(value) + "\")");
        }
        return t;
    }

    // The field as a string, null when absent or null; throws when it is another type or too long.
    private static String string(JsonNode root, String field, int maxLength) throws BadDocumentException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadDocumentException(field, "must be a string (got " + type(n) + ")");
        }
        String s = n.textValue();
        int length = s.codePointCount(0, s.length());
        if (length > maxLength) {
            throw new BadDocumentException(field, "must be at most " + maxLength + " characters (got " + length
                    + ")");
        }
        return s;
    }

    private static List<String> strings(JsonNode root, String field) throws BadDocumentException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadDocumentException(field, "must be an array of strings (got " + type(n) + ")");
        }
        List<String> out = new ArrayList<>(n.size());
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw new BadDocumentException(field, "must be an array of strings (got " + type(e) + " in it)");
            }
            out.add(e.textValue());
        }
        return out;
    }

    private static String type(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String firstWords(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.codePointCount(0, line.length()) > 80
                ? line.substring(0, line.offsetByCodePoints(0, 80)) + "…" : line;
    }

    // Long values are cut in messages so one bad line does not flood the terminal.
    static String clip(String s) {
        return s.codePointCount(0, s.length()) <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 80)) + "…";
    }

    /** A stable 24-character id from a key, as the crawler makes them. */
    static String hashId(String key) {
        return RawStore.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }
}
