package org.marsad.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * Processor time for benchmarks on a shared machine, where the wall clock measures the other developers as
 * much as the code: the test JVM's own, and the embedded PostgreSQL server's (its postmaster, the processes
 * it has reaped, and its live backends), which the JVM's figure leaves out. Linux only (/proc); elsewhere
 * the server's time is unknown.
 */
public final class ProcessorTime {
    /** Clock ticks a second of /proc's times: USER_HZ, 100 on every Linux build that matters here. */
    private static final double TICKS = 100.0;

    private ProcessorTime() {
    }

    /** The test JVM's processor time so far, in seconds (every thread, the garbage collector's too). */
    public static double jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * The embedded PostgreSQL server's processor time so far, in seconds, or empty when /proc cannot tell
     * (not Linux, or the server not started by this JVM).
     */
    public static OptionalLong postgresTicks() {
        OptionalLong postmaster = TestDatabases.postgresServerPid();
        if (postmaster.isEmpty()) {
            return OptionalLong.empty();
        }
        long[] own = ticks(postmaster.getAsLong());
        if (own == null) {
            return OptionalLong.empty();
        }
        // own user + system, and the backends it has reaped (cutime + cstime), and the live ones
        long sum = own[0] + own[1] + own[2] + own[3];
        for (ProcessHandle child : ProcessHandle.of(postmaster.getAsLong()).map(p -> p.descendants().toList())
                .orElse(java.util.List.of())) {
            long[] t = ticks(child.pid());
            if (t != null) {
                sum += t[0] + t[1];
            }
        }
        return OptionalLong.of(sum);
    }

    /** {@link #postgresTicks()} in seconds, NaN when unknown. */
    public static double postgres() {
        OptionalLong t = postgresTicks();
        return t.isPresent() ? t.getAsLong() / TICKS : Double.NaN;
    }

    /** The machine's load average over the last minute, from /proc/loadavg, or NaN. */
    public static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** utime, stime, cutime, cstime of a process in clock ticks, or null once it is gone. */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name is in parentheses and may hold spaces: fields count from after its ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The parent of a process, from /proc, or -1. */
    static long parent(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The postmaster's process id: the parent of a backend serving {@code c}. */
    static long postmasterOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return parent(r.getLong(1));
        }
    }
}
