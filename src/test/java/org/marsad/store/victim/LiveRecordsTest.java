package org.marsad.store.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;
import org.marsad.store.source.Sources;

/**
 * The victims list's count and deep pages, kept without counting every record, stay what counting and
 * stepping over every record give while records are appended, deleted and restored.
 */
class LiveRecordsTest {
    private static List<Victim> named(long source, int from, int to) {
        List<Victim> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            records.add(new Victim(null, source, "r" + i, "اسم " + i, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null));
        }
        return records;
    }

    /** What the list must show: the live records in number order, counted and paged the slow way. */
    private static List<Long> live(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM victim WHERE deleted_at IS NULL ORDER BY id")
                .mapTo(Long.class).list());
    }

    private static void assertPagesAsCounted(Victims victims, Database db) {
        List<Long> all = live(db);
        assertThat(victims.count()).isEqualTo(all.size());
        for (int offset : new int[] {0, 7, LiveRecords.STEP - 1, LiveRecords.STEP, LiveRecords.STEP + 13,
                2 * LiveRecords.STEP + 999, all.size() - 3, all.size(), all.size() + 50}) {
            List<Long> expected = all.subList(Math.min(offset, all.size()), Math.min(offset + 5, all.size()));
            assertThat(victims.page(offset, 5)).as("offset %d", offset).extracting(Victim::id).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void countAndDeepPagesFollowAppendsDeletionsAndRestores(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("list", "list").id();
            Victims victims = new Victims(db);
            assertThat(victims.count()).isZero();
            victims.addAll(named(source, 0, 2_600));
            assertPagesAsCounted(victims, db);

            List<Long> ids = live(db);
            VictimEdits edits = new VictimEdits(db);
            for (int i : new int[] {0, 5, 999, 1_000, 1_500, 2_599}) {
                edits.delete(ids.get(i), "entered twice", 0, "reem");
            }
            assertPagesAsCounted(victims, db);

            victims.addAll(named(source, 2_600, 3_100));
            edits.delete(live(db).get(3_000), "entered twice", 0, "reem");
            assertPagesAsCounted(victims, db);

            // a deletion undone out of band (as a restore would): the count goes back up
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE victim SET deleted_at = NULL WHERE id = :id").bind("id", ids.get(5)).execute());
            assertPagesAsCounted(victims, db);
            assertThat(victims.count()).isEqualTo(3_100 - 6);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void pagesNextToARecordSkipDeletedOnes(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("list", "list").id();
            Victims victims = new Victims(db);
            victims.addAll(named(source, 0, 30));
            List<Long> ids = live(db);
            new VictimEdits(db).delete(ids.get(11), "entered twice", 0, "reem");
            assertThat(victims.after(ids.get(9), 3)).extracting(Victim::id).containsExactly(ids.get(10), ids.get(12), ids.get(13));
            assertThat(victims.before(ids.get(13), 3)).extracting(Victim::id).containsExactly(ids.get(9), ids.get(10), ids.get(12));
            assertThat(victims.before(ids.get(1), 3)).extracting(Victim::id).containsExactly(ids.get(0));
            assertThat(victims.after(ids.get(29), 3)).isEmpty();
        }
    }
}
