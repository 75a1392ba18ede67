package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.demo.DemoData;
import org.marsad.store.Database;

/** tally, report and export over the demo database, through the command line as a user runs them. */
class CountingCommandsTest {
    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo.db").toString();
        try (Database d = Database.open(db)) {
            DemoData.load(d);
        }
    }

    @Test
    void tallyJsonByGovernorateAndGroup() throws Exception {
        CliRun r = CliRun.of("--db", db, "tally", "--by", "governorate,group", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("total").get("killed").asLong()).isEqualTo(3248);
        assertThat(json.get("reported").get(0).get("count").asLong()).isEqualTo(1130);
        assertThat(json.get("rows").findValuesAsText("governorate")).containsOnly("SY11");
    }

    @Test
    void tallyFiltersByAPlaceName() {
        CliRun r = CliRun.of("--db", db, "tally", "--place", "مدينة الرقة", "--group", "civilian", "--format", "csv");
        assertThat(r.status()).isZero();
        // in the city: 1114 by airstrikes and 156 by mines; Zor Shammar (16) is in the countryside
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("1270,");
    }

    @Test
    void reportInArabicWritesTheHeadline() {
        CliRun r = CliRun.of("--db", db, "report", "--lang", "ar");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("وثّق مرصد مقتل ما لا يقل عن 3,248 شخصاً، بينهم 1,286 مدنياً و1,962 مقاتلاً");
    }

    @Test
    void exportWritesHxlToAFile() throws Exception {
        Path file = dir.resolve("incidents.csv");
        CliRun r = CliRun.of("--db", db, "export", "incidents", "--format", "hxl", "--out", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(file).get(1)).contains("#affected+killed+children");
        assertThat(Files.readAllLines(file)).hasSize(2 + 5);
    }

    @Test
    void badFilterValuesAreOneLineErrors() {
        CliRun r = CliRun.of("--db", db, "tally", "--by", "colour");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("marsad: unknown tally dimension 'colour'").hasLineCount(1);
        CliRun grade = CliRun.of("--db", db, "tally", "--grade", "certain");
        assertThat(grade.status()).isEqualTo(1);
        assertThat(grade.err()).contains("--grade").contains("confirmed");
    }
}
