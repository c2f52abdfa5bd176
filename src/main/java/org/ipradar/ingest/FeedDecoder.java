package org.ipradar.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.net.Charsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a feed's bytes to text with the right charset: byte-order mark first, then bytes that are valid UTF-8,
 * then the charsets the document and the server declare (the first that decodes cleanly), then detection.
 *
 * <p>Legacy names are read as their supersets, as browsers do (WHATWG Encoding): GB2312 and GBK as GB18030, Big5 as
 * Big5-HKSCS, ISO-8859-1 and US-ASCII as windows-1252; real feeds declared as the narrow charset use the wide one.
 */
public final class FeedDecoder {
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private FeedDecoder() {}

    /**
     * Decoded text and how its charset was chosen.
     *
     * @param text the text, without a byte-order mark
     * @param charset the charset used
     * @param reason how it was chosen: bom, utf-16 (no BOM, but the bytes of {@code <?} in UTF-16), ascii, utf-8,
     *     declared, detected or fallback
     */
    public record Decoded(String text, Charset charset, String reason) {}

    /** Decodes the bytes; {@code contentType} is the HTTP header value, or null. */
    public static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(lenient(bytes, skip, bom), bom, "bom");
        }
        if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "utf-16");
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "utf-16");
        }
        List<Charset> declared = new ArrayList<>();
        add(declared, prologEncoding(bytes));
        add(declared, headerCharset(contentType));
        if (isAscii(bytes)) {
            // Any ASCII-compatible charset reads these bytes the same way, so the declared one is named if it is one.
            String text = new String(bytes, StandardCharsets.US_ASCII);
            for (Charset cs : declared) {
                if (text.equals(strict(bytes, cs))) {
                    return new Decoded(text, cs, "ascii");
                }
            }
            return new Decoded(text, StandardCharsets.UTF_8, "ascii");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
        }
        Charset detected = detect(bytes);
        for (Charset cs : declared) {
            // A declared single-byte charset decodes nearly anything; trust detection when it finds a CJK
            // multi-byte charset that decodes cleanly instead (GB2312 pages declared as ISO-8859-1 are common).
            if (isSingleByte(cs) && detected != null && !isSingleByte(detected)) {
                String text = strict(bytes, detected);
                if (text != null) {
                    return new Decoded(text, detected, "detected");
                }
            }
            String text = strict(bytes, cs);
            if (text != null) {
                return new Decoded(text, cs, "declared");
            }
        }
        if (detected != null) {
            String text = strict(bytes, detected);
            if (text != null) {
                return new Decoded(text, detected, "detected");
            }
        }
        Charset fallback = declared.isEmpty() ? Charset.forName("windows-1252") : declared.get(0);
        return new Decoded(lenient(bytes, 0, fallback), fallback, "fallback");
    }

    /** The charset for a name, widened to its superset; null when unknown: {@link Charsets#forName}. */
    public static Charset charsetFor(String name) {
        return Charsets.forName(name);
    }

    private static void add(List<Charset> list, Charset cs) {
        if (cs != null && !list.contains(cs)) {
            list.add(cs);
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

    private static Charset prologEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = PROLOG_ENCODING.matcher(head);
        return m.find() ? charsetFor(m.group(1)) : null;
    }

    private static Charset headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charsetFor(m.group(1)) : null;
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
        return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return charsetFor(detector.getDetectedCharset());
    }

    /** Decodes strictly, returning null at the first malformed or unmappable sequence. */
    static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null; // not this charset: the caller tries the next clue
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }
}
