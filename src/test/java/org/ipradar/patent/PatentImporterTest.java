package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentImporterTest {
    @TempDir
    Path dir;

    @Test
    void countsImportedUpdatedUnchangedAndSkippedAndReportsProgressByChunk() throws Exception {
        List<RecordProblem> problems = List.of(new RecordProblem("grants.xml", "document 3", "no publication number"));
        List<PatentRecord> five = SeparatorPatents.all().subList(0, 5);
        try (Database db = Database.open(dir); PatentIndex index = PatentIndex.open(dir)) {
            PatentStore store = new PatentStore(db);
            PatentImporter importer = new PatentImporter(store, index, 2);
            List<String> progress = new ArrayList<>();
            ImportCounts first = importer.apply(new PatentBatch(five, problems),
                    (done, total) -> progress.add(done + "/" + total));
            assertEquals(new ImportCounts(5, 0, 0, 1, problems), first);
            assertEquals("5 imported, 0 updated, 0 unchanged, 1 skipped", first.summary());
            assertEquals(List.of("2/5", "4/5", "5/5"), progress);
            assertEquals(5, index.count());
            assertEquals(store.maxSeq(), index.lastSeq(), "each chunk's commit records how far the index reaches");

            List<PatentRecord> again = new ArrayList<>(five);
            again.set(1, PatentBuilder.of("EP", "3000003", "A1").title("Renamed").build());
            ImportCounts second = importer.apply(new PatentBatch(again, List.of()), PatentImporter.Progress.none());
            assertEquals(new ImportCounts(0, 1, 4, 0, List.of()), second);
            assertEquals(5, store.count());
            assertEquals(5, index.count());
            assertEquals(new ImportCounts(5, 1, 4, 1, problems), first.plus(second));
        }
    }

    @Test
    void anIndexBehindTheStoreCatchesUpBeforeTheImportCommits() throws Exception {
        try (Database db = Database.open(dir); PatentIndex index = PatentIndex.open(dir)) {
            PatentStore store = new PatentStore(db);
            store.upsert(SeparatorPatents.all().subList(0, 3)); // written, as if the process died before indexing
            new PatentImporter(store, index).apply(new PatentBatch(SeparatorPatents.all().subList(3, 6), List.of()),
                    PatentImporter.Progress.none());
            assertEquals(6, index.count());
            assertEquals(6, index.lastSeq());
        }
    }
}
