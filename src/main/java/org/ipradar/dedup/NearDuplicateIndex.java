package org.ipradar.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory locality-sensitive hashing index of fingerprints that finds a document's near duplicates without
 * comparing it to every stored one; thread-safe.
 *
 * <p>The signature is cut into bands of {@code r} values; two documents become candidates when all values of one
 * band agree, which for texts of Jaccard similarity {@code J} happens with probability {@code 1-(1-J^r)^bands}. The
 * band size is the largest for which a pair right at the rule's threshold still becomes a candidate 4 times in 5; a
 * second set of bands over the lead signature finds excerpts, and the title hash finds short items with the same
 * title. Every candidate is then checked against the {@link MatchRule}.
 *
 * <p>Storage is a few flat arrays (the 16-bit signatures, and one chained hash table of band postings): about 600
 * bytes a document under the default rule, 60 MB for 100,000 documents, which load from stored fingerprints in a few
 * seconds; so the index is rebuilt at start-up rather than saved.
 */
public final class NearDuplicateIndex {
    private static final int LEAD_ROWS = 2;
    private static final int NONE = -1;

    private final MatchRule rule;
    private final int hashes;
    private final int leadHashes;
    private final int rows;
    private final int bands;
    private final int leadBands;
    private final int postingsPerDoc;

    private final Map<String, Integer> slots = new HashMap<>();
    private String[] ids;
    private short[] signatures;
    private short[] leads;
    private int[] shingles;
    private long[] titles;
    private int[] next; // per posting (slot * postingsPerDoc + band): the next posting in its bucket
    private int[] heads; // per bucket: its first posting
    private int[] free;
    private int freeCount;
    private int used;

    /** An empty index with the default rule, for fingerprints made by {@link Fingerprint#of}. */
    public NearDuplicateIndex() {
        this(MatchRule.DEFAULT);
    }

    /** An empty index that matches by {@code rule}, for fingerprints made by {@link Fingerprint#of}. */
    public NearDuplicateIndex(MatchRule rule) {
        this(rule, 1024);
    }

    /** An empty index that matches by {@code rule}, sized for {@code expectedDocs} documents (it grows beyond). */
    public NearDuplicateIndex(MatchRule rule, int expectedDocs) {
        this(rule, Fingerprinter.STANDARD.hashes(), Fingerprinter.STANDARD.leadHashes(), expectedDocs);
    }

    NearDuplicateIndex(MatchRule rule, int hashes, int leadHashes, int expectedDocs) {
        this.rule = rule;
        this.hashes = hashes;
        this.leadHashes = leadHashes;
        this.rows = rowsPerBand(rule.similarity(), hashes);
        this.bands = hashes / rows;
        this.leadBands = leadHashes / LEAD_ROWS;
        this.postingsPerDoc = bands + leadBands + 1;
        if (expectedDocs < 0) {
            throw new IllegalArgumentException("expectedDocs must not be negative (got " + expectedDocs + ")");
        }
        allocate(Math.max(16, expectedDocs));
    }

    /** The rule candidates are checked against. */
    public MatchRule rule() {
        return rule;
    }

    /** The largest band size for which a pair at the threshold becomes a candidate with probability 0.8 or more. */
    static int rowsPerBand(double threshold, int hashes) {
        for (int r = Math.min(8, hashes); r > 1; r--) {
            int b = hashes / r;
            if (1 - Math.pow(1 - Math.pow(threshold, r), b) >= 0.8) {
                return r;
            }
        }
        return 1;
    }

    /** The number of documents in the index. */
    public synchronized int size() {
        return slots.size();
    }

    /** Whether a document is in the index. */
    public synchronized boolean contains(String docId) {
        return slots.containsKey(docId);
    }

    /** Adds a document, replacing its earlier fingerprint if it was already in the index. */
    public synchronized void add(String docId, Fingerprint fp) {
        if (fp.signature().length != hashes || fp.lead().length != leadHashes) {
            throw new IllegalArgumentException("fingerprint of " + docId + " has " + fp.signature().length + "+"
                    + fp.lead().length + " hashes, this index holds " + hashes + "+" + leadHashes);
        }
        remove(docId);
        if (freeCount == 0 && used == ids.length) {
            allocate(ids.length + Math.max(16, ids.length / 2));
        }
        int slot = freeCount > 0 ? free[--freeCount] : used++;
        ids[slot] = docId;
        System.arraycopy(fp.signature(), 0, signatures, slot * hashes, hashes);
        System.arraycopy(fp.lead(), 0, leads, slot * leadHashes, leadHashes);
        shingles[slot] = fp.shingles();
        titles[slot] = fp.titleHash();
        link(slot);
        slots.put(docId, slot);
    }

    /** Removes a document; does nothing when it is not in the index. */
    public synchronized void remove(String docId) {
        Integer slot = slots.remove(docId);
        if (slot == null) {
            return;
        }
        for (int band = 0; band < postingsPerDoc; band++) {
            int posting = slot * postingsPerDoc + band;
            int bucket = bucket(band, key(slot, band));
            if (heads[bucket] == posting) {
                heads[bucket] = next[posting];
            } else {
                for (int p = heads[bucket]; p != NONE; p = next[p]) {
                    if (next[p] == posting) {
                        next[p] = next[posting];
                        break;
                    }
                }
            }
            next[posting] = NONE;
        }
        ids[slot] = null;
        free[freeCount++] = slot;
    }

