package org.marsad.link.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marsad.link.VictimImport;
import org.marsad.link.VictimListFile;
import org.marsad.security.Keeping;
import org.marsad.store.Database;
import org.marsad.store.victim.Victims;

/**
 * {@code bench import}: writes a generated victim list of each size (written row by row, never held),
 * imports it into a new database the way {@code import victims} does, imports it again (nothing added),
 * and prints rows, file size, wall and processor time, the most heap in use and the name keys written. Run under {@code -Xmx512m} it shows that
 * an import's memory does not grow with the list (issue 16: 2.9 million rows once took 6.4 GB).
 */
public final class ImportBenchmark {
    private final PrintStream out;

    public ImportBenchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * One line per size. {@code database} makes a new database's URL in the given folder (a file there
     * for SQLite; a new PostgreSQL database otherwise); {@code pcode} resolves places as the import does.
     */
    public void run(List<Integer> sizes, Function<Path, String> database, Function<String, String> pcode) {
        out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        out.println("rows       file MB  import s  cpu s  rows/s   peak heap MB  name keys   again s  added/unchanged");
        for (int rows : sizes) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("marsad-bench-import");
                Path file = dir.resolve("list-" + rows + ".csv");
                write(file, rows, places());
                Keeping keeping = Keeping.of(Map.of("MARSAD_KEY_FILE", dir.resolve("secret.key").toString()), m -> { });
                try (Database db = Database.open(database.apply(dir), keeping)) {
                    System.gc();
                    HeapSampler heap = HeapSampler.start();
                    long start = System.nanoTime();
                    long cpu = processCpu();
                    Victims.ImportResult first = VictimImport.run(db, VictimListFile.check(file), "bench", pcode, "bench");
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double cpuSeconds = (processCpu() - cpu) / 1e9;
                    long peak = heap.stop();
                    long keys = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim_name_key")
                            .mapTo(Long.class).one());
                    start = System.nanoTime();
                    Victims.ImportResult again = VictimImport.run(db, VictimListFile.check(file), "bench", pcode, "bench");
                    double againSeconds = (System.nanoTime() - start) / 1e9;
                    out.printf("%,-10d %7.1f  %8.1f  %5.1f  %,7.0f  %12d  %,10d  %7.1f  %,d/%,d then %,d/%,d%n", rows,
                            Files.size(file) / 1e6, seconds, cpuSeconds, rows / seconds, peak >> 20, keys, againSeconds,
                            first.added(), first.unchanged(), again.added(), again.unchanged());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(dir);
            }
        }
    }

    /** This JVM's processor time so far, in nanoseconds: on a shared machine the figure to compare, not the wall clock. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Place names as lists write them: the gazetteer's own (resolved) and a few it does not know. */
    private static List<String> places() {
        List<String> names = new java.util.ArrayList<>();
        org.marsad.place.Gazetteer.shipped().places().stream().limit(3_000).forEach(p -> names.add(p.nameAr()));
        SyntheticNames.PLACES.forEach(p -> names.add(p.arabic()));
        return names;
    }

    /** A list of {@code rows} generated records, about 70 bytes a row like the lists of issue 16, written as it is made. */
    static void write(Path file, int rows, List<String> places) throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        LocalDate first = LocalDate.of(2023, 10, 7);
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("id", "name", "sex", "age", "date", "place", "status");
            for (int i = 0; i < rows; i++) {
                boolean female = random.nextInt(3) == 0;
                List<SyntheticNames.Entry> given = female ? SyntheticNames.FEMALE : SyntheticNames.MALE;
                String name = pick(random, given).arabic() + " " + pick(random, SyntheticNames.MALE).arabic() + " "
                        + pick(random, SyntheticNames.FAMILY).arabic();
                csv.printRecord("R" + i, name, female ? "F" : "M", random.nextInt(90),
                        first.plusDays(random.nextInt(700)), places.get(random.nextInt(places.size())),
                        random.nextInt(10) == 0 ? "fighter" : "civilian");
            }
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
