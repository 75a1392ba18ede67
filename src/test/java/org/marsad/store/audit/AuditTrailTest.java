package org.marsad.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.InputError;
import org.marsad.security.Keeping;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;

/**
 * The audit trail proves what it claims (issue 16): deleting the newest entry, editing one and chaining
 * the rest again with plain SHA-256, or putting an older copy of the database in place of a newer one
 * all make {@code verify} name what is wrong; a database opened with another key, or without its key,
 * refuses to open.
 */
class AuditTrailTest {
    @TempDir
    Path keep;

    private Keeping keeping() {
        return Keeping.of(Map.of("MARSAD_KEY_FILE", keep.resolve("secret.key").toString(),
                "MARSAD_ANCHORS", keep.resolve("anchors").toString()), notice -> { });
    }

    private static void write(Database db, int entries) {
        AuditLog log = new AuditLog(db);
        for (int i = 0; i < entries; i++) {
            log.append("reem", "claim.review", "claim", Integer.toString(i), "{\"status\":\"extracted\"}",
                    "{\"status\":\"confirmed\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void deletingTheNewestEntryFallsBehindTheAnchor(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.url(dialect), keeping())) {
            write(db, 5);
            AuditLog log = new AuditLog(db);
            assertThat(log.verify()).isEmpty();
            assertThat(log.anchor().read()).hasValueSatisfying(h -> assertThat(h.entries()).isEqualTo(5));

            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)"));
            assertThat(log.broken()).as("the chain itself still holds").isEmpty();
            assertThat(log.verify()).singleElement().asString()
                    .contains("anchor records 5 entries, the database holds 4");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEntryEditedAndReChainedWithPlainSha256IsNamed(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.url(dialect), keeping())) {
            write(db, 5);
            List<Long> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM audit_entry ORDER BY id")
                    .mapTo(Long.class).list());
            // a forger who can write the database but lacks the key: edit entry 3, then chain it and every
            // later entry again as an unkeyed hash chain would be
            db.jdbi().useHandle(h -> {
                h.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = ?", ids.get(2));
                String prev = h.createQuery("SELECT hash FROM audit_entry WHERE id = :id").bind("id", ids.get(1))
                        .mapTo(String.class).one();
                for (long id : ids.subList(2, ids.size())) {
                    var e = h.createQuery("SELECT * FROM audit_entry WHERE id = :id").bind("id", id).mapToMap().one();
                    String hash = sha256(prev, (String) e.get("at"), (String) e.get("actor"), (String) e.get("action"),
                            (String) e.get("entity"), (String) e.get("entity_id"), (String) e.get("before_json"),
                            (String) e.get("after_json"));
                    h.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", prev, hash, id);
                    prev = hash;
                }
            });
            AuditLog log = new AuditLog(db);
            assertThat(log.broken()).containsExactlyElementsOf(ids.subList(2, ids.size()));
            assertThat(log.verify()).anySatisfy(p -> assertThat(p.en()).contains("seal does not hold"))
                    .anySatisfy(p -> assertThat(p.en()).contains("entry 5 is not the head the anchor records"));
        }
    }

    @Test
    void anOlderCopyPutInPlaceOfTheDatabaseFallsBehindItsAnchor(@TempDir Path data) throws Exception {
        Path file = data.resolve("marsad.db");
        Path older = data.resolve("older.db");
        try (Database db = Database.open(file.toString(), keeping())) {
            write(db, 3);
            db.jdbi().useHandle(h -> h.execute("VACUUM INTO '" + older + "'"));
            write(db, 2);
        }
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(data.resolve("marsad.db-wal"));
        Files.deleteIfExists(data.resolve("marsad.db-shm"));
        try (Database db = Database.open(file.toString(), keeping())) {
            assertThat(new AuditLog(db).verify()).singleElement().asString()
                    .contains("the anchor records 5 entries, the database holds 3")
                    .contains("older copy");
        }
    }

    @Test
    void aDatabaseOpensOnlyWithItsOwnKeyAndNeverMakesANewOne(@TempDir Path data) throws Exception {
        Path file = data.resolve("marsad.db");
        try (Database db = Database.open(file.toString(), keeping())) {
            write(db, 1);
        }
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        Path key = keep.resolve("secret.key");
        byte[] kept = Files.readAllBytes(key);
        Files.delete(key);
        assertThatThrownBy(() -> Database.open(file.toString(), keeping())).isInstanceOf(InputError.class)
                .hasMessageContaining("key of this database is missing");
        assertThat(Files.exists(key)).as("no new key made for an old database").isFalse();

        Keeping other = Keeping.of(Map.of("MARSAD_KEY_FILE", data.resolve("other.key").toString()), n -> { });
        other.key(true);
        assertThatThrownBy(() -> Database.open(file.toString(), other)).isInstanceOf(InputError.class)
                .hasMessageContaining("is not the key of database");

        Files.write(key, kept);
        try (Database db = Database.open(file.toString(), keeping())) {
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }

    private static String sha256(String... fields) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String f : fields) {
            byte[] b = Objects.requireNonNullElse(f, "\u0000null").getBytes(StandardCharsets.UTF_8);
            md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
