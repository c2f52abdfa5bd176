package org.ipradar.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups documents, in the order they arrive, into clusters of near duplicates; thread-safe.
 *
 * <p>A new document joins the cluster of the best-matching document already assigned (the first of the index's
 * matches: text before excerpt before title, then the most similar), or starts its own cluster. A cluster's id is
 * the id of the document that started it, its earliest, and never changes: clusters are not merged afterwards, even
 * when a later document matches members of two clusters, so an id shown or stored once stays valid. Removing a
 * document leaves its cluster's id as it was.
 */
public final class Clusters {
    private final NearDuplicateIndex index;
    private final Map<String, String> clusterOf = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Set<String> byTitle = new java.util.HashSet<>();

    /** Clusters over an empty index with the default rule. */
    public Clusters() {
        this(new NearDuplicateIndex());
    }

    /** Clusters over {@code index}, which must be empty and is filled by this object. */
    public Clusters(NearDuplicateIndex index) {
        if (index.size() != 0) {
            throw new IllegalArgumentException("the index must start empty (it holds " + index.size()
                    + " documents); restore stored documents with restore()");
        }
        this.index = index;
    }

    /**
     * Assigns the next arriving document to a cluster and returns the cluster's id: the id of the cluster of its
     * best match, or its own id. A document assigned before is assigned again with its new fingerprint.
     */
    public synchronized String assign(String docId, Fingerprint fp) {
        remove(docId);
        String cluster = docId;
        boolean titleOnly = false;
        for (Match m : index.candidates(fp)) {
            String c = clusterOf.get(m.docId());
            // a title links two documents, never a chain: no joining a cluster through a document that was itself
            // placed there by its title alone
            if (c != null && !(m.basis() == Match.Basis.TITLE && byTitle.contains(m.docId()))) {
                cluster = c;
                titleOnly = m.basis() == Match.Basis.TITLE;
                break;
            }
        }
        put(docId, cluster, fp);
        if (titleOnly) {
            byTitle.add(docId);
        }
        return cluster;
    }

    /** Puts back a document with the cluster id stored for it, at start-up; no matching is done. */
    public synchronized void restore(String docId, String clusterId, Fingerprint fp) {
        remove(docId);
        put(docId, clusterId, fp);
    }

    /** Removes a document from its cluster; the other members keep the cluster's id. */
    public synchronized void remove(String docId) {
        String cluster = clusterOf.remove(docId);
        if (cluster == null) {
            return;
        }
        index.remove(docId);
        byTitle.remove(docId);
        Set<String> m = members.get(cluster);
        m.remove(docId);
        if (m.isEmpty()) {
            members.remove(cluster);
        }
    }

    /** The id of a document's cluster, or null when the document is unknown. */
    public synchronized String clusterOf(String docId) {
        return clusterOf.get(docId);
    }

    /** The documents of a cluster in the order they were assigned; empty for an unknown cluster. */
    public synchronized List<String> members(String clusterId) {
        Set<String> m = members.get(clusterId);
        return m == null ? List.of() : new ArrayList<>(m);
    }

    /** The number of documents assigned. */
    public synchronized int size() {
        return clusterOf.size();
    }

    private void put(String docId, String cluster, Fingerprint fp) {
        clusterOf.put(docId, cluster);
        members.computeIfAbsent(cluster, c -> new LinkedHashSet<>()).add(docId);
        index.add(docId, fp);
    }
}
