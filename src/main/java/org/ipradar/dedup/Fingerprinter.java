package org.ipradar.dedup;

import java.util.Arrays;

/**
 * Computes fingerprints with one set of parameters: shingle sizes, signature lengths, the length of the lead and the
 * shortest title that counts.
 *
 * @param wordGram words per shingle in space-separated text
 * @param charGram characters per shingle in text written without spaces (Chinese)
 * @param hashes MinHash values in the signature of the whole text
 * @param leadShingles distinct shingles at the start of the text that make up its lead
 * @param leadHashes MinHash values in the signature of the lead
 * @param titleWords the fewest words a title needs to be hashed
 * @param titleChars the fewest characters a Chinese title needs to be hashed
 */
record Fingerprinter(int wordGram, int charGram, int hashes, int leadShingles, int leadHashes, int titleWords,
        int titleChars) {
    /** The parameters of stored fingerprints (format 1), chosen by {@code ipradar eval-dedup}. */
    static final Fingerprinter STANDARD = new Fingerprinter(4, 5, 128, 30, 16, 6, 10);

    private static final long SEED = 0x1B873593_2026_1124L;
    private static final int MAX_HASHES = 255;
    private static final long[] MULTIPLIERS = new long[MAX_HASHES];
    private static final long[] ADDENDS = new long[MAX_HASHES];

    static {
        long state = SEED;
        for (int i = 0; i < MAX_HASHES; i++) {
            state += 0x9E3779B97F4A7C15L; // SplitMix64, written out so that no library change can alter signatures
            MULTIPLIERS[i] = Shingler.mix(state) | 1;
            state += 0x9E3779B97F4A7C15L;
            ADDENDS[i] = Shingler.mix(state);
        }
    }

    Fingerprinter {
        if (hashes < 1 || hashes > MAX_HASHES || leadHashes < 1 || leadHashes > MAX_HASHES) {
            throw new IllegalArgumentException("signature lengths must be from 1 to " + MAX_HASHES + " (got "
                    + hashes + " and " + leadHashes + ")");
        }
        if (leadShingles < 1) {
            throw new IllegalArgumentException("the lead needs at least one shingle (got " + leadShingles + ")");
        }
    }

    /** The fingerprint of a title and a text; either may be null or empty. */
    Fingerprint fingerprint(String title, String text) {
        long[] ordered = new Shingler(wordGram, charGram).shingles(text);
        long[] distinct = ordered.clone();
        Arrays.sort(distinct);
        int n = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[n++] = distinct[i];
            }
        }
        int start = leadStart(text);
        long[] leadSet = firstDistinct(start == 0 ? ordered : new Shingler(wordGram, charGram).shingles(
                text.substring(start, Math.min(text.length(), start + 4000))), leadShingles);
        long titleHash = title == null ? 0 : Shingler.titleHash(title, titleWords, titleChars);
        return new Fingerprint(minHash(distinct, n, hashes), minHash(leadSet, leadSet.length, leadHashes), n,
                titleHash);
    }

    /**
     * Where the lead starts: at the first of the opening lines that is running text, so that a site's byline or
     * date line above an article does not hide that a feed summary starts like the article; 0 when the first line is
     * running text or none of the first ten is.
     */
    static int leadStart(String text) {
        if (text == null) {
            return 0;
        }
        int start = 0;
        for (int line = 0; line < 10 && start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            // a line of 400 characters is running text whatever it says; shorter ones are counted
            if (end - start >= 400 || Shingler.runningText(text.substring(start, end))) {
                return start;
            }
            start = end + 1;
        }
        return 0;
    }

    private static long[] firstDistinct(long[] ordered, int limit) {
        long[] out = new long[Math.min(limit, ordered.length)];
        int n = 0;
        outer:
        for (int i = 0; i < ordered.length && n < out.length; i++) {
            for (int j = 0; j < n; j++) {
                if (out[j] == ordered[i]) {
                    continue outer;
                }
            }
            out[n++] = ordered[i];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    // One multiply-shift hash per position (Dietzfelbinger et al. 1997) over already well-mixed shingle hashes; the
    // minimum keeps the top 32 bits of the product, of which the signature stores the low 16.
    private static short[] minHash(long[] shingles, int n, int k) {
        short[] out = new short[k];
        int i = 0;
        for (; i + 4 <= k; i += 4) { // four hash functions a pass: independent minima the CPU computes side by side
            long a0 = MULTIPLIERS[i];
            long a1 = MULTIPLIERS[i + 1];
            long a2 = MULTIPLIERS[i + 2];
            long a3 = MULTIPLIERS[i + 3];
            long b0 = ADDENDS[i];
            long b1 = ADDENDS[i + 1];
            long b2 = ADDENDS[i + 2];
            long b3 = ADDENDS[i + 3];
            long m0 = Long.MAX_VALUE;
            long m1 = Long.MAX_VALUE;
            long m2 = Long.MAX_VALUE;
            long m3 = Long.MAX_VALUE;
            for (int s = 0; s < n; s++) {
                long x = shingles[s];
                m0 = Math.min(m0, (a0 * x + b0) >>> 32);
                m1 = Math.min(m1, (a1 * x + b1) >>> 32);
                m2 = Math.min(m2, (a2 * x + b2) >>> 32);
                m3 = Math.min(m3, (a3 * x + b3) >>> 32);
            }
            out[i] = (short) m0;
            out[i + 1] = (short) m1;
            out[i + 2] = (short) m2;
            out[i + 3] = (short) m3;
        }
        for (; i < k; i++) {
            long min = Long.MAX_VALUE;
            for (int s = 0; s < n; s++) {
                min = Math.min(min, (MULTIPLIERS[i] * shingles[s] + ADDENDS[i]) >>> 32);
            }
            out[i] = (short) min;
        }
        return out;
    }
}
