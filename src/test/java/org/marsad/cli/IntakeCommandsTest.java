package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.victim.Victims;

/** extract, ingest, import victims and link, as a user runs them. */
class IntakeCommandsTest {
    private static final String REPORT = "قتل 12 مدنياً بينهم 5 أطفال جراء قصف مدفعي على بلدة صوران بريف حماة الشمالي.";

    @TempDir
    Path dir;

    @Test
    void extractPrintsClaimJsonWithThePlacesPcode() throws Exception {
        Path file = Files.writeString(dir.resolve("r.txt"), REPORT);
        CliRun r = CliRun.of("extract", file.toString());
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("lang").asText()).isEqualTo("ar");
        assertThat(json.get("claims")).hasSize(2);
        assertThat(json.get("claims").get(1).get("within").asInt()).isZero();
        assertThat(json.get("claims").get(1).get("count").asInt()).isEqualTo(5);
        String pcode = json.get("claims").get(0).get("place").get("pcode").asText();
        assertThat(org.marsad.place.Gazetteer.shipped().adm1(pcode).map(org.marsad.place.Place::pcode)).contains("SY05");
    }

    @Test
    void ingestStoresAReportOnceWithItsFiguresForReview() throws Exception {
        Path file = Files.writeString(dir.resolve("r.txt"), REPORT);
        String db = dir.resolve("m.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", file.toString(), "--source", "field team").status()).isZero();
        CliRun again = CliRun.of("--db", db, "ingest", file.toString(), "--source", "field team");
        assertThat(again.out()).contains("already stored");
        try (Database d = Database.open(db)) {
            Reports reports = new Reports(d);
            assertThat(reports.all()).hasSize(1);
            assertThat(reports.claims(reports.all().get(0).id())).extracting(StoredClaim::status)
                    .containsExactly(ReviewStatus.EXTRACTED, ReviewStatus.EXTRACTED);
        }
    }

    @Test
    void ingestStoresTheNamedVictimsOfAReportWithTheFigureThatCountsThemOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("named.txt"), "استشهد ثلاثة مدنيين، بينهم الطفل سامر خالد العلي "
                + "(9 أعوام) ووالده خالد محمد العلي، جراء قصف مدفعي على بلدة كفرنبل يوم 14-5-2019.");
        String db = dir.resolve("m.db").toString();
        CliRun first = CliRun.of("--db", db, "ingest", file.toString(), "--source", "field team");
        assertThat(first.out()).contains("stored", "2 named victims");
        assertThat(CliRun.of("--db", db, "ingest", file.toString(), "--source", "field team").status()).isZero();
        try (Database d = Database.open(db)) {
            long report = new Reports(d).all().get(0).id();
            var victims = new org.marsad.store.report.ReportVictims(d).ofReport(report);
            assertThat(victims).extracting(v -> v.record().fullName()).containsExactly("سامر خالد العلي", "خالد محمد العلي");
            assertThat(victims).extracting(org.marsad.store.report.ReportVictim::claim).containsOnly(0);
            assertThat(victims).extracting(v -> v.record().sourceId())
                    .containsOnly(new org.marsad.store.source.Sources(d).find("field team").orElseThrow().id());
            assertThat(new Victims(d).count()).as("ingesting the same text again adds nothing").isEqualTo(2);
        }
    }

    @Test
    void aReportWithNoFigureSaysWhyInJsonTextAndIngest() throws Exception {
        Path file = Files.writeString(dir.resolve("vague.txt"), "أصيب عشرات المدنيين بجراح جراء القصف على البلدة.");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("extract", file.toString()).out());
        assertThat(json.get("claims")).isEmpty();
        JsonNode note = json.get("notes").get(0);
        assertThat(note.get("reason").asText()).isEqualTo("vague_amounts_only");
        assertThat(note.get("message").asText()).contains("vague amounts");
        assertThat(note.get("message_ar").asText()).contains("عشرات");
        assertThat(new ObjectMapper().readTree(CliRun.of("extract", Files.writeString(dir.resolve("r.txt"), REPORT)
                .toString()).out()).has("notes")).isFalse();
        assertThat(CliRun.of("extract", "--format", "text", file.toString()).out())
                .contains("0 claims", "only vague amounts", "أعداداً غير محددة");
        CliRun ingest = CliRun.of("--db", dir.resolve("m.db").toString(), "ingest", file.toString());
        assertThat(ingest.status()).isZero();
        assertThat(ingest.err()).contains("vague.txt: No casualty figure found: the text gives only vague amounts")
                .contains("لم يُعثر على أي رقم للضحايا");
    }

    @Test
    void binaryOrBrokenFilesAreOneLineErrors() throws Exception {
        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {'a', 0, 'b'});
        CliRun r = CliRun.of("extract", binary.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("b.txt: binary file").hasLineCount(1);
        Path latin1 = Files.write(dir.resolve("l.txt"), new byte[] {(byte) 0xE9, 'a'});
        assertThat(CliRun.of("extract", latin1.toString()).err()).contains("not UTF-8 text");
    }

    @Test
    void importThenLinkAndLinkACsvFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv"), "id,name,sex,age,date\n"
                + "1,محمد أحمد الحسن,M,34,2017-08-20\n2,فاطمة علي,F,9,2017-08-20\n3,محمد احمد الحسن,M,34,2017-08-20\n");
        String db = dir.resolve("m.db").toString();
        CliRun imported = CliRun.of("--db", db, "import", "victims", csv.toString(), "--source", "list A");
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("3 records added");
        assertThat(CliRun.of("--db", db, "import", "victims", csv.toString(), "--source", "list A").out())
                .contains("0 records added, 3 already there");
        assertThat(CliRun.of("--db", db, "link").status()).isZero();
        try (Database d = Database.open(db)) {
            assertThat(new Victims(d).all()).extracting(v -> v.personId()).doesNotContainNull();
        }
        Path out = dir.resolve("out.csv");
        CliRun linked = CliRun.of("link", "--in", csv.toString(), "--out", out.toString());
        assertThat(linked.status()).isZero();
        assertThat(Files.readAllLines(out)).first().isEqualTo("id,cluster");
        assertThat(Files.readAllLines(out)).hasSize(4);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,name,date\n1,x,20-08-2017\n");
        CliRun refused = CliRun.of("link", "--in", bad.toString(), "--out", out.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.csv: line 2: field 'date'").hasLineCount(1);
    }

    @Test
    void aDatabaseFailureDuringAnImportIsOneLineWithoutTheRowsAndLeavesNothing() throws Exception {
        String url = org.marsad.store.TestDatabases.url(org.marsad.store.Database.Dialect.POSTGRESQL) + "&password=hunter2";
        // the second id is longer than PostgreSQL's record_key column takes, so the batch fails in the database
        Path file = Files.writeString(dir.resolve("list.csv"), "id,name,sex,age\n1,Ahmad Unforgettable,M,30\n"
                + "x".repeat(150) + ",Zaynab Unforgettable,F,9\n");
        CliRun r = CliRun.of("--db", url, "import", "victims", file.toString(), "--source", "Hidden Source Name");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().startsWith("marsad: the database jdbc:postgresql:")
                .contains("password=***").contains("nothing of it was written")
                .doesNotContain("Unforgettable").doesNotContain("Hidden Source").doesNotContain("hunter2");
        try (Database db = Database.open(url)) {
            assertThat(new Victims(db).count()).isZero();
            assertThat(new org.marsad.store.source.Sources(db).all()).as("the source row goes with the failed import").isEmpty();
        }
    }
}
