package org.marsad.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.link.DatabaseLinking;
import org.marsad.link.LabelledVictim;
import org.marsad.link.LinkageCsv;
import org.marsad.link.Sex;
import org.marsad.link.Status;
import org.marsad.link.synthetic.SyntheticLists;
import org.marsad.link.VictimImport;
import org.marsad.link.VictimRecord;
import org.marsad.place.Gazetteer;
import org.marsad.place.PlaceResolver;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;

/**
 * The whole path a documenter takes, on a generated world of 3,000 dead whose truth is kept: each list
 * written as its own CSV file, imported as its own source ({@code import victims}), {@code link}, then
 * {@code tally}. The count must come near the true number of dead, and the doubt it states must point
 * the right way.
 */
class WorldCountTest {
    static final int PEOPLE = 3000;

    /** What the path gives for one world: the count, the true dead, and the doubt the tally states. */
    record Counted(long tallied, long dead, LinkDoubt doubt) {
        double error() {
            return (double) (tallied - dead) / dead;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tally %,d for %,d dead (%+.1f%%), stated doubt -%.1f/+%.1f",
                    tallied, dead, 100 * error(), doubt.unlinked(), doubt.merged());
        }
    }

    @Test
    void talliesThreeThousandDeadImportedListByListNearTheTruth() {
        List<LabelledVictim> world = SyntheticLists.generate(PEOPLE, 4, 2026);
        Counted counted = count(world);
        System.out.printf("world of %,d people, our generator, %,d records: %s%n", PEOPLE, world.size(), counted);
        assertThat(counted.dead()).isEqualTo(PEOPLE);
        // measured 2026-12-05 (main 03ec20c merged): 3,059 (+2.0%), stated doubt -39/+11; the target is within 3%
        assertThat(Math.abs(counted.error())).isLessThan(0.03);
        assertThatTheDoubtPointsAtTheTruth(counted);
    }

    @Test
    void talliesTheIndependentGeneratorsWorldOfThreeThousand(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("independent.csv");
        assumeTrue(independent(file), "python3 is not here");
        List<LabelledVictim> world = new ArrayList<>();
        for (LinkageCsv.Row row : LinkageCsv.rows(Files.newBufferedReader(file), file.toString())) {
            world.add(new LabelledVictim(row.record(), row.more().get("person")));
        }
        Counted counted = count(world);
        System.out.printf("world of %,d people, independent generator, %,d records: %s%n", PEOPLE, world.size(), counted);
        // measured 2026-12-05 (main 03ec20c merged): 3,081 (+2.7%), stated doubt -44/+10; 3,121 (+4.0%) before the
        // recall and places branches. The floor leaves room for a tenth of a per cent above the target of 3%.
        assertThat(counted.error()).isBetween(-0.03, 0.031);
        assertThatTheDoubtPointsAtTheTruth(counted);
    }

    /** The count corrected by the doubt it states is no further from the truth than the count. */
    private static void assertThatTheDoubtPointsAtTheTruth(Counted counted) {
        double corrected = counted.tallied() - counted.doubt().unlinked() + counted.doubt().merged();
        assertThat(Math.abs(corrected - counted.dead())).isLessThanOrEqualTo(Math.abs(counted.tallied() - counted.dead()));
    }

    /** Runs {@code peers/independent-generator.py} for 3,000 people; false when there is no python3. */
    private static boolean independent(Path out) throws Exception {
        Process python;
        try {
            python = new ProcessBuilder("python3", "peers/independent-generator.py", "--people", Integer.toString(PEOPLE),
                    "--seed", "1", "--out", out.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noPython) {
            return false;
        }
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).as("the generator finishes").isTrue();
        assertThat(python.exitValue()).as("the generator's exit status").isZero();
        return true;
    }

    /** Writes each list as a CSV of its own, imports it as a source, links and tallies on SQLite. */
    static Counted count(List<LabelledVictim> world) {
        Map<String, StringWriter> files = new LinkedHashMap<>();
        for (LabelledVictim v : world) {
            StringWriter file = files.computeIfAbsent(v.record().source(), s -> new StringWriter()
                    .append("id,name,sex,age,date,place,status\n"));
            row(file, v.record());
        }
        PlaceResolver places = new PlaceResolver(Gazetteer.shipped());
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            files.forEach((source, csv) -> VictimImport.run(db,
                    LinkageCsv.rows(new StringReader(csv.toString()), source + ".csv"), source,
                    place -> places.best(place).map(c -> c.pcode()).orElse(null),
                    new VictimImport.ListFile(source + ".csv", "0".repeat(64)), "test"));
            new DatabaseLinking(db).run(null, "test");
            Tally.Row total = new Tallies(db).count(List.of(), TallyFilter.none()).total();
            long dead = world.stream().map(LabelledVictim::person).distinct().count();
            return new Counted(total.killed().low(), dead, total.killedDoubt());
        }
    }

    private static void row(StringWriter out, VictimRecord r) {
        try {
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().printRecord(out, r.id(), r.name(),
                    r.sex() == null ? "" : r.sex() == Sex.FEMALE ? "F" : "M", r.age() == null ? "" : r.age(),
                    r.date() == null ? "" : r.date(), r.place() == null ? "" : r.place(),
                    r.status() == null ? "" : r.status() == Status.FIGHTER ? "fighter" : "civilian");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
