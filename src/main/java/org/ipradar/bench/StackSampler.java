package org.ipradar.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shows where threads' time goes without touching the code they run: samples the stack of one thread, and of any
 * helper threads it starts (found by name), at a fixed interval, and counts each sample under the label a classifier
 * gives it. Over the same span it also measures CPU time per thread, JIT and GC time, and how much CPU other
 * processes on the machine took, so a run disturbed by them can be told apart.
 */
final class StackSampler implements AutoCloseable {
    private static final String JVM = "JVM (JIT, GC, VM threads)";

    private final Thread target;
    private final long intervalMillis;
    private final Function<StackTraceElement[], String> classifier;
    private final Map<String, Function<StackTraceElement[], String>> helpers;
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Map<String, Long>> helperCounts = new HashMap<>();
    private final Map<Long, long[]> threadCpu = new HashMap<>(); // id -> {base, last}
    private final Map<Long, String> threadNames = new HashMap<>();
    private final Thread sampler;
    private final long startNanos;
    private final long startProcessCpu;
    private final long startGc;
    private final long startJit;
    private final long[] startSystem;
    private volatile boolean running = true;
    private Result result;

    /**
     * What the span cost and where the sampled threads spent it.
     *
     * @param wallNanos elapsed time
     * @param processCpuNanos CPU time of this whole process (every thread, GC and JIT included)
     * @param gcMillis time the collectors report, pauses and concurrent work
     * @param jitMillis time the JIT compilers report
     * @param otherProcessesCpuNanos CPU time the rest of the machine used meantime (from /proc/stat), or -1 when
     *     unknown
     * @param cpuByThread CPU nanoseconds of this process's Java threads grouped by name (numbers dropped), largest
     *     first, plus the JVM's own threads; approximate, as a thread's last 500 ms before it ends can be missed
     * @param samples label to sample count of the sampled thread, largest first
     * @param helperSamples per helper thread name, its label to sample count, largest first
     */
    record Result(long wallNanos, long processCpuNanos, long gcMillis, long jitMillis, long otherProcessesCpuNanos,
            Map<String, Long> cpuByThread, Map<String, Long> samples, Map<String, Map<String, Long>> helperSamples) {
        long totalSamples() {
            return samples.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private StackSampler(Thread target, long intervalMillis, Function<StackTraceElement[], String> classifier,
            Map<String, Function<StackTraceElement[], String>> helpers) {
        this.target = target;
        this.intervalMillis = intervalMillis;
        this.classifier = classifier;
        this.helpers = Map.copyOf(helpers);
        this.startNanos = System.nanoTime();
        this.startProcessCpu = processCpu();
        this.startGc = gcMillis();
        this.startJit = jitMillis();
        this.startSystem = systemCpu();
        snapshotThreads(true);
        this.sampler = new Thread(this::loop, "bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Starts sampling the calling thread, and the threads named as keys of {@code helpers} (with their classifiers)
     * whenever they exist.
     */
    static StackSampler ofCurrentThread(long intervalMillis, Function<StackTraceElement[], String> classifier,
            Map<String, Function<StackTraceElement[], String>> helpers) {
        return new StackSampler(Thread.currentThread(), intervalMillis, classifier, helpers);
    }

    private void loop() {
        long lastSnapshot = System.nanoTime();
        while (running && target.isAlive()) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
            StackTraceElement[] stack = target.getStackTrace();
            synchronized (this) {
                if (!running) {
                    return;
                }
                if (stack.length > 0) {
                    counts.merge(classifier.apply(stack), 1L, Long::sum);
                }
                sampleHelpers();
            }
            if (System.nanoTime() - lastSnapshot >= 500_000_000L) {
                lastSnapshot = System.nanoTime();
                snapshotThreads(false);
            }
        }
    }

    // Helper threads are sampled by id through the thread MXBean, as we hold no reference to them.
    private void sampleHelpers() {
        if (helpers.isEmpty()) {
            return;
        }
        List<Long> ids = threadNames.entrySet().stream()
                .filter(e -> helpers.containsKey(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        ThreadInfo[] infos = ManagementFactory.getThreadMXBean()
                .getThreadInfo(ids.stream().mapToLong(Long::longValue).toArray(), Integer.MAX_VALUE);
        for (ThreadInfo info : infos) {
            if (info != null && info.getStackTrace().length > 0) {
                String label = helpers.get(info.getThreadName()).apply(info.getStackTrace());
                helperCounts.computeIfAbsent(info.getThreadName(), n -> new HashMap<>()).merge(label, 1L, Long::sum);
            }
        }
    }

    // Records every live Java thread's CPU time; a thread first seen after the start counts from zero.
    private synchronized void snapshotThreads(boolean atStart) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx)
                || !mx.isThreadCpuTimeSupported()) {
            return;
        }
        long[] ids = mx.getAllThreadIds();
        long[] cpu = mx.getThreadCpuTime(ids);
        ThreadInfo[] infos = mx.getThreadInfo(ids, 0);
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] < 0 || infos[i] == null) {
                continue; // ended meanwhile
            }
            long[] seen = threadCpu.get(ids[i]);
            if (seen == null) {
                threadCpu.put(ids[i], new long[] {atStart ? cpu[i] : 0, cpu[i]});
                threadNames.put(ids[i], infos[i].getThreadName());
            } else {
                seen[1] = cpu[i];
            }
        }
    }

    private Map<String, Long> cpuByThread(long processCpu) {
        Map<String, Long> groups = new HashMap<>();
        long javaThreads = 0;
        for (Map.Entry<Long, long[]> e : threadCpu.entrySet()) {
            long used = e.getValue()[1] - e.getValue()[0];
            if (used <= 0) {
                continue;
            }
            javaThreads += used;
            String name = e.getKey() == target.threadId() ? "sampled thread"
                    : threadNames.get(e.getKey()).replaceAll("[#\\d]+", "").strip();
            groups.merge(name, used, Long::sum);
        }
        groups.put(JVM, Math.max(0, processCpu - javaThreads));
        return sortedByValue(groups);
    }

    /** Stops sampling (once) and returns what was measured. */
    Result stop() {
        if (result == null) {
            long wall = System.nanoTime() - startNanos;
            long proc = processCpu() - startProcessCpu;
            long gc = gcMillis() - startGc;
            long jit = jitMillis() - startJit;
            long[] system = systemCpu();
            long others = startSystem == null || system == null ? -1
                    : Math.max(0, (system[0] - startSystem[0]) - proc);
            snapshotThreads(false);
            synchronized (this) {
                running = false;
            }
            sampler.interrupt();
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, Map<String, Long>> helperSorted = new LinkedHashMap<>();
            synchronized (this) {
                helperCounts.forEach((name, m) -> helperSorted.put(name, sortedByValue(m)));
                result = new Result(wall, proc, gc, jit, others, cpuByThread(proc), sortedByValue(counts),
                        helperSorted);
            }
        }
        return result;
    }

    @Override
    public void close() {
        stop();
    }

    private static Map<String, Long> sortedByValue(Map<String, Long> m) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /**
     * The machine's busy CPU time in nanoseconds (user, nice, system, irq, softirq, steal of every CPU) from Linux's
     * /proc/stat, in its usual units of 10 ms; null elsewhere.
     */
    static long[] systemCpu() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0);
            String[] f = line.trim().split("\\s+");
            if (!f[0].equals("cpu") || f.length < 9) {
                return null;
            }
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return new long[] {busy * 10_000_000L};
        } catch (IOException | RuntimeException e) {
            return null; // not Linux: the disturbance is left unmeasured
        }
    }

    /** A classifier: the outermost frame that matches a rule decides the label; {@code fallback} when none does. */
    static Function<StackTraceElement[], String> outermost(List<Rule> rules, String fallback) {
        return stack -> {
            for (int i = stack.length - 1; i >= 0; i--) {
                String label = match(rules, stack[i]);
                if (label != null) {
                    return label;
                }
            }
            return fallback;
        };
    }

    /**
     * A two-level classifier: the outermost frame that matches a {@code phases} rule names the phase; for the phases
     * listed in {@code detail}, the first of that phase's rules that matches any frame is appended ("index /
     * smartcn"), so list those rules innermost work first.
     */
    static Function<StackTraceElement[], String> phased(List<Rule> phases, Map<String, List<Rule>> detail,
            String fallback, boolean nameOthers) {
        Function<StackTraceElement[], String> outer = outermost(phases, fallback);
        return stack -> {
            String phase = outer.apply(stack);
            List<Rule> inner = detail.get(phase);
            if (inner == null) {
                return phase.equals(fallback) && nameOthers ? phase + " / other: " + innermostOwnFrame(stack) : phase;
            }
            for (Rule r : inner) {
                for (StackTraceElement frame : stack) {
                    if (r.matches(frame)) {
                        return phase + " / " + r.label();
                    }
                }
            }
            return phase + " / " + (nameOthers ? "other: " + innermostOwnFrame(stack) : "other");
        };
    }

    // The innermost frame of Lucene or ipradar code, as Class.method, to name what no rule covers.
    private static String innermostOwnFrame(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("org.apache.lucene.") || c.startsWith("org.ipradar.")) {
                return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
            }
        }
        return stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
    }

    private static String match(List<Rule> rules, StackTraceElement frame) {
        for (Rule r : rules) {
            if (r.matches(frame)) {
                return r.label();
            }
        }
        return null;
    }

    /**
     * A frame pattern and its label.
     *
     * @param classPrefix the class name, or a package prefix
     * @param method the method name, or null for any
     * @param label what matching samples are counted as
     */
    record Rule(String classPrefix, String method, String label) {
        boolean matches(StackTraceElement frame) {
            return frame.getClassName().startsWith(classPrefix)
                    && (method == null || frame.getMethodName().equals(method));
        }

        static Rule of(String classPrefix, String label) {
            return new Rule(classPrefix, null, label);
        }

        static Rule of(String classPrefix, String method, String label) {
            return new Rule(classPrefix, method, label);
        }
    }
}
