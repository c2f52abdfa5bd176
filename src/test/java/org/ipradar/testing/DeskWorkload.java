package org.ipradar.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinEdit;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskDraft;

/**
 * A child process for crash tests: edits, publishes and withdraws a bulletin and saves a published desk document as
 * fast as it can, printing one {@code ACK} line after each call returns, until it is killed.
 */
public final class DeskWorkload {
    private DeskWorkload() {}

    /** Runs against the data directory in {@code args[0]}. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Actor li = Actor.editor("li");
        try (Services s = Services.open(TestServices.settings(Path.of(args[0])), List.of(), n -> {})) {
            Bulletin b = s.bulletins().list(li).stream().findFirst().orElseGet(() -> {
                s.writer().write(DeskFixtures.quarter());
                return s.bulletins().propose(li, "2026Q3", 3);
            });
            DeskDocument d = s.desk().list(li, null).stream().findFirst().orElseGet(() -> {
                DeskDocument created = s.desk().create(li, draft(0));
                return s.desk().publish(li, created.id(), null);
            });
            out.println("READY");
            for (long n = 1; ; n++) {
                if (b.status().equals(Bulletin.PUBLISHED)) {
                    b = s.bulletins().withdraw(li, b.id(), b.version());
                } else if (n % 3 == 0) {
                    b = s.bulletins().publish(li, b.id(), b.version());
                } else {
                    b = s.bulletins().save(li, b.id(), b.version(), new BulletinEdit("简报 " + n, null, null));
                }
                out.println("ACK bulletin " + b.version() + " " + b.status() + " " + b.title());
                d = s.desk().save(li, d.id(), d.version(), draft(n));
                out.println("ACK doc " + d.version() + " " + d.text());
            }
        }
    }

    /** The desk document's content at step {@code n}. */
    public static DeskDraft draft(long n) {
        return new DeskDraft("guide", "越南商标指南", "zh", "markdown", "第 " + n + " 版正文", List.of("VN"),
                List.of("trademark"), List.of(), null);
    }
}
