package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.InputError;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victims;

class VictimListFileTest {
    @TempDir
    Path dir;

    private Path list(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void checksEveryRowAndCountsThemWithTheFilesDigest() throws IOException {
        Path file = list("a.csv", "id,name,age\n1,Ahmad Ali,30\n\n2,Sara Ali,7\n");
        VictimListFile.Checked checked = VictimListFile.check(file);
        assertThat(checked.rows()).isEqualTo(2);
        assertThat(checked.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                sha256().digest(Files.readAllBytes(file))));
        List<String> ids = new ArrayList<>();
        VictimListFile.forEachRow(checked, (line, row) -> ids.add(row.record().id() + "@" + line));
        assertThat(ids).containsExactly("1@2", "2@4");
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void namesBothLinesOfAnIdUsedTwice() throws IOException {
        Path file = list("b.csv", "id,name\n1,A\n2,B\n3,C\n2,D\n");
        assertThatThrownBy(() -> VictimListFile.check(file)).isInstanceOf(InputError.class)
                .hasMessageContaining("line 5: id '2' is used twice (first on line 3)");
    }

    @Test
    void idHashesOfManySimilarIdsAreDistinct() {
        // ids of real lists differ in a digit or two; a hash that let them collide would cost a second reading
        var seen = new java.util.HashMap<Long, String>();
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String id = "R" + i;
            distinct.add(id);
            String before = seen.putIfAbsent(VictimListFile.IdHashes.hash(id), id);
            assertThat(before).as("64-bit hashes of 200,000 short ids do not collide").isNull();
        }
        assertThat(distinct).hasSize(200_000);
    }

    @Test
    void aRowWithABadFieldNamesFileLineAndField() throws IOException {
        Path file = list("c.csv", "id,name,age\n1,A,30\n2,B,old\n");
        assertThatThrownBy(() -> VictimListFile.check(file)).hasMessageContaining("c.csv: line 3: field 'age' is 'old'");
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine() throws IOException {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append(i).append(",name ").append(i).append('\n');
        }
        Path file = dir.resolve("d.csv");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "5001,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(file, all);
        assertThatThrownBy(() -> VictimListFile.check(file)).hasMessageContaining("d.csv: line 5002: not valid UTF-8");
    }

    @Test
    void aFileChangedBetweenCheckAndImportWritesNothing() throws IOException {
        Path file = list("e.csv", "id,name\n1,A\n2,B\n");
        VictimListFile.Checked checked = VictimListFile.check(file);
        Files.writeString(file, "id,name\n1,A\n2,C\n", StandardCharsets.UTF_8);
        try (var db = TestDatabases.fresh(Dialect.SQLITE)) {
            assertThatThrownBy(() -> VictimImport.run(db, checked, "list", p -> null, "test"))
                    .hasMessageContaining("changed while it was imported");
            assertThat(new Victims(db).count()).isZero();
            assertThat(new Sources(db).all()).isEmpty();
        }
    }

    /** More rows than an import's first batches on SQLite take (500, then at most twice the batch before). */
    private static final int SEVERAL_BATCHES = 12_000;

    @Test
    void importsAFileInBatchesThatCountTogetherOnceOnly() throws IOException {
        int rows = SEVERAL_BATCHES + 17;
        StringBuilder text = new StringBuilder("id,name,cause\n");
        for (int i = 0; i < rows; i++) {
            text.append("R").append(i).append(",name ").append(i).append(",shelling\n");
        }
        Path file = list("f.csv", text.toString());
        for (Dialect dialect : Dialect.values()) {
            try (var db = TestDatabases.fresh(dialect)) {
                var first = VictimImport.run(db, VictimListFile.check(file), "list", p -> null, "test");
                var again = VictimImport.run(db, VictimListFile.check(file), "list", p -> null, "test");
                assertThat(first.added()).as(dialect.name()).isEqualTo(rows);
                assertThat(again.added()).isZero();
                assertThat(again.unchanged()).isEqualTo(rows);
                assertThat(new Victims(db).count()).isEqualTo(rows);
                List<Long> broken = db.jdbi().withHandle(AuditLog::broken);
                assertThat(broken).isEmpty();
            }
        }
    }

    @Test
    void aChangeFoundAfterSeveralBatchesRollsBackTheBatchesWritten() throws IOException {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 0; i < SEVERAL_BATCHES + 10; i++) {
            text.append("R").append(i).append(",name ").append(i).append('\n');
        }
        Path file = list("g.csv", text.toString());
        VictimListFile.Checked checked = VictimListFile.check(file);
        Files.writeString(file, text + "extra,row\n", StandardCharsets.UTF_8);
        for (Dialect dialect : Dialect.values()) {
            try (var db = TestDatabases.fresh(dialect)) {
                assertThatThrownBy(() -> VictimImport.run(db, checked, "list", p -> null, "test"))
                        .hasMessageContaining("changed while it was imported");
                assertThat(new Victims(db).count()).as(dialect.name()).isZero();
                assertThat(new Sources(db).all()).isEmpty();
            }
        }
    }
}
