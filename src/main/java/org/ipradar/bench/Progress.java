package org.ipradar.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints how far a long phase has come, at most once every few seconds. */
final class Progress {
    private final PrintWriter out;
    private final String label;
    private final long total;
    private final String unit;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private long done;

    Progress(PrintWriter out, String label, long total, String unit, int everySeconds) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.everyNanos = everySeconds * 1_000_000_000L;
    }

    /** Counts {@code n} more done, printing a line when it is time. */
    void add(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - last >= everyNanos) {
            last = now;
            double secs = (now - start) / 1e9;
            out.printf(Locale.ROOT, "    %-12s %,9d / %,d %s (%3.0f%%)  %,8.0f %s/s  %6.1f s%n", label, done, total,
                    unit, 100.0 * done / total, done / secs, unit, secs);
        }
    }
}
