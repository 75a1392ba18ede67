package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.security.Keeping;
import org.marsad.store.Database.Dialect;

/**
 * SQLite's one write lock held by another writer longer than a connection's busy timeout (10 s), as an
 * import holds it for minutes: a bulk write (an import, a link) says it waits and then commits; an ordinary
 * write gives up with a failure {@link DatabaseFailure#busy} recognises, whose message says to run it again.
 */
class BusyWritersTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void aBulkWriteWaitsForAnotherWriterWhereAnOrdinaryWriteGivesUp() throws Exception {
        List<String> notices = new CopyOnWriteArrayList<>();
        Keeping keeping = Keeping.of(Map.of("MARSAD_KEY_FILE", dir.resolve("secret.key").toString(),
                "MARSAD_ANCHORS", dir.resolve("anchors").toString()), notices::add);
        try (Database db = Database.open(TestDatabases.url(Dialect.SQLITE), keeping)) {
            notices.clear();
            Handle other = db.jdbi().open();
            other.begin(); // BEGIN IMMEDIATE: the write lock, as an import holds it
            other.execute("INSERT INTO setting (name, value) VALUES ('other', '1')");
            CompletableFuture<Integer> bulk = CompletableFuture.supplyAsync(() -> BulkWrites.inTransaction(db,
                    h -> h.execute("INSERT INTO setting (name, value) VALUES ('bulk', '1')")));
            Throwable ordinary = catchThrowable(() -> db.jdbi().useTransaction(
                    h -> h.execute("INSERT INTO setting (name, value) VALUES ('ordinary', '1')")));
            assertThat(ordinary).isNotNull();
            assertThat(DatabaseFailure.busy(ordinary)).isTrue();
            assertThat(DatabaseFailure.unreachable(ordinary)).isFalse();
            assertThat(DatabaseFailure.describe(ordinary, db.redactedUrl())).contains("busy").contains("run it again")
                    .contains("مشغولة");
            // a while longer: the bulk write, begun after the ordinary one, has given up probing and waits
            Thread.sleep(3_000);
            assertThat(bulk).isNotDone();
            other.commit();
            other.close();
            assertThat(bulk.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(notices).singleElement().asString().contains("waiting for another write").contains("بانتظار");
            List<String> written = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM setting ORDER BY name")
                    .mapTo(String.class).list());
            assertThat(written).contains("bulk", "other").doesNotContain("ordinary");
            // the connection's own busy timeout is back for the next user of the pool
            long timeout = db.jdbi().withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Long.class).one());
            assertThat(timeout).isEqualTo(10_000L);
        }
    }

    @Test
    void otherFailuresAreNotBusy() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            Throwable duplicate = catchThrowable(() -> db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO setting (name, value) VALUES ('a', '1')");
                h.execute("INSERT INTO setting (name, value) VALUES ('a', '2')");
            }));
            assertThat(duplicate).isNotNull();
            assertThat(DatabaseFailure.busy(duplicate)).isFalse();
        }
    }
}
