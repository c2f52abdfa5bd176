package org.ipradar.bench;

import java.util.Arrays;

/** Recorded latencies of one side of the search benchmark, with nearest-rank percentiles. */
final class Latencies {
    private long[] nanos = new long[256];
    private int n;

    void add(long value) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = value;
    }

    int count() {
        return n;
    }

    /** The nearest-rank percentile {@code p} (0 to 1), in milliseconds. */
    double percentileMillis(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }

    double meanMillis() {
        if (n == 0) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return sum / 1e6 / n;
    }

    double maxMillis() {
        return percentileMillis(1.0);
    }
}
