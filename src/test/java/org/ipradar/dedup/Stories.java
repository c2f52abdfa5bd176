package org.ipradar.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The hand-written stories in {@code fixtures/dedup} and the republished variants the tests make of them. */
final class Stories {
    private Stories() {}

    /** The text of a fixture story, paragraphs separated by a blank line. */
    static String read(String name) {
        try (InputStream in = Stories.class.getResourceAsStream("/fixtures/dedup/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture fixtures/dedup/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> paragraphs(String text) {
        return new ArrayList<>(List.of(text.split("\n\n")));
    }

    /** The story as another site republishes it: its byline above, its footer below. */
    static String withBoilerplate(String text, boolean zh) {
        return zh
                ? "来源：海外知识产权观察 作者：王芳 2026-11-20 09:30\n\n" + text
                        + "\n\n声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。关注我们的微信公众号，获取更多资讯。"
                : "IP Watch Daily | 20 November 2026 | By Jane Tan\n\n" + text
                        + "\n\n© 2026 IP Watch Daily. All rights reserved. Sign up for our free newsletter to get the"
                        + " latest intellectual property news delivered to your inbox every morning.";
    }

    /** The story without its third paragraph. */
    static String withoutThirdParagraph(String text) {
        List<String> p = paragraphs(text);
        p.remove(2);
        return String.join("\n\n", p);
    }

    /** The first {@code n} paragraphs, as a feed's description. */
    static String summary(String text, int n) {
        return String.join("\n\n", paragraphs(text).subList(0, n));
    }

    /** The story with one word in 40 (Chinese: one character in 40) replaced by another of the text. */
    static String edited(String text, boolean zh, long seed) {
        Random rnd = new Random(seed);
        List<String> units = new ArrayList<>();
        if (zh) {
            text.codePoints().forEach(c -> units.add(Character.toString(c)));
        } else {
            units.addAll(List.of(text.split(" ")));
        }
        for (int i = 0; i < units.size(); i++) {
            if (rnd.nextInt(40) == 0 && !units.get(i).contains("\n")) {
                units.set(i, units.get(rnd.nextInt(units.size())).strip());
            }
        }
        return String.join(zh ? "" : " ", units);
    }
}
