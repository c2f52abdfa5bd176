package org.ipradar.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A document's text fingerprint: a MinHash signature of its shingles, a second one of its opening shingles (the
 * lead), the number of distinct shingles and a hash of its title; small enough to store with the document.
 *
 * <p>Two signatures agree in a given position with probability equal to the Jaccard similarity of the two shingle
 * sets, so the share of agreeing positions estimates it. Each position keeps only the low 16 bits of its minimum
 * ("b-bit MinHash", Li and König 2010): unrelated values then collide with probability 2<sup>-16</sup>, which the
 * estimate corrects for, and a signature takes half the space of full 32-bit values. The hash family is fixed
 * (seeded SplitMix64 multipliers), so signatures are the same in every run and every JVM and can be stored.
 */
public final class Fingerprint {
    /** The serialisation format written by {@link #toBytes()}. */
    static final int FORMAT = 1;
    private static final int HEADER = 1 + 1 + 1 + 4 + 8;
    private static final double COLLISION = 1.0 / 65536; // two unrelated 16-bit values are equal this often

    private final short[] signature;
    private final short[] lead;
    private final int shingles;
    private final long titleHash;

    Fingerprint(short[] signature, short[] lead, int shingles, long titleHash) {
        this.signature = signature;
        this.lead = lead;
        this.shingles = shingles;
        this.titleHash = titleHash;
    }

    /** The fingerprint of a document's title and text, with the standard shingle sizes and signature lengths. */
    public static Fingerprint of(String title, String text) {
        return Fingerprinter.STANDARD.fingerprint(title, text);
    }

    /** The number of distinct shingles in the text; 0 for an empty text. */
    public int shingles() {
        return shingles;
    }

    /** The hash of the normalised title, or 0 when the title is too short to tell documents apart. */
    public long titleHash() {
        return titleHash;
    }

    short[] signature() {
        return signature;
    }

    short[] lead() {
        return lead;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, from 0 to 1; 0 when either text is empty. */
    public static double similarity(Fingerprint a, Fingerprint b) {
        if (a.shingles == 0 || b.shingles == 0) {
            return 0;
        }
        return estimate(a.signature, b.signature);
    }

    /** The estimated Jaccard similarity of the two texts' opening shingles. */
    static double leadSimilarity(Fingerprint a, Fingerprint b) {
        if (a.shingles == 0 || b.shingles == 0) {
            return 0;
        }
        return estimate(a.lead, b.lead);
    }

    /**
     * The estimated share of the smaller text's shingles that the larger one also has, from 0 to 1: near 1 when one
     * text is an excerpt of the other, such as a feed summary of an article.
     */
    public static double containment(Fingerprint a, Fingerprint b) {
        double j = similarity(a, b);
        if (j == 0) {
            return 0;
        }
        // |A∩B| = J(|A|+|B|)/(1+J), from J = |A∩B|/|A∪B| and |A∪B| = |A|+|B|-|A∩B|
        double intersection = j * (a.shingles + b.shingles) / (1 + j);
        return Math.min(1, intersection / Math.min(a.shingles, b.shingles));
    }

    private static double estimate(short[] x, short[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("fingerprints of different sizes cannot be compared (" + x.length
                    + " and " + y.length + " hashes)");
        }
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        double share = (double) same / x.length;
        return Math.max(0, (share - COLLISION) / (1 - COLLISION));
    }

    /** The fingerprint as bytes, for storing: format, sizes, shingle count, title hash, then the two signatures. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(HEADER + 2 * (signature.length + lead.length));
        b.put((byte) FORMAT).put((byte) signature.length).put((byte) lead.length).putInt(shingles).putLong(titleHash);
        for (short s : signature) {
            b.putShort(s);
        }
        for (short s : lead) {
            b.putShort(s);
        }
        return b.array();
    }

    /** The fingerprint {@link #toBytes()} wrote; fails, naming the problem, on bytes of another format or length. */
    public static Fingerprint fromBytes(byte[] bytes) {
        if (bytes.length < HEADER) {
            throw new IllegalArgumentException("fingerprint bytes too short: " + bytes.length + " bytes, the header"
                    + " alone is " + HEADER);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int format = b.get();
        if (format != FORMAT) {
            throw new IllegalArgumentException("fingerprint format " + format + " is not the supported format "
                    + FORMAT + "; recompute the fingerprints");
        }
        int k = b.get() & 0xFF;
        int kLead = b.get() & 0xFF;
        int expected = HEADER + 2 * (k + kLead);
        if (bytes.length != expected) {
            throw new IllegalArgumentException("fingerprint bytes have the wrong length: " + bytes.length
                    + " bytes, expected " + expected + " for " + k + " + " + kLead + " hashes");
        }
        int shingles = b.getInt();
        long title = b.getLong();
        short[] signature = new short[k];
        short[] lead = new short[kLead];
        for (int i = 0; i < k; i++) {
            signature[i] = b.getShort();
        }
        for (int i = 0; i < kLead; i++) {
            lead[i] = b.getShort();
        }
        return new Fingerprint(signature, lead, shingles, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && shingles == f.shingles && titleHash == f.titleHash
                && Arrays.equals(signature, f.signature) && Arrays.equals(lead, f.lead);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signature) * 31 + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles, " + signature.length + "+" + lead.length + " hashes]";
    }
}
