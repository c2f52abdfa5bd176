package org.ipradar.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the writers of ipradar's on-disk indexes the one way they all need: created if absent, committing only when
 * asked (each commit records how far into the store it reaches), with an empty first commit so that a crash can
 * never leave an index without one.
 */
public final class IndexWriters {
    /** The commit user-data key holding the last store change number the commit contains. */
    public static final String LAST_SEQ = "lastSeq";

    private IndexWriters() {}

    /**
     * The writer of the index in {@code dir}.
     *
     * @param dir the index directory (created when missing)
     * @param analyzer the analyzer for its fields
     * @param ramBufferMb the indexing buffer
     * @param name the index as messages call it, such as "the index" or "the patent index"
     * @throws IndexException when another process holds the index or it cannot be opened
     */
    public static IndexWriter open(Path dir, Analyzer analyzer, double ramBufferMb, String name) {
        try {
            Files.createDirectories(dir);
            FSDirectory fs = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(ramBufferMb);
            cfg.setCommitOnClose(false); // only commits that record lastSeq are made
            IndexWriter w;
            try {
                w = new IndexWriter(fs, cfg);
            } catch (LockObtainFailedException e) {
                fs.close();
                throw new IndexException(name + " " + dir + " is in use by another ipradar process;"
                        + " stop it first (only one process may write a data directory)", e);
            }
            if (!DirectoryReader.indexExists(fs)) {
                w.setLiveCommitData(Map.of(LAST_SEQ, "0").entrySet());
                w.commit();
            }
            return w;
        } catch (IOException e) {
            throw new IndexException("cannot open " + name + " " + dir + ": " + e.getMessage(), e);
        }
    }
}
