package org.ipradar.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinItem;
import org.ipradar.bulletin.BulletinService;
import org.ipradar.bulletin.BulletinStore;
import org.ipradar.bulletin.Proposer;
import org.ipradar.bulletin.Quarter;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskDocument;
import org.ipradar.index.Fields;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;
import org.ipradar.store.DocumentStore;
import org.ipradar.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bulletin QUARTER}: drafts the quarter's bulletin from the stored documents and prints it. It reads only the
 * database, so it runs beside a serving process; {@code --save} keeps the draft for the editors.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
        description = "Draft a quarter's bulletin and print it / 起草季度简报")
final class BulletinCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "QUARTER", description = "the quarter, as 2026Q3 (dates in Asia/Shanghai)")
    String quarter;

    @Option(names = "--size", defaultValue = "8", description = "articles to propose (1 to 30, default 8)")
    int size;

    @Option(names = "--save", description = "store the draft for the editors, recorded in the audit log as cli:USER")
    boolean save;

    @Option(names = "--json", description = "print the draft as the API's JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        Quarter q;
        try {
            q = Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (size < 1 || size > Proposer.MAX_SIZE) {
            throw new CliException("--size must be from 1 to " + Proposer.MAX_SIZE + " (got " + size + ")");
        }
        if (!Files.exists(s.dataDir().resolve(Database.FILE))) {
            throw new CliException("no database in " + s.dataDir().toAbsolutePath() + "; crawl first, or pass"
                    + " --data DIR");
        }
        Map<String, String> names = new HashMap<>();
        for (Source src : CommonOptions.sources(s, false)) {
            names.put(src.id(), src.name() == null || src.name().isBlank() ? src.id() : src.name());
        }
        names.put(DeskDocument.SOURCE, "ipradar 编辑部");
        try (Database db = Database.open(s.dataDir())) {
            DocumentStore documents = new DocumentStore(db);
            Bulletin b = BulletinService.draft(documents, q, size, "cli:" + System.getProperty("user.name", "unknown"),
                    Clock.systemUTC().instant());
            if (b.candidates() < Bulletin.MIN_ITEMS) {
                throw new CliException(q + " has " + b.candidates() + " candidate document"
                        + (b.candidates() == 1 ? "" : "s") + " (published " + q.firstDay() + " to " + q.lastDay()
                        + ", Asia/Shanghai); a bulletin needs at least " + Bulletin.MIN_ITEMS + ": write guides, law"
                        + " notes or cases on the desk, or pick another quarter");
            }
            if (save) {
                Bulletin draft = b;
                Actor cli = new Actor("cli:" + System.getProperty("user.name", "unknown"), java.util.Set.of());
                AuditStore audit = new AuditStore(db, Clock.systemUTC());
                BulletinStore store = new BulletinStore(db);
                b = db.write(c -> {
                    Bulletin stored = store.insert(c, draft);
                    audit.record(c, BulletinService.event(cli, "bulletin_created", stored));
                    return stored;
                });
            }
            if (json) {
                System.out.println(WebApp.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(b));
            } else {
                print(b, q, documents, names);
            }
            if (save) {
                System.out.println("saved as draft bulletin " + b.id() + "; editors find it at /bulletins/" + b.id());
            }
            return 0;
        }
    }

    private static void print(Bulletin b, Quarter q, DocumentStore documents, Map<String, String> names) {
        System.out.println(b.title());
        System.out.printf(Locale.ROOT, "draft for %s: %d candidate documents published %s to %s (Asia/Shanghai),"
                + " %d proposed%n", q, b.candidates(), q.firstDay(), q.lastDay(), b.items().size());
        System.out.println();
        System.out.println(b.intro());
        int n = 0;
        for (BulletinItem it : b.items()) {
            double score = documents.get(it.documentId()).map(Proposer::score).orElse(0.0);
            System.out.println();
            System.out.printf(Locale.ROOT, "%2d. %s%n", ++n, it.title());
            System.out.printf(Locale.ROOT, "    %s | %s | %s | %s | %s | score %.1f%n",
                    names.getOrDefault(it.source(), it.source()),
                    it.published() == null ? "date unknown" : it.published().atZone(Fields.ZONE).toLocalDate(),
                    it.kind(), orDash(it.countries()), orDash(it.ipTypes()), score);
            if (it.url() != null) {
                System.out.println("    " + it.url());
            }
            System.out.println("    " + it.summary());
        }
        List<BulletinService.Problem> problems = BulletinService.problems(b);
        for (BulletinService.Problem p : problems) {
            System.out.println();
            System.out.println("! " + p.message());
        }
    }

    private static String orDash(List<String> values) {
        return values.isEmpty() ? "-" : String.join(",", values);
    }
}
