package org.ipradar.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipradar.dedup.Clusters;
import org.ipradar.dedup.Fingerprint;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;

/**
 * Decides, before storing, whether a document is a page another source already reported (same canonical address)
 * or a near-duplicate of a stored one (same story elsewhere), which then joins that document's cluster. The
 * fingerprints are kept in the store and loaded on first use, so clusters survive restarts.
 */
public final class Deduper {
    private final DocumentStore documents;
    private final Map<String, Fingerprint> pending = new ConcurrentHashMap<>();
    private volatile Clusters clusters;

    public Deduper(DocumentStore documents) {
        this.documents = documents;
    }

    /**
     * The decision for one document.
     *
     * @param article the document with its cluster set, to store
     * @param duplicateOf the id of the stored document from another source with the same address, in which case
     *     nothing is stored; null otherwise
     */
    public record Decision(Article article, String duplicateOf) {}

    /** Decides for one document; call {@link #stored} once it is stored. */
    public Decision decide(Article a) {
        var existing = documents.get(a.id());
        if (existing.isPresent()) {
            if (!existing.get().source().equals(a.source())) {
                return new Decision(a, existing.get().id()); // the same page, first reported by another source
            }
            return new Decision(a.withCluster(existing.get().cluster()), null); // an update keeps its cluster
        }
        Fingerprint fp = Fingerprint.of(a.title(), a.text());
        String cluster = clusters().assign(a.id(), fp);
        pending.put(a.id(), fp);
        return new Decision(a.withCluster(cluster), null);
    }

    /** Records the fingerprint of a document that was stored. */
    public void stored(Article a) {
        Fingerprint fp = pending.remove(a.id());
        if (fp != null) {
            documents.saveFingerprint(a.id(), fp.toBytes());
        }
    }

    private Clusters clusters() {
        Clusters c = clusters;
        if (c == null) {
            synchronized (this) {
                c = clusters;
                if (c == null) {
                    Clusters loaded = new Clusters();
                    documents.forEachFingerprint((id, cluster, bytes) ->
                            loaded.restore(id, cluster, Fingerprint.fromBytes(bytes)));
                    clusters = c = loaded;
                }
            }
        }
        return c;
    }
}
