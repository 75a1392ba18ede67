package org.marsad.place.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.marsad.place.Candidate;
import org.marsad.place.Gazetteer;
import org.marsad.place.PlaceResolver;

/**
 * Measures what the issue promises: how long the shipped gazetteer takes to load, and how long the resolver
 * takes over many mentions ({@link BenchMentions}: press shapes of the gazetteer's own names, Arabic and
 * Latin, one in ten naming no Syrian place). Every step is timed by the wall clock and by processor time (of
 * the measuring thread, and of the whole process: the just-in-time compiler's threads and the collector's
 * included), with the compiler's own time beside it: on a machine shared with other work the wall clock says
 * more of the others than of this code.
 *
 * <p>The mentions repeat as a batch's do (each town comes back in several shapes, the countrysides of the
 * governorates often), and the resolver remembers the answers of mentions asked again: the bench prints how
 * many of the mentions are distinct and how many were resolved anew, and measures without the memo on
 * request. The second pass uses a resolver of its own, so it too resolves each distinct mention once.
 */
public final class ResolverBenchmark {

    /** What one step cost. */
    public record Cost(double wallMillis, double threadCpuMillis, double processCpuMillis, double jitMillis,
                       double jitCpuMillis, double gcMillis) {
    }

    /**
     * @param load      the first load of the gazetteer in this JVM (cold), until every table is built
     * @param warmLoadMillis median wall time of 9 later loads
     * @param classes   classes loaded by the first load (and the first mention, which builds its tables)
     * @param mentions  mentions resolved in each pass
     * @param distinct  distinct mentions among them
     * @param remember  whether the resolvers remembered answers to mentions asked again
     * @param anewFirst mentions resolved anew (not remembered) in the first pass
     * @param anewCompiled mentions resolved anew in the second pass
     * @param first     the first pass over them, in a JVM that has resolved nothing yet (the just-in-time
     *                  compiler still at work: what a one-off batch sees)
     * @param compiled  a second pass over the same mentions (what a server or a long ingest sees)
     * @param resolved  mentions that got at least one candidate
     * @param own       mentions whose best candidate is the place they were made from
     * @param wrong     mentions made from no Syrian place that got a candidate anyway
     * @param foreign   mentions made from no Syrian place
     */
    public record Result(Cost load, double warmLoadMillis, long classes, int mentions, int distinct,
                         boolean remember, long anewFirst, long anewCompiled, Cost first, Cost compiled,
                         int resolved, int own, int wrong, int foreign) {
    }

    private ResolverBenchmark() {
    }

    /** The bench with resolvers that remember answers, as every command's does. */
    public static Result run(int mentionCount) {
        return run(mentionCount, true);
    }

    /** @param remember whether the resolvers remember answers to mentions asked again */
    public static Result run(int mentionCount, boolean remember) {
        long classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        Meter meter = new Meter();
        Gazetteer gazetteer = Gazetteer.load();
        gazetteer.awaitReady();
        Cost load = meter.cost();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore;
        double[] warm = new double[9];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            Gazetteer.load().awaitReady();
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);

        List<BenchMentions.Mention> mentions = BenchMentions.of(gazetteer, mentionCount);
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (BenchMentions.Mention mention : mentions) {
            texts.add(mention.text());
        }
        PlaceResolver resolver = new PlaceResolver(gazetteer, remember);
        meter = new Meter();
        int[] counts = pass(resolver, mentions);
        Cost first = meter.cost();
        PlaceResolver again = new PlaceResolver(gazetteer, remember);
        meter = new Meter();
        pass(again, mentions);
        Cost compiled = meter.cost();
        return new Result(load, warm[warm.length / 2], classes, mentionCount, texts.size(), remember,
                resolver.resolvedAnew(), again.resolvedAnew(), first, compiled, counts[0], counts[1],
                counts[2], counts[3]);
    }

    /** Resolved, to their own place, wrongly, and made from no Syrian place. */
    private static int[] pass(PlaceResolver resolver, List<BenchMentions.Mention> mentions) {
        int[] counts = new int[4];
        for (BenchMentions.Mention mention : mentions) {
            List<Candidate> found = resolver.resolve(mention.text());
            boolean any = !found.isEmpty();
            counts[0] += any ? 1 : 0;
            if (mention.pcode() == null) {
                counts[2] += any ? 1 : 0;
                counts[3]++;
            } else if (any && found.get(0).pcode().equals(mention.pcode())) {
                counts[1]++;
            }
        }
        return counts;
    }

    /** The clocks at a start, read again by {@link #cost}. */
    private static final class Meter {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long wall = System.nanoTime();
        private final long thread = THREADS.getCurrentThreadCpuTime();
        private final long process = processCpu();
        private final long jit = jit();
        private final long gc = gc();
        private final long jitCpu = jitCpu();

        Cost cost() {
            return new Cost((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - thread) / 1e6,
                    (processCpu() - process) / 1e6, jit() - jit, Math.max(0, jitCpu() - jitCpu), gc() - gc);
        }

        /**
         * Processor time of the compiler's threads in milliseconds, read from Linux's /proc (their clock ticks,
         * 10 ms each), as the compiler's own count is the time its compilations took on the wall clock; 0
         * elsewhere. A lower bound: the JVM ends compiler threads that fall idle, and their time goes with them.
         */
        private static long jitCpu() {
            java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
            if (!java.nio.file.Files.isDirectory(tasks)) {
                return 0;
            }
            long ticks = 0;
            try (var dirs = java.nio.file.Files.newDirectoryStream(tasks)) {
                for (java.nio.file.Path task : dirs) {
                    String stat;
                    try {
                        stat = java.nio.file.Files.readString(task.resolve("stat"));
                    } catch (java.io.IOException gone) {
                        continue; // a thread that ended meanwhile
                    }
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0 || close < 0 || !stat.substring(open + 1, close).contains("CompilerThre")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                }
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
            return ticks * 10;
        }

        private static long processCpu() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }

        private static long jit() {
            var compiler = ManagementFactory.getCompilationMXBean();
            return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                    ? compiler.getTotalCompilationTime() : 0;
        }

        private static long gc() {
            long sum = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                sum += Math.max(0, collector.getCollectionTime());
            }
            return sum;
        }
    }
}
