package org.marsad.store.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;

/**
 * Imports left half-written on SQLite by a process that died: the next process to open the database
 * removes their records, name keys and the source they made, and audits it; an import whose process still
 * runs is left alone, and its records count for nothing meanwhile.
 */
class VictimImportsTest {
    /** A process id no system hands out (above Linux's highest), so the process is surely gone. */
    private static final String GONE = "4194305@1";

    private static List<Victim> records(long source, String prefix, int n) {
        List<Victim> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Victim(null, source, prefix + i, "Name" + i + " Family", null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null));
        }
        return list;
    }

    /** A pending import of {@code n} records into a new source, as its process left it. */
    private static void halfWritten(Database db, String source, String owner, int n) {
        db.jdbi().useTransaction(h -> {
            long s = Sources.addUnaudited(h, Source.of(source, "list")).id();
            long id = h.createQuery("INSERT INTO victim_import (source_id, source_created, file_name, sha256, owner, "
                            + "ids_after, started_at) VALUES (:s, 1, 'l.csv', :sha, :owner, "
                            + "(SELECT COALESCE(MAX(id), 0) FROM victim), '2026-12-06T10:00:00Z') RETURNING id")
                    .bind("s", s).bind("sha", "0".repeat(64)).bind("owner", owner).mapTo(Long.class).one();
            Victims.addAll(h, records(s, source, n), name -> Set.of("k" + name.length(), "key"), id);
        });
    }

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void anImportWhoseProcessDiedIsRemovedWhenTheDatabaseIsOpenedAgain() {
        String url = TestDatabases.url(Dialect.SQLITE);
        try (Database db = Database.open(url)) {
            new Sources(db).add(Source.of("kept", "list"), "test");
            halfWritten(db, "died", GONE, 1_200);
            halfWritten(db, "running", VictimImports.owner(), 300);
            assertThat(count(db, "SELECT COUNT(*) FROM victim")).isEqualTo(1_500);
            assertThat(new Victims(db).count()).as("records of imports not committed").isZero();
            assertThat(new Victims(db).register()).isEmpty();
            long any = count(db, "SELECT MIN(id) FROM victim");
            assertThat(new Victims(db).find(any)).isEmpty();
            java.util.Optional<StoredVictim> edited = db.jdbi().withHandle(h -> VictimEdits.find(h, any));
            assertThat(edited).isEmpty();
        }
        try (Database db = Database.open(url)) {
            assertThat(count(db, "SELECT COUNT(*) FROM victim")).as("the dead import's records are gone").isEqualTo(300);
            assertThat(count(db, "SELECT COUNT(*) FROM victim_name_key k JOIN victim v ON v.id = k.victim_id "
                    + "JOIN source s ON s.id = v.source_id WHERE s.name = 'died'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM victim_name_key")).isEqualTo(600);
            assertThat(new Sources(db).find("died")).as("the source it made").isEmpty();
            assertThat(new Sources(db).find("running")).isPresent();
            assertThat(new Sources(db).find("kept")).isPresent();
            assertThat(count(db, "SELECT COUNT(*) FROM victim_import")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'victims.import.abandoned'")).isEqualTo(1);
            assertThat(new AuditLog(db).verify()).isEmpty();
            assertThat(VictimImports.cleanUp(db)).as("nothing more to remove").isZero();
        }
    }

    @Test
    void aSourceUsedMeanwhileByAnotherWriterStaysAndItsCreationIsAudited() {
        String url = TestDatabases.url(Dialect.SQLITE);
        try (Database db = Database.open(url)) {
            halfWritten(db, "shared", GONE, 50);
            long s = new Sources(db).find("shared").orElseThrow().id();
            new Victims(db).addAll(records(s, "typed", 1));
        }
        try (Database db = Database.open(url)) {
            assertThat(new Sources(db).find("shared")).isPresent();
            assertThat(new Victims(db).count()).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'source.create'")).isEqualTo(1);
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }
}