    /** The stored fingerprint of a document, or null when it is not in the index. */
    public synchronized Fingerprint get(String docId) {
        Integer slot = slots.get(docId);
        return slot == null ? null : fingerprint(slot);
    }

    /**
     * The stored documents that are near duplicates of {@code fp} under the rule, strongest evidence first (text
     * before excerpt before title, then by similarity); a document stored under the same fingerprint is included.
     */
    public synchronized List<Match> candidates(Fingerprint fp) {
        if (fp.signature().length != hashes || fp.lead().length != leadHashes) {
            throw new IllegalArgumentException("fingerprint has " + fp.signature().length + "+" + fp.lead().length
                    + " hashes, this index holds " + hashes + "+" + leadHashes);
        }
        List<Match> out = new ArrayList<>();
        Map<Integer, Boolean> seen = new HashMap<>();
        for (int band = 0; band < postingsPerDoc; band++) {
            long key = key(fp, band);
            if (band == postingsPerDoc - 1 && key == 0) {
                continue; // no title to look up
            }
            for (int p = heads[bucket(band, key)]; p != NONE; p = next[p]) {
                int slot = p / postingsPerDoc;
                if (p % postingsPerDoc != band || key(slot, band) != key || seen.putIfAbsent(slot, true) != null) {
                    continue;
                }
                Match m = rule.match(fp, ids[slot], fingerprint(slot));
                if (m != null) {
                    out.add(m);
                }
            }
        }
        out.sort(Comparator.comparing(Match::basis).thenComparing(Match::similarity, Comparator.reverseOrder())
                .thenComparing(Match::containment, Comparator.reverseOrder()).thenComparing(Match::docId));
        return out;
    }

    /** The bytes the index's arrays take (not counting the document ids themselves). */
    public synchronized long arrayBytes() {
        long refs = 8L * ids.length; // compressed references would be 4; assume the worst
        return refs + 2L * signatures.length + 2L * leads.length + 4L * shingles.length + 8L * titles.length
                + 4L * next.length + 4L * heads.length + 4L * free.length;
    }

    private Fingerprint fingerprint(int slot) {
        return new Fingerprint(Arrays.copyOfRange(signatures, slot * hashes, (slot + 1) * hashes),
                Arrays.copyOfRange(leads, slot * leadHashes, (slot + 1) * leadHashes), shingles[slot], titles[slot]);
    }

    private void link(int slot) {
        for (int band = 0; band < postingsPerDoc; band++) {
            int posting = slot * postingsPerDoc + band;
            long key = key(slot, band);
            if (band == postingsPerDoc - 1 && key == 0) {
                next[posting] = NONE; // no title: the posting stays out of every chain
                continue;
            }
            int bucket = bucket(band, key);
            next[posting] = heads[bucket];
            heads[bucket] = posting;
        }
    }

    // Band keys: a band of the signature, a band of the lead, or the title hash (the last "band").
    private long key(int slot, int band) {
        if (band < bands) {
            return bandKey(signatures, slot * hashes + band * rows, rows);
        }
        if (band < bands + leadBands) {
            return bandKey(leads, slot * leadHashes + (band - bands) * LEAD_ROWS, LEAD_ROWS);
        }
        return titles[slot];
    }

    private long key(Fingerprint fp, int band) {
        if (band < bands) {
            return bandKey(fp.signature(), band * rows, rows);
        }
        if (band < bands + leadBands) {
            return bandKey(fp.lead(), (band - bands) * LEAD_ROWS, LEAD_ROWS);
        }
        return fp.titleHash();
    }

    private static long bandKey(short[] values, int from, int length) {
        long k = 0;
        for (int i = from; i < from + length; i++) {
            k = k * 0x10001L + (values[i] & 0xFFFF) + 1; // exact for up to 3 values, a hash beyond
        }
        return k;
    }

    private int bucket(int band, long key) {
        return (int) (Shingler.mix(key * 0x9E3779B97F4A7C15L + band) >>> 1) & (heads.length - 1);
    }

    private void allocate(int capacity) {
        int old = ids == null ? 0 : used;
        ids = ids == null ? new String[capacity] : Arrays.copyOf(ids, capacity);
        signatures = signatures == null ? new short[capacity * hashes] : Arrays.copyOf(signatures, capacity * hashes);
        leads = leads == null ? new short[capacity * leadHashes] : Arrays.copyOf(leads, capacity * leadHashes);
        shingles = shingles == null ? new int[capacity] : Arrays.copyOf(shingles, capacity);
        titles = titles == null ? new long[capacity] : Arrays.copyOf(titles, capacity);
        free = free == null ? new int[capacity] : Arrays.copyOf(free, capacity);
        next = new int[capacity * postingsPerDoc];
        Arrays.fill(next, NONE);
        // about two postings per bucket: chains stay short and the table costs 2 bytes per posting
        heads = new int[Integer.highestOneBit(Math.max(16, capacity * postingsPerDoc / 2))];
        Arrays.fill(heads, NONE);
        for (int slot = 0; slot < old; slot++) {
            if (ids[slot] != null) {
                link(slot);
            }
        }
    }
}
