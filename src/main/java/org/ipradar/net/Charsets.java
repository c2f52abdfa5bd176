package org.ipradar.net;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes fetched bytes to text: byte-order mark first, then the charset the Content-Type header declares, then
 * {@code <meta charset>}, {@code <meta http-equiv>} or the XML declaration in the first 2 KB, then detection.
 *
 * <p>Legacy names are read as their supersets, as browsers do (WHATWG Encoding): GB2312 and GBK as GB18030, Big5 as
 * Big5-HKSCS, ISO-8859-1 and US-ASCII as windows-1252. A declared single-byte charset gives way to UTF-8 when the
 * bytes are valid UTF-8, and to a detected CJK charset that decodes them cleanly, since servers often send a default
 * ISO-8859-1 for pages that are neither.
 */
public final class Charsets {
    /** How many leading bytes are searched for a {@code <meta>} or XML declaration. */
    public static final int PRESCAN_BYTES = 2048;

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"),
            Map.entry("euc-cn", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"),
            Map.entry("csgb2312", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("x-x-big5", "Big5-HKSCS"),
            Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"));
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    /**
     * Decoded text and where its charset came from.
     *
     * @param text the text, without a byte-order mark
     * @param charset the charset used
     * @param source where it came from: bom, header, meta, utf-8 (valid UTF-8 bytes), detected or fallback
     */
    public record Decoded(String text, Charset charset, String source) {}

    /** Decodes the bytes; {@code contentType} is the HTTP header value, or null. */
    public static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
        }
        List<Charset> declared = new ArrayList<>(2);
        List<String> sources = new ArrayList<>(2);
        Charset header = fromContentType(contentType);
        if (header != null) {
            declared.add(header);
            sources.add("header");
        }
        Charset meta = fromMarkup(bytes);
        if (meta != null && !declared.contains(meta)) {
            declared.add(meta);
            sources.add("meta");
        }
        boolean ascii = isAscii(bytes);
        String utf8 = ascii ? null : strict(bytes, StandardCharsets.UTF_8);
        Charset detected = null;
        boolean detectedDone = false;
        for (int i = 0; i < declared.size(); i++) {
            Charset cs = declared.get(i);
            if (isSingleByte(cs) && !ascii) {
                if (utf8 != null) {
                    return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
                }
                if (!detectedDone) {
                    detected = detect(bytes);
                    detectedDone = true;
                }
                if (detected != null && !isSingleByte(detected)) {
                    String text = strict(bytes, detected);
                    if (text != null) {
                        return new Decoded(text, detected, "detected");
                    }
                }
            }
            String text = strict(bytes, cs);
            if (text != null) {
                return new Decoded(text, cs, sources.get(i));
            }
        }
        if (ascii) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), StandardCharsets.UTF_8, "utf-8");
        }
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
        }
        if (!detectedDone) {
            detected = detect(bytes);
        }
        if (detected != null) {
            String text = strict(bytes, detected);
            if (text != null) {
                return new Decoded(text, detected, "detected");
            }
        }
        Charset fallback = declared.isEmpty() ? WINDOWS_1252 : declared.get(0);
        return new Decoded(new String(bytes, fallback), fallback, "fallback");
    }

    /** The charset named by a Content-Type header value, widened to its superset; null when absent or unknown. */
    public static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forName(m.group(1)) : null;
    }

    /**
     * The charset an XML declaration or the first {@code <meta>} naming one declares in the first
     * {@value #PRESCAN_BYTES} bytes, widened; null when none. A UTF-16 or UTF-32 declaration in bytes that are read
     * as ASCII cannot be true, so it means UTF-8 (as in browsers).
     */
    public static Charset fromMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = PROLOG_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            Matcher meta = META_CHARSET.matcher(head);
            name = meta.find() ? meta.group(1) : null;
        }
        Charset cs = forName(name);
        if (cs != null && cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-")
                && !cs.equals(StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        return cs;
    }

    /** The charset for a name, widened to its superset; null when blank or unknown to this JVM. */
    public static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        String mapped = SUPERSETS.getOrDefault(key, name.trim());
        try {
            return Charset.forName(mapped);
        } catch (IllegalArgumentException e) {
            return null; // an unknown or unsupported name: the next clue decides
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return forName(detector.getDetectedCharset());
    }

    /** Decodes strictly, returning null at the first malformed or unmappable sequence. */
    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // not this charset: the caller tries the next clue
        }
    }
}
