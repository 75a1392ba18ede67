package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;
import org.marsad.store.victim.NameIndex;
import org.marsad.store.victim.Victims;

/** An import writes its records and their name keys in one go, so a search right after it finds them. */
class VictimImportTest {
    @TempDir
    Path dir;

    private static final List<String> GIVEN = List.of("محمد", "أحمد", "خالد", "سامر", "هدى", "Khaled", "Mohammad", "Sara");
    private static final List<String> FAMILY = List.of("الخطيب", "العلي", "حسن", "الرقاوي", "al-Ali", "Haddad", "الحمصي");

    /** A list of {@code rows} records from id {@code first} on: enough of them that keys fill several statements. */
    private Path list(String name, int first, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,name,age\n");
        for (int i = first; i < first + rows; i++) {
            csv.append("R").append(i).append(',').append(GIVEN.get(i % GIVEN.size())).append(' ')
                    .append(GIVEN.get(i / GIVEN.size() % GIVEN.size())).append(' ')
                    .append(FAMILY.get(i % FAMILY.size())).append(',').append(i % 90).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static Victims.ImportResult importList(Database db, Path file) {
        return VictimImport.run(db, VictimListFile.check(file), "list", p -> null, "test");
    }

    /** The index's rows, each as key and record id, read from the database. */
    private static Set<String> indexRows(Database db) {
        return new HashSet<>(db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT k.name_key, v.record_key FROM victim_name_key k JOIN victim v ON v.id = k.victim_id")
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2)).list()));
    }

    /** The rows the index should hold: each record's keys by the name code. */
    private static Set<String> expectedRows(Database db) {
        Set<String> rows = new HashSet<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT record_key, full_name FROM victim")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).forEach(r ->
                        CrossScriptNames.indexKeys(r.get(1)).forEach(k -> rows.add(k + "|" + r.get(0)))));
        return rows;
    }

    private static int unkeyed(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim WHERE name_keyed = 0")
                .mapTo(Integer.class).one());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void importedRecordsAreKeyedByTheImportItself(Dialect dialect) throws IOException {
        try (Database db = TestDatabases.fresh(dialect)) {
            Victims.ImportResult first = importList(db, list("a.csv", 0, 2_600));
            assertThat(first.added()).isEqualTo(2_600);
            assertThat(unkeyed(db)).as("records left for a later search to key").isZero();
            Set<String> rows = indexRows(db);
            assertThat(rows).hasSizeGreaterThan(15_000).isEqualTo(expectedRows(db));
            assertThat(new NameIndex(db, CrossScriptNames::indexKeys).catchUp()).as("keyed by the next search").isZero();
            assertThat(new NameIndex(db, CrossScriptNames::indexKeys).search(CrossScriptNames.query("Khaled Haddad"), 0, 5)
                    .records()).extracting(v -> v.fullName()).isNotEmpty().allMatch(n -> n.endsWith("Haddad"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aListImportedAgainOrOverlappingKeysOnlyTheRecordsItAdds(Dialect dialect) throws IOException {
        try (Database db = TestDatabases.fresh(dialect)) {
            importList(db, list("a.csv", 0, 1_200));
            Victims.ImportResult again = importList(db, list("a.csv", 0, 1_200));
            assertThat(again.added()).isZero();
            assertThat(again.unchanged()).isEqualTo(1_200);
            Victims.ImportResult overlapping = importList(db, list("b.csv", 700, 1_000));
            assertThat(overlapping.added()).isEqualTo(500);
            assertThat(overlapping.unchanged()).isEqualTo(500);
            assertThat(new Victims(db).count()).isEqualTo(1_700);
            assertThat(unkeyed(db)).isZero();
            assertThat(indexRows(db)).isEqualTo(expectedRows(db));
        }
    }
}
