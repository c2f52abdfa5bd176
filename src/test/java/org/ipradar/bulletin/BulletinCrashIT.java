package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.ipradar.Services;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskDocument;
import org.ipradar.index.Fields;
import org.ipradar.testing.DeskWorkload;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} in the middle of saving, publishing and withdrawing: after each restart every acknowledged change
 * is there, a bulletin is published in the store exactly when its document is public and searchable, and the audit
 * log has one entry per change.
 */
class BulletinCrashIT {
    static final int ROUNDS = 4;

    @TempDir
    Path dir;

    record Acked(long version, String rest) {}

    @Test
    void noAcknowledgedChangeIsLostAndNoBulletinIsHalfPublished() throws Exception {
        Random random = new Random(42);
        Actor li = Actor.editor("li");
        int total = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "--add-modules",
                    "jdk.incubator.vector", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    DeskWorkload.class.getName(), dir.toString()).redirectErrorStream(true).start();
            Acked bulletin = null;
            Acked doc = null;
            List<String> output = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                // killed while it works on the change after a random one of its first 10 to 40
                int killAfter = 10 + random.nextInt(31);
                int acks = 0;
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith("ACK bulletin ")) {
                        String[] f = line.split(" ", 4);
                        bulletin = new Acked(Long.parseLong(f[2]), f[3]);
                    } else if (line.startsWith("ACK doc ")) {
                        String[] f = line.split(" ", 4);
                        doc = new Acked(Long.parseLong(f[2]), f[3]);
                    }
                    if (line.startsWith("ACK") && ++acks == killAfter) {
                        // SIGKILL through the handle, which (unlike Process.destroyForcibly) leaves the pipe open, so
                        // every ACK the child wrote before dying is still read
                        p.toHandle().destroyForcibly();
                    }
                }
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(bulletin != null && doc != null, "the workload acknowledged changes: "
                    + String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size())));
            total += (int) output.stream().filter(l -> l.startsWith("ACK")).count();

            try (Services s = Services.open(TestServices.settings(dir), List.of(), n -> {})) {
                Bulletin b = s.bulletins().get(li, 1);
                assertTrue(b.version() == bulletin.version() || b.version() == bulletin.version() + 1,
                        "round " + round + ": stored version " + b.version() + ", acknowledged " + bulletin.version());
                if (b.version() == bulletin.version()) {
                    assertEquals(bulletin.rest(), b.status() + " " + b.title(), "round " + round);
                }
                boolean inStore = s.documents().get(b.documentId()).isPresent();
                assertEquals(b.isPublic(), inStore, "round " + round + ": bulletin " + b.status()
                        + ", public document " + inStore);
                assertEquals(b.isPublic() ? 1 : 0, indexed(s, b.documentId()), "round " + round + ": index");

                DeskDocument d = s.desk().list(li, null).getFirst();
                assertTrue(d.version() == doc.version() || d.version() == doc.version() + 1,
                        "round " + round + ": stored doc version " + d.version() + ", acknowledged " + doc.version());
                if (d.version() == doc.version()) {
                    assertEquals(doc.rest(), d.text());
                }
                assertEquals(d.text(), s.documents().get(d.id()).orElseThrow().text(), "the public copy is the saved one");
                assertEquals(1, indexed(s, d.id()));
                assertEquals(d.text(), storedText(s, d.id()), "the index caught up with the last save");
                // one audit entry per change: every change bumps the version, and its entry commits with it
                assertEquals(b.version(), auditEntries(s, "bulletin", "1"), "round " + round + ": bulletin audit");
                assertEquals(d.version(), auditEntries(s, "document", d.id()), "round " + round + ": document audit");
                LoggerFactory.getLogger(BulletinCrashIT.class).info("round {}: killed after {} acknowledged changes;"
                        + " bulletin acknowledged v{} stored v{} ({}), document acknowledged v{} stored v{}", round,
                        output.stream().filter(l -> l.startsWith("ACK")).count(), bulletin.version(), b.version(),
                        b.status(), doc.version(), d.version());
            }
        }
        assertTrue(total >= 10 * ROUNDS, "enough work was interrupted: " + total + " acknowledged changes");
    }

    static long auditEntries(Services s, String type, String id) {
        return s.audit().list(new org.ipradar.store.AuditStore.Query(null, null, 500, 0)).entries().stream()
                .filter(e -> e.objectType().equals(type) && id.equals(e.objectId())).count();
    }

    static int indexed(Services s, String id) throws Exception {
        IndexSearcher searcher = s.index().acquire();
        try {
            return searcher.count(new TermQuery(new Term(Fields.ID, id)));
        } finally {
            s.index().release(searcher);
        }
    }

    static String storedText(Services s, String id) throws Exception {
        IndexSearcher searcher = s.index().acquire();
        try {
            var hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            return searcher.storedFields().document(hits.scoreDocs[0].doc).get(Fields.TEXT);
        } finally {
            s.index().release(searcher);
        }
    }
}
