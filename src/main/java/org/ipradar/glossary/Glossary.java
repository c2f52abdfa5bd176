package org.ipradar.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zh↔en IP glossary: the list shipped in the jar plus an editor's {@value #EDITOR_FILE} in the data directory,
 * which adds entries or replaces shipped ones and is picked up again by {@link #reloadIfChanged()} without a rebuild.
 * Lookups read an immutable snapshot, so any number of threads may expand queries while another reloads.
 */
public final class Glossary {
    /** The editor's file, in the data directory. */
    public static final String EDITOR_FILE = "glossary.tsv";
    /** The shipped file, a resource next to this class; problems and entries name it by its resource path. */
    static final String SHIPPED_FILE = "org/ipradar/glossary/glossary.tsv";
    private static final Logger log = LoggerFactory.getLogger(Glossary.class);
    private static final int LOGGED_PROBLEMS = 20;

    // What tells a changed editor's file: whether it exists, its modification time and its size.
    private record Stamp(boolean exists, FileTime modified, long size) {
        static final Stamp ABSENT = new Stamp(false, null, 0);
    }

    private record Snapshot(TermIndex index, List<Problem> problems, Stamp stamp) {}

    private final GlossaryFile.Parsed shipped;
    private final Path editorFile; // null: shipped entries only
    private volatile Snapshot snapshot;

    private Glossary(GlossaryFile.Parsed shipped, Path editorFile) {
        this.shipped = shipped;
        this.editorFile = editorFile;
        this.snapshot = build(stamp());
    }

    /** The shipped glossary plus {@code <dataDir>/glossary.tsv} when that file exists (now or later). */
    public static Glossary load(Path dataDir) {
        return new Glossary(readShipped(), dataDir.resolve(EDITOR_FILE));
    }

    /** The shipped glossary alone. */
    public static Glossary shipped() {
        return new Glossary(readShipped(), null);
    }

    private static GlossaryFile.Parsed readShipped() {
        try (InputStream in = Glossary.class.getResourceAsStream("/" + SHIPPED_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped glossary " + SHIPPED_FILE + " is missing from the class path");
            }
            return GlossaryFile.parse(SHIPPED_FILE, decode(in.readAllBytes()), "curated", false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped glossary: " + e.getMessage(), e);
        }
    }

    // Bytes that are not UTF-8 become U+FFFD, which the parser reports on the line where they are.
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder threw", e);
        }
    }

    private Stamp stamp() {
        if (editorFile == null) {
            return Stamp.ABSENT;
        }
        try {
            // readAttributesIfExists answers "absent" without the cost of throwing NoSuchFileException on every query
            BasicFileAttributes a = editorFile.getFileSystem().provider()
                    .readAttributesIfExists(editorFile, BasicFileAttributes.class);
            return a == null ? Stamp.ABSENT : new Stamp(true, a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return new Stamp(true, null, -1); // reading it will report why
        }
    }

    private Snapshot build(Stamp stamp) {
        List<Problem> problems = new ArrayList<>(shipped.problems());
        List<Problem> editorProblems = new ArrayList<>();
        GlossaryFile.Parsed editor = GlossaryFile.Parsed.empty();
        String name = editorFile == null ? EDITOR_FILE : editorFile.getFileName().toString();
        if (stamp.exists()) {
            try {
                editor = GlossaryFile.parse(name, decode(Files.readAllBytes(editorFile)), "editor", true);
                editorProblems.addAll(editor.problems());
            } catch (IOException e) {
                editorProblems.add(new Problem(name, 0, "cannot read " + editorFile + ": " + e.getMessage()
                        + "; using the shipped glossary only"));
            }
        }
        TermIndex index = TermIndex.merge(shipped, editor, name, editorProblems);
        editorProblems.sort(Comparator.comparingInt(Problem::line)); // merging finds some after the file's end
        problems.addAll(editorProblems);
        for (int i = 0; i < Math.min(problems.size(), LOGGED_PROBLEMS); i++) {
            log.warn("glossary line skipped or partly used: {}", problems.get(i));
        }
        if (problems.size() > LOGGED_PROBLEMS) {
            log.warn("glossary: {} more problems not logged", problems.size() - LOGGED_PROBLEMS);
        }
        log.debug("glossary loaded entries={} fromEditor={} problems={} editorFile={}", index.entries().size(),
                editor.entries().size(), problems.size(), editorFile);
        return new Snapshot(index, List.copyOf(problems), stamp);
    }

    /**
     * Reads the editor's file again if it appeared, disappeared, or changed size or modification time since the last
     * read; one file-system stat otherwise, cheap enough to call before every query.
     *
     * @return whether the glossary was reloaded
     */
    public boolean reloadIfChanged() {
        if (editorFile == null) {
            return false;
        }
        Stamp now = stamp();
        if (now.equals(snapshot.stamp())) {
            return false;
        }
        synchronized (this) {
            if (now.equals(snapshot.stamp())) {
                return false; // another thread got here first
            }
            snapshot = build(now);
            return true;
        }
    }

    /** The glossary terms found in a query text, with their translations: longest first, no overlaps, in order. */
    public List<Expansion> expand(String queryText) {
        return snapshot.index().expand(0, queryText);
    }

    /**
     * The glossary terms found in each part of a query (its words and "phrases", say, without the excluded ones);
     * a term never spans two parts. Each expansion says which part it was found in.
     */
    public List<Expansion> expand(List<String> queryParts) {
        TermIndex index = snapshot.index(); // one snapshot for the whole query
        List<Expansion> out = new ArrayList<>();
        for (int i = 0; i < queryParts.size(); i++) {
            out.addAll(index.expand(i, queryParts.get(i)));
        }
        return out;
    }

    /** The entry that has exactly this term, in either language or script (folded, plurals as in queries). */
    public Optional<Entry> lookup(String term) {
        return snapshot.index().lookup(term);
    }

    /** Every entry, shipped ones first (an editor's replacement in the place of the entry it replaces). */
    public List<Entry> entries() {
        return snapshot.index().entries();
    }

    /** The lines of the shipped and the editor's file that were skipped or partly used when last loaded. */
    public List<Problem> problems() {
        return snapshot.problems();
    }

    /** The editor's file this glossary reads, if it reads one. */
    public Optional<Path> editorFile() {
        return Optional.ofNullable(editorFile);
    }
}
