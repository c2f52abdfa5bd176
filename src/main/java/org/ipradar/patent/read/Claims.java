package org.ipradar.patent.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.patent.Claim;

/**
 * Numbers claims, strips their printed numbers and marks which are independent, from the wording that refers to
 * other claims: "claim 3", "claims 1 to 4", "any one of claims 1-3", "any preceding claim" (English), "nach Anspruch
 * 1", "einem der Ansprüche 1 bis 3" (German), "selon la revendication 1", "revendications 1 à 3" (French), "根据权利要求1",
 * "如权利要求1-3任一项所述", "权利要求1或2" (Chinese).
 */
public final class Claims {
    /** A range wider than this ("claims 1 to 9999") is a misprint, not a reference. */
    private static final int MAX_RANGE = 500;

    private static final String NOUN = "(?:claims?|ansprüchen?|anspruch|anspruche|revendications?|权利要求)";
    private static final Pattern ANCHOR = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:claims?|ansprüchen?|anspruch|anspruche|revendications?)"
                    + "\\s*(?:n[°o]\\.?\\s*)?(\\d+)(?!\\d)"
                    + "|权利要求\\s*(\\d+)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?iu)\\G\\s*(?<conn>(?:[,，、]\\s*)?(?:and|or|und|oder|et|ou|或者?|和|及)(?![\\p{L}])|[,，、]"
                    + "|to|through|bis|à|至|到|-|–|—|~|～)\\s*" + NOUN + "?\\s*(?:n[°o]\\.?\\s*)?(?<num>\\d+)(?!\\d)");
    private static final Pattern PRECEDING = Pattern.compile(
            "(?iu)(?:(?:preceding|previous|foregoing|above|prior)(?:[- ]mentioned)?\\s+claims?|previously\\s+claimed"
                    + "|claims?\\s+(?:above|before)"
                    + "|(?:vorhergehenden|vorangehenden|vorstehenden|vorherigen)\\s+ansprüche?"
                    + "|revendications?\\s+(?:précédentes?|antérieures?)"
                    + "|(?:前述|上述|前面)(?:任一|任意一项|任一项|任何一项)?(?:项)?权利要求)");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final String ORDINAL = "(?:" + String.join("|", ORDINALS) + ")";
    /** "the first claim", "the first or second claim", "the first to third claims" (translations from Spanish). */
    private static final Pattern ORDINAL_REFERENCE = Pattern.compile("(?iu)\\b(" + ORDINAL
            + "(?:\\s*(?:,|or|and|to)\\s*"
            + "(?:the\\s+)?" + ORDINAL + ")*)\\s+claims?\\b");
    private static final Pattern ORDINAL_PART = Pattern.compile("(?iu)\\b(to\\s+(?:the\\s+)?)?(" + ORDINAL + ")\\b");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:claim\\s+)?(\\d{1,4})\\s*[.．、:：)]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREAMBLE = Pattern.compile(
            "(?is)^\\s*(?:what\\s+is\\s+claimed\\s+is|we\\s+claim|i\\s+claim|claims?|the\\s+invention\\s+claimed\\s+is)"
                    + "\\s*[:：]?\\s*");

    private Claims() {}

    /**
     * Claims from texts that are one claim each, in order: the printed number is stripped and used when it follows
     * the previous one (otherwise the position counts), whitespace is collapsed, blank texts are dropped.
     */
    public static List<Claim> of(List<String> texts) {
        List<Claim> claims = new ArrayList<>();
        int last = 0;
        for (String raw : texts) {
            String text = Texts.collapse(raw);
            if (text.isEmpty()) {
                continue;
            }
            int number = last + 1;
            Matcher m = LEADING_NUMBER.matcher(text);
            if (m.find()) {
                int printed = Integer.parseInt(m.group(1));
                // a number out of sequence is part of the text ("2000 units..."), not the claim's number
                if (printed > last && printed <= last + 50) {
                    number = printed;
                    text = text.substring(m.end()).strip();
                } else if (printed >= 1 && printed <= last) {
                    // a number printed twice ("5. ... 5. ..."): the claim keeps its place, numbered after the last
                    text = text.substring(m.end()).strip();
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            claims.add(claim(number, text));
            last = number;
        }
        return claims;
    }

    /**
     * Claims from one text holding them all ("1. A device ... 2. The device of claim 1 ..."), as exports and OPS
     * text-only responses give them: a claim starts where the next number in sequence follows the start of the text,
     * a line break or the end of a sentence. Text without a leading "1." is one claim.
     */
    public static List<Claim> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = text.replace('\r', '\n');
        Matcher pre = PREAMBLE.matcher(s);
        if (pre.find() && startsClaim(s, pre.end(), 1) >= 0) {
            s = s.substring(pre.end());
        }
        List<Integer> starts = new ArrayList<>();
        int first = startsClaim(s, 0, 1);
        if (first < 0) {
            return of(List.of(s));
        }
        starts.add(0);
        int from = first;
        for (int n = 2; ; n++) {
            int at = nextClaim(s, from, n);
            if (at < 0) {
                break;
            }
            starts.add(at);
            from = at + 1;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : s.length();
            parts.add(s.substring(starts.get(i), end));
        }
        return of(parts);
    }

    /** The numbers of the claims a claim refers to (ascending, its own number excluded). */
    public static List<Integer> references(String text, int ownNumber) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        TreeSet<Integer> refs = new TreeSet<>();
        Matcher anchor = ANCHOR.matcher(s);
        while (anchor.find()) {
            int previous = Integer.parseInt(anchor.group(1) != null ? anchor.group(1) : anchor.group(2));
            refs.add(previous);
            Matcher more = CONTINUATION.matcher(s);
            more.region(anchor.end(), s.length());
            int pos = anchor.end();
            while (more.find() && more.start() == pos) {
                int n = Integer.parseInt(more.group("num"));
                String conn = more.group("conn").strip();
                if (isRange(conn) && n > previous && n - previous <= MAX_RANGE) {
                    for (int k = previous + 1; k <= n; k++) {
                        refs.add(k);
                    }
                } else {
                    refs.add(n);
                }
                previous = n;
                pos = more.end();
                more.region(pos, s.length());
            }
        }
        Matcher ordinal = ORDINAL_REFERENCE.matcher(s);
        while (ordinal.find()) {
            Matcher part = ORDINAL_PART.matcher(ordinal.group(1));
            int previous = 0;
            while (part.find()) {
                int n = ORDINALS.indexOf(part.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (part.group(1) != null && previous > 0) {
                    for (int k = previous + 1; k < n; k++) {
                        refs.add(k);
                    }
                }
                refs.add(n);
                previous = n;
            }
        }
        if (PRECEDING.matcher(s).find()) {
            for (int k = 1; k < ownNumber; k++) {
                refs.add(k);
            }
        }
        refs.remove(ownNumber);
        refs.removeIf(n -> n < 1);
        return List.copyOf(refs);
    }

    private static Claim claim(int number, String text) {
        List<Integer> refs = references(text, number);
        return new Claim(number, text, refs.isEmpty(), refs);
    }

    private static boolean isRange(String conn) {
        return switch (conn) {
            case "to", "through", "bis", "à", "至", "到", "-", "–", "—", "~", "～" -> true;
            default -> false;
        };
    }

    /** Where the text of claim {@code n} begins after its number at {@code at}, or -1. */
    private static int startsClaim(String s, int at, int n) {
        Matcher m = Pattern.compile("\\G\\s*" + n + "\\s*[.．、:：)]\\s*(?=\\S)").matcher(s);
        return m.find(at) && m.start() == at ? m.end() : -1;
    }

    /** The position where claim {@code n} starts, searching from {@code from}, or -1. */
    private static int nextClaim(String s, int from, int n) {
        Matcher m = Pattern.compile("(?<![\\d.,/\\-])" + n + "\\s*[.．、:：)]\\s*(?=\\S)").matcher(s);
        int at = from;
        while (m.find(at)) {
            int start = m.start();
            if (boundaryBefore(s, start)) {
                return start;
            }
            at = start + 1;
        }
        return -1;
    }

    /** Whether a claim number at {@code pos} follows a line break, the end of a sentence or clause, or the start. */
    private static boolean boundaryBefore(String s, int pos) {
        int i = pos - 1;
        boolean space = false;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u3000')) {
            i--;
            space = true;
        }
        if (i < 0) {
            return true;
        }
        char c = s.charAt(i);
        if (c == '\n') {
            return true;
        }
        boolean sentenceEnd = c == '.' || c == ';' || c == '。' || c == '；' || c == '．';
        // Chinese text often runs claims together without a space ("...装置。2．根据...")
        return sentenceEnd && (space || c == '。' || c == '；' || c == '．');
    }
}
