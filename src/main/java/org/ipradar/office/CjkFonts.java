package org.ipradar.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * Chinese fonts for PDF files: OpenPDF embeds a subset of the CFF-based Noto CJK fonts Debian installs
 * ({@code fonts-noto-cjk}), or of a TrueType one. Each list of candidate files is loaded once and shared.
 */
public final class CjkFonts {
    /** Where CJK fonts are looked for, body font first: Debian and Fedora Noto, WenQuanYi, Droid, Windows, macOS. */
    public static final List<Path> REGULAR = List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"));
    /** Where a bold CJK font for headings is looked for; the body font is used when none is found. */
    public static final List<Path> BOLD = List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"));

    private static final Object LOCK = new Object();
    // Loaded fonts by the list they were found through; guarded by LOCK. A list that found none is not kept.
    private static final Map<List<Path>, BaseFont> FONTS = new HashMap<>();

    /**
     * A body font and a heading font.
     *
     * @param regular for text
     * @param bold for headings (the body font when no bold one was found)
     */
    public record Pair(BaseFont regular, BaseFont bold) {}

    private CjkFonts() {}

    /** The fonts found through the lists, or empty when no body font is installed. */
    public static Optional<Pair> find(List<Path> regular, List<Path> bold) {
        synchronized (LOCK) {
            BaseFont r = FONTS.computeIfAbsent(regular, CjkFonts::load);
            if (r == null) {
                return Optional.empty();
            }
            BaseFont b = FONTS.computeIfAbsent(bold, CjkFonts::load);
            return Optional.of(new Pair(r, b == null ? r : b));
        }
    }

    /** The sentence to show when no font was found in the list. */
    public static String missing(List<Path> regular) {
        return "PDF export needs a Chinese (CJK) font and none was found (looked for "
                + String.join(", ", regular.stream().map(Path::toString).toList())
                + "); install one, for example: apt-get install fonts-noto-cjk";
    }

    private static BaseFont load(List<Path> candidates) {
        for (Path p : candidates) {
            if (!Files.isReadable(p)) {
                continue;
            }
            try {
                String name = p.toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    name = name + "," + simplifiedChineseFace(name);
                }
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException | RuntimeException ex) {
                org.slf4j.LoggerFactory.getLogger(CjkFonts.class).warn("cannot use font file={} error={}", p,
                        ex.toString());
            }
        }
        return null;
    }

    // In a collection, the face for Simplified Chinese (as NotoSerifCJKsc-Regular), else the first.
    private static int simplifiedChineseFace(String ttc) throws DocumentException, IOException {
        String[] names = BaseFont.enumerateTTCNames(ttc);
        for (int i = 0; i < names.length; i++) {
            String n = names[i].toLowerCase(Locale.ROOT);
            if (n.contains("cjksc") || n.contains(" sc") || n.endsWith("sc") || n.contains("gb")) {
                return i;
            }
        }
        return 0;
    }
}
