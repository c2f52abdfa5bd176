package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentIndexTest {
    @TempDir
    Path dir;

    private static int count(PatentIndex index, Query q) throws IOException {
        IndexSearcher s = index.acquire();
        try {
            return s.count(q);
        } finally {
            index.release(s);
        }
    }

    private static Query claimsOf(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PatentFields.DOC, PatentFields.CLAIM)), Occur.FILTER)
                .add(new TermQuery(new Term(PatentFields.PID, id)), Occur.FILTER).build();
    }

    @Test
    void catchesUpWithTheStoreAndRecordsHowFarItReaches() throws IOException {
        try (Database db = Database.open(dir)) {
            PatentStore store = new PatentStore(db);
            store.upsert(SeparatorPatents.all().subList(0, 3));
            try (PatentIndex index = PatentIndex.open(dir)) {
                assertEquals(0, index.lastSeq());
                assertEquals(3, index.catchUp(store, n -> {}));
                assertEquals(3, index.lastSeq());
                assertEquals(3, index.count());
                assertEquals(0, index.catchUp(store, n -> {}));
            }
            store.upsert(SeparatorPatents.all().subList(3, 5));
            try (PatentIndex index = PatentIndex.open(dir)) {
                assertEquals(3, index.lastSeq(), "the commit survived the close");
                assertEquals(2, index.catchUp(store, n -> {}), "only what the store added since");
                assertEquals(5, index.count());
            }
        }
    }

    @Test
    void rebuildsFromTheStoreAloneAfterTheIndexIsLost() throws IOException {
        try (Database db = Database.open(dir)) {
            PatentStore store = new PatentStore(db);
            store.upsert(SeparatorPatents.all());
            try (PatentIndex index = PatentIndex.open(dir)) {
                index.catchUp(store, n -> {});
                index.index(List.of(PatentBuilder.of("US", "1", "B1").build())); // not in the store
                assertEquals(17, index.rebuild(store, n -> {}));
                assertEquals(17, index.count(), "what the store lacks is gone");
            }
            try (Stream<Path> files = Files.walk(dir.resolve(PatentIndex.DIRECTORY))) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            try (PatentIndex index = PatentIndex.open(dir)) {
                assertEquals(0, index.count());
                assertEquals(17, index.catchUp(store, n -> {}));
                assertEquals(17, index.count());
                assertEquals(17, count(index, new TermQuery(new Term(PatentFields.DOC, PatentFields.CLAIM))),
                        "one document per independent claim: each of the 17 has one");
            }
        }
    }

    @Test
    void anUpdatedRecordReplacesItsWholeBlock() throws IOException {
        try (PatentIndex index = PatentIndex.open(dir)) {
            index.index(List.of(PatentBuilder.of("US", "1", "B1").claim("A widget.").claim("A gadget.")
                    .dependent(1, "The widget of claim 1, blue.").build()));
            index.refresh();
            assertEquals(2, count(index, claimsOf("US1B1")));
            index.index(List.of(PatentBuilder.of("US", "1", "B1").claim("A sprocket.").build()));
            index.refresh();
            assertEquals(1, count(index, claimsOf("US1B1")));
            assertEquals(1, index.count());
            assertEquals(0, count(index, new TermQuery(new Term(PatentFields.CLAIMS_EN, "widget"))));
            assertEquals(1, count(index, new TermQuery(new Term(PatentFields.CLAIM_EN, "sprocket"))));
        }
    }

    @Test
    void classesPartiesAndExpiryAreSearchableAsIndexed() throws IOException {
        try (PatentIndex index = PatentIndex.open(dir)) {
            index.index(SeparatorPatents.all());
            index.refresh();
            for (String level : List.of("H", "H01", "H01M", "H01M50")) {
                assertEquals(List.of(3, 3), List.of(count(index, new TermQuery(new Term(PatentFields.IPC, level))),
                        count(index, new TermQuery(new Term(PatentFields.CLASSES, level)))), level);
            }
            assertEquals(2, count(index, new TermQuery(new Term(PatentFields.IPC, "H01M50/449"))));
            assertEquals(1, count(index, new TermQuery(new Term(PatentFields.IPC, "H01M50/446"))));
            assertEquals(1, count(index, new TermQuery(new Term(PatentFields.PARTY,
                    "shenzhen senior technology material"))));
            assertEquals(3, count(index, new TermQuery(new Term(PatentFields.PARTY, "jiangsu firm"))));
            // ended before 2026-06-30: the stated 2023 expiry and the 1998 filing's estimated 2018 one
            assertEquals(2, count(index, LongPoint.newRangeQuery(PatentFields.EXPIRY, Long.MIN_VALUE,
                    SeparatorPatents.AS_OF.toEpochDay() - 1)));
        }
    }
}
