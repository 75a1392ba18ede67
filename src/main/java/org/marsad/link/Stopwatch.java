package org.marsad.link;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall time and processor time of the steps of a linkage, for the benchmark to print. The processor
 * time (all threads of the process, the collector's included) is what to compare on a machine shared
 * with others: there the wall time of one step moved by a factor of two between two runs of the same
 * code, while its processor time stayed within a tenth.
 */
final class Stopwatch {

    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);

    private final StringBuilder laps = new StringBuilder();
    private long last = System.nanoTime();
    private long lastCpu = cpu();

    void lap(String step) {
        long now = System.nanoTime();
        long nowCpu = cpu();
        if (!laps.isEmpty()) {
            laps.append(", ");
        }
        laps.append(String.format(Locale.ROOT, "%s %.1f s", step, (now - last) / 1e9));
        if (nowCpu >= 0) {
            laps.append(String.format(Locale.ROOT, " (cpu %.1f s)", (nowCpu - lastCpu) / 1e9));
        }
        last = now;
        lastCpu = nowCpu;
    }

    /** Processor time of the process in nanoseconds, or -1 where the platform does not tell. */
    private static long cpu() {
        return SYSTEM == null ? -1 : SYSTEM.getProcessCpuTime();
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
