package org.ipradar.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads profiles and facts from YAML (snake_case keys, sections at the top level) and JSON (camelCase keys, sections
 * under {@code sections}), strictly: an unknown key or a value of the wrong type is an error naming the field, because
 * a typo would otherwise silently drop a fact's flag or source. Writes them as JSON for the API and the store.
 * Rules about the content (non-empty sections, the four treaties, sources) are {@link ProfileRules}'.
 */
final class ProfileCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A fact id. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern NAMED = Pattern.compile(" \\([a-z][a-z0-9_]{0,39}\\)");

    /** The key spelling of a document. */
    enum Naming {
        /** The shipped files: lower snake case. */
        YAML,
        /** The API and the store: camelCase. */
        JSON;

        /** The spelling of a camelCase key in this naming. */
        String key(String camel) {
            if (this == JSON) {
                return camel;
            }
            StringBuilder b = new StringBuilder();
            for (char ch : camel.toCharArray()) {
                if (Character.isUpperCase(ch)) {
                    b.append('_').append(Character.toLowerCase(ch));
                } else {
                    b.append(ch);
                }
            }
            return b.toString();
        }
    }

    /** The keys a fact may have, in camelCase. */
    static final List<String> FACT_KEYS = List.of("id", "zh", "en", "source", "lastReviewed", "review", "noteZh",
            "noteEn", "ipTypes", "website", "member", "since");

    /**
     * A profile's content: its names and sections, without version information.
     *
     * @param code the code it states, or null when it states none
     * @param nameZh the name in Chinese
     * @param nameEn the name in English
     * @param sections the sections that were present, each a list of facts
     */
    record Content(String code, String nameZh, String nameEn, Map<Section, List<Fact>> sections) {}

    private ProfileCodec() {}

    /**
     * Reads a profile document.
     *
     * @param root the document
     * @param naming its key spelling; YAML has sections at the top level and may set {@code defaults.last_reviewed}
     * @param ignored keys (in the document's spelling) to accept and ignore, such as the read-only ones the API shows
     */
    static Content readProfile(JsonNode root, Naming naming, Set<String> ignored) {
        if (root == null || !root.isObject()) {
            throw invalid("body", "a profile must be an object with name and sections");
        }
        Set<String> top = new HashSet<>(ignored);
        top.add("code");
        top.add("name");
        LocalDate defaultReviewed = null;
        JsonNode sectionsNode;
        String prefix;
        if (naming == Naming.YAML) {
            top.add("defaults");
            for (Section s : Section.values()) {
                top.add(s.wire());
            }
            JsonNode defaults = root.get("defaults");
            if (defaults != null && !defaults.isNull()) {
                requireObject(defaults, "defaults");
                checkKeys(defaults, Set.of("last_reviewed"), "defaults.");
                defaultReviewed = date(defaults.get("last_reviewed"), "defaults.last_reviewed");
            }
            sectionsNode = root;
            prefix = "";
        } else {
            top.add("sections");
            sectionsNode = root.get("sections");
            if (sectionsNode == null || sectionsNode.isNull()) {
                throw invalid("sections", "the profile needs its sections: an object with offices, laws,"
                        + " treaties, rules, enforcement, timelines and pitfalls, each a list of facts");
            }
            requireObject(sectionsNode, "sections");
            checkKeys(sectionsNode, sectionKeys(), "sections.");
            prefix = "sections.";
        }
        checkKeys(root, top, "");
        String code = optionalText(root, "code", "code");
        JsonNode name = root.get("name");
        if (name == null || name.isNull()) {
            throw invalid("name", "the profile needs its name, as {zh: ..., en: ...}");
        }
        requireObject(name, "name");
        checkKeys(name, Set.of("zh", "en"), "name.");
        String nameZh = optionalText(name, "zh", "name.zh");
        String nameEn = optionalText(name, "en", "name.en");
        Map<Section, List<Fact>> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            JsonNode list = sectionsNode.get(s.wire());
            if (list == null || list.isNull()) {
                continue;
            }
            String where = prefix + s.wire();
            if (!list.isArray()) {
                throw invalid(where, where + " must be a list of facts");
            }
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                facts.add(readFact(list.get(i), naming, where + "[" + i + "]", defaultReviewed, Set.of()));
            }
            sections.put(s, facts);
        }
        return new Content(code, nameZh, nameEn, sections);
    }

    private static Set<String> sectionKeys() {
        Set<String> keys = new HashSet<>();
        for (Section s : Section.values()) {
            keys.add(s.wire());
        }
        return keys;
    }

    /**
     * Reads one fact.
     *
     * @param node the fact
     * @param naming its key spelling
     * @param where its path, for messages, such as {@code sections.laws[2]}
     * @param defaultReviewed the last-reviewed date when the fact gives none, or null to require one
     * @param extra further keys the caller reads itself (such as {@code version})
     */
    static Fact readFact(JsonNode node, Naming naming, String where, LocalDate defaultReviewed, Set<String> extra) {
        if (node == null || !node.isObject()) {
            throw invalid(where, where + " must be an object with id, zh, en, source and lastReviewed");
        }
        Set<String> keys = new HashSet<>(extra);
        FACT_KEYS.forEach(k -> keys.add(naming.key(k)));
        checkKeys(node, keys, where + ".");
        String id = optionalText(node, "id", where + ".id");
        // messages name the fact by its id too: "sections.laws[2] (patent_law).source.url"; fields do not
        String p = where + (id != null && ID.matcher(id).matches() ? " (" + id + ")" : "") + ".";
        String zh = optionalText(node, "zh", p + "zh");
        String en = optionalText(node, "en", p + "en");
        Citation source = null;
        JsonNode src = node.get("source");
        if (src != null && !src.isNull()) {
            requireObject(src, p + "source");
            checkKeys(src, Set.of("name", "url"), p + "source.");
            source = new Citation(optionalText(src, "name", p + "source.name"),
                    optionalText(src, "url", p + "source.url"));
        }
        String reviewedKey = naming.key("lastReviewed");
        JsonNode reviewedNode = node.get(reviewedKey);
        LocalDate reviewed = reviewedNode == null || reviewedNode.isNull() ? defaultReviewed
                : date(reviewedNode, p + reviewedKey);
        boolean review = false;
        JsonNode r = node.get("review");
        if (r != null && !r.isNull()) {
            if (!r.isBoolean()) {
                throw invalid(p + "review", p + "review must be true or false (got " + r + ")");
            }
            review = r.booleanValue();
        }
        String noteZh = optionalText(node, naming.key("noteZh"), p + naming.key("noteZh"));
        String noteEn = optionalText(node, naming.key("noteEn"), p + naming.key("noteEn"));
        List<String> ipTypes = new ArrayList<>();
        String typesKey = naming.key("ipTypes");
        JsonNode types = node.get(typesKey);
        if (types != null && !types.isNull()) {
            if (!types.isArray()) {
                throw invalid(p + typesKey, p + typesKey + " must be a list such as [patent, design]");
            }
            for (int i = 0; i < types.size(); i++) {
                if (!types.get(i).isTextual()) {
                    throw invalid(p + typesKey, p + typesKey + "[" + i + "] must be text (got " + types.get(i) + ")");
                }
                ipTypes.add(types.get(i).textValue().strip());
            }
        }
        String website = optionalText(node, "website", p + "website");
        Membership membership = null;
        JsonNode member = node.get("member");
        JsonNode since = node.get("since");
        if (member != null && !member.isNull()) {
            if (!member.isBoolean()) {
                throw invalid(p + "member", p + "member must be true or false (got " + member + ")");
            }
            Treaty treaty;
            try {
                treaty = Treaty.parse(id);
            } catch (IllegalArgumentException e) {
                throw invalid(p + "member", p + "member belongs to treaty facts, whose id names the treaty: "
                        + e.getMessage());
            }
            Integer year = null;
            if (since != null && !since.isNull()) {
                if (!since.canConvertToInt() || !since.isIntegralNumber()) {
                    throw invalid(p + "since", p + "since must be a year such as 1995 (got " + since + ")");
                }
                year = since.intValue();
            }
            membership = new Membership(treaty, member.booleanValue(), year);
        } else if (since != null && !since.isNull()) {
            throw invalid(p + "since", p + "since needs member: true beside it");
        }
        return new Fact(id, zh, en, source, reviewed, review, noteZh, noteEn, ipTypes, website, membership);
    }

    /** The profile as the API shows it: content, version information and the count of flagged facts. */
    static ObjectNode write(CountryProfile p) {
        ObjectNode o = NODES.objectNode();
        o.put("code", p.code());
        ObjectNode name = o.putObject("name");
        name.put("zh", p.nameZh());
        name.put("en", p.nameEn());
        o.put("version", p.version());
        o.put("origin", p.origin().name().toLowerCase(Locale.ROOT));
        if (p.updated() != null) {
            o.put("updated", p.updated().toString());
            o.put("updatedBy", p.updatedBy());
        }
        o.put("shippedChanged", p.shippedChanged());
        o.put("facts", p.facts().size());
        o.put("flagged", p.flagged());
        o.put("oldestReview", p.oldestReview() == null ? null : p.oldestReview().toString());
        o.set("sections", sections(p.sections()));
        return o;
    }

    /** The content alone, as the store keeps an editor's version: code, name and sections. */
    static ObjectNode writeContent(String code, String nameZh, String nameEn, Map<Section, List<Fact>> sections) {
        ObjectNode o = NODES.objectNode();
        o.put("code", code);
        ObjectNode name = o.putObject("name");
        name.put("zh", nameZh);
        name.put("en", nameEn);
        o.set("sections", sections(sections));
        return o;
    }

    private static ObjectNode sections(Map<Section, List<Fact>> sections) {
        ObjectNode o = NODES.objectNode();
        for (Section s : Section.values()) {
            ArrayNode list = o.putArray(s.wire());
            for (Fact f : sections.getOrDefault(s, List.of())) {
                list.add(writeFact(f));
            }
        }
        return o;
    }

    /** One fact as JSON; absent optional values are left out. */
    static ObjectNode writeFact(Fact f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id());
        o.put("zh", f.zh());
        o.put("en", f.en());
        ObjectNode src = o.putObject("source");
        src.put("name", f.source().name());
        src.put("url", f.source().url());
        o.put("lastReviewed", f.lastReviewed().toString());
        o.put("review", f.review());
        if (f.noteZh() != null) {
            o.put("noteZh", f.noteZh());
        }
        if (f.noteEn() != null) {
            o.put("noteEn", f.noteEn());
        }
        if (!f.ipTypes().isEmpty()) {
            ArrayNode types = o.putArray("ipTypes");
            f.ipTypes().forEach(types::add);
        }
        if (f.website() != null) {
            o.put("website", f.website());
        }
        if (f.membership() != null) {
            o.put("member", f.membership().member());
            if (f.membership().since() != null) {
                o.put("since", f.membership().since());
            }
        }
        return o;
    }

    static void checkKeys(JsonNode node, Set<String> allowed, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw CountryException.invalid("unknown_field", prefix + k, "\"" + prefix + k + "\" is not a field"
                        + " that can be set here; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private static void requireObject(JsonNode node, String where) {
        if (!node.isObject()) {
            throw invalid(where, where + " must be an object (got " + node.getNodeType().name()
                    .toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** A text value stripped of surrounding space, or null when absent or blank; other types are an error. */
    static String optionalText(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(where, where + " must be text (got " + v + ")");
        }
        String s = v.textValue().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(where, where + " must be a date such as 2026-11-24 (got " + v + ")");
        }
        try {
            return LocalDate.parse(v.textValue().strip());
        } catch (DateTimeParseException e) {
            throw invalid(where, where + " must be a date such as 2026-11-24 (got \"" + v.textValue() + "\")");
        }
    }

    /** A refusal of bad content; the field is the path without the fact ids that messages carry. */
    static CountryException invalid(String field, String message) {
        return CountryException.invalid("invalid_profile", NAMED.matcher(field).replaceAll(""), message);
    }
}
