package org.marsad.tally;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.extract.Group;
import org.marsad.store.Database;

/**
 * The tally benchmark: fills an empty database with a synthetic conflict (victims in linked clusters,
 * incidents with figures and named persons, 14 governorates with districts and sub-districts), then times
 * tallies of the kinds the web app asks for. Prints the numbers; asserts nothing.
 */
public final class TallyBenchmark {
    private static final String[] CAUSES = {"airstrike", "shelling", "barrel_bomb", "gunfire", "landmine", "execution"};
    private static final String[] PERPETRATORS = {"government forces", "Russian forces", "Islamic State",
            "international coalition", "armed opposition"};
    private static final LocalDate START = LocalDate.of(2011, 3, 15);
    private static final int DAYS = 365 * 8;

    private final Database db;
    private final PrintStream out;
    private final Random random = new Random(2017);

    public TallyBenchmark(Database db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    public void run(int victims, int incidents, int queries) {
        long count = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim").mapTo(Long.class).one());
        if (count == 0) {
            long t0 = System.nanoTime();
            generate(victims, incidents);
            out.printf("generated %,d victim records and %,d incidents in %.1f s%n", victims, incidents, seconds(t0));
        } else {
            out.printf("database already holds %,d victim records; timing tallies over it%n", count);
        }
        Tallies tallies = new Tallies(db);
        long t0 = System.nanoTime();
        Tally first = tallies.count(List.of(), TallyFilter.none());
        out.printf("first tally (makes the count units): %.2f s; total killed %,d (best %,d, high %,d)%n",
                seconds(t0), first.total().killed().low(), first.total().killed().best(), first.total().killed().high());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf("heap in use after the snapshot: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);

        // CPU time beside wall time: on a shared machine, wall time also measures the other processes.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] wall = new long[queries];
        long[] onCpu = new long[queries];
        for (int i = 0; i < queries; i++) {
            TallyFilter f = randomFilter();
            List<Dimension> by = randomBreakdown();
            long c = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            tallies.count(by, f);
            wall[i] = System.nanoTime() - s;
            onCpu[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(wall);
        Arrays.sort(onCpu);
        out.printf("%d tallies (random breakdowns and filters), wall: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                queries, ms(wall, 0.50), ms(wall, 0.95), ms(wall, 0.99), wall[queries - 1] / 1e6);
        out.printf("%d tallies, CPU time of the tallying thread: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                queries, ms(onCpu, 0.50), ms(onCpu, 0.95), ms(onCpu, 0.99));
        out.printf("machine load average while running: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private List<Dimension> randomBreakdown() {
        List<List<Dimension>> kinds = List.of(
                List.of(Dimension.MONTH),
                List.of(Dimension.GOVERNORATE, Dimension.GROUP),
                List.of(Dimension.MONTH, Dimension.GOVERNORATE, Dimension.GROUP),
                List.of(Dimension.YEAR, Dimension.CAUSE),
                List.of(Dimension.DISTRICT, Dimension.PERPETRATOR),
                List.of(Dimension.WEEK));
        return kinds.get(random.nextInt(kinds.size()));
    }

    private TallyFilter randomFilter() {
        LocalDate from = random.nextBoolean() ? null : START.plusDays(random.nextInt(DAYS));
        LocalDate to = from == null ? null : from.plusDays(random.nextInt(720));
        String place = random.nextInt(3) == 0 ? governorate(random.nextInt(14)) : null;
        String cause = random.nextInt(4) == 0 ? CAUSES[random.nextInt(CAUSES.length)] : null;
        return new TallyFilter(from, to, place, null, cause, null, null, null, null, null);
    }

    private void generate(int victims, int incidents) {
        db.jdbi().useTransaction(h -> {
            places(h);
            long[] sources = new long[4];
            for (int s = 0; s < 4; s++) {
                sources[s] = h.createQuery("INSERT INTO source (name, kind, created_at) VALUES (:n, 'list', :at) RETURNING id")
                        .bind("n", "bench list " + (s + 1)).bind("at", "2020-01-01T00:00:00Z").mapTo(Long.class).one();
            }
            long firstIncident = incidents(h, incidents);
            victims(h, victims, sources, firstIncident, incidents);
        });
    }

    private void places(Handle h) {
        PreparedBatch b = h.prepareBatch("INSERT INTO place (pcode, parent_pcode, level, name_ar, name_en, lat, lon) "
                + "VALUES (:p, :parent, :level, :p, :p, NULL, NULL)");
        for (int g = 0; g < 14; g++) {
            String gov = governorate(g);
            b.bind("p", gov).bind("parent", (String) null).bind("level", 1).add();
            for (int d = 0; d < 5; d++) {
                String district = gov + String.format("%02d", d);
                b.bind("p", district).bind("parent", gov).bind("level", 2).add();
                for (int s = 0; s < 4; s++) {
                    b.bind("p", district + String.format("%02d", s)).bind("parent", district).bind("level", 3).add();
                }
            }
        }
        b.execute();
    }

    private long incidents(Handle h, int n) {
        PreparedBatch inc = h.prepareBatch("INSERT INTO incident (occurred_from, occurred_to, place_pcode, cause, "
                + "perpetrator, grade, created_at) VALUES (:d, :d, :p, :c, :by, :g, '2020-01-01T00:00:00Z')");
        String[] grades = {"confirmed", "fair", "fair", "weak", "contested"};
        for (int i = 0; i < n; i++) {
            inc.bind("d", START.plusDays(random.nextInt(DAYS)).toString()).bind("p", subdistrict())
                    .bind("c", CAUSES[random.nextInt(CAUSES.length)]).bind("by", PERPETRATORS[random.nextInt(PERPETRATORS.length)])
                    .bind("g", grades[random.nextInt(grades.length)]).add();
        }
        inc.execute();
        long first = h.createQuery("SELECT MIN(id) FROM incident").mapTo(Long.class).one();
        PreparedBatch fig = h.prepareBatch("INSERT INTO incident_figure (incident_id, group_code, outcome, low, best, high) "
                + "VALUES (:i, :g, :o, :low, :best, :high)");
        for (long i = first; i < first + n; i++) {
            int civilians = 1 + random.nextInt(20);
            int children = random.nextInt(civilians / 3 + 1);
            fig.bind("i", i).bind("g", Group.CIVILIAN.code()).bind("o", "killed").bind("low", civilians)
                    .bind("best", civilians + random.nextInt(3)).bind("high", civilians + 5).add();
            fig.bind("i", i).bind("g", Group.CHILD.code()).bind("o", "killed").bind("low", children)
                    .bind("best", children).bind("high", children).add();
            int injured = random.nextInt(30);
            fig.bind("i", i).bind("g", Group.CIVILIAN.code()).bind("o", "injured").bind("low", injured)
                    .bind("best", injured).bind("high", injured + 2).add();
        }
        fig.execute();
        return first;
    }

    /** Persons of one to three records from different lists; one in five died in a recorded incident. */
    private void victims(Handle h, int n, long[] sources, long firstIncident, int incidents) {
        // Explicit ids: the benchmark only fills an empty database, and needs each victim's person id at once.
        PreparedBatch person = h.prepareBatch("INSERT INTO person (id, created_at) VALUES (:id, '2020-01-01T00:00:00Z')");
        PreparedBatch v = h.prepareBatch("INSERT INTO victim (source_id, record_key, full_name, sex, age, status, died_on, "
                + "place_pcode, cause, perpetrator, incident_id, person_id) VALUES (:s, :k, :name, :sex, :age, :status, "
                + ":died, :p, :c, :by, :inc, :person)");
        int records = 0;
        long personId = 0;
        List<Object[]> pending = new ArrayList<>();
        while (records < n) {
            personId++;
            person.bind("id", personId).add();
            int copies = Math.min(1 + random.nextInt(3), n - records);
            boolean child = random.nextInt(4) == 0;
            String sex = random.nextBoolean() ? "M" : "F";
            int age = child ? random.nextInt(18) : 18 + random.nextInt(60);
            String status = random.nextInt(5) == 0 ? "fighter" : "civilian";
            LocalDate died = START.plusDays(random.nextInt(DAYS));
            String place = subdistrict();
            Long incident = random.nextInt(5) == 0 ? firstIncident + random.nextInt(incidents) : null;
            for (int c = 0; c < copies; c++) {
                pending.add(new Object[] {sources[c], "r" + records, "name " + records, sex, age, status,
                        died.plusDays(c).toString(), place, CAUSES[random.nextInt(CAUSES.length)],
                        PERPETRATORS[random.nextInt(PERPETRATORS.length)], incident, personId});
                records++;
            }
            if (pending.size() >= 50_000) {
                flush(person, v, pending);
            }
        }
        flush(person, v, pending);
    }

    private static void flush(PreparedBatch person, PreparedBatch v, List<Object[]> pending) {
        if (person.size() > 0) {
            person.execute();
        }
        String[] names = {"s", "k", "name", "sex", "age", "status", "died", "p", "c", "by", "inc", "person"};
        for (Object[] row : pending) {
            for (int i = 0; i < names.length; i++) {
                v.bindByType(names[i], row[i], row[i] == null ? Long.class : row[i].getClass());
            }
            v.add();
        }
        if (!pending.isEmpty()) {
            v.execute();
        }
        pending.clear();
    }

    private String subdistrict() {
        return governorate(random.nextInt(14)) + String.format("%02d%02d", random.nextInt(5), random.nextInt(4));
    }

    private static String governorate(int i) {
        return String.format("SY%02d", i + 1);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
