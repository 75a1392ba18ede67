package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Database;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** A new observatory's first lists, imported and linked one by one, and a person's verdicts on the command line. */
class LinkCommandsTest {

    @TempDir
    Path dir;

    /**
     * Issue 13 as a user met it: two lists of nine records linked into five persons; a third list of four
     * records made {@code link} say "13 records, 13 persons". The earlier links must stay, and the Latin
     * record of a person already there must join them.
     */
    @Test
    void aThirdSmallListKeepsTheLinksOfTheFirstTwo() throws Exception {
        String db = dir.resolve("m.db").toString();
        importList(db, "list A", """
                id,name,sex,age,date,place
                a1,محمود علي حسونة,M,38,2023-12-06,رفح
                a2,ريم علي حسونة,F,5,2023-12-06,رفح
                a3,أسماء هاني البردويل,F,6,2024-01-18,
                a4,ثائر هاني البردويل,M,9,2024-01-18,
                a5,خديجة باسل الأسطل,F,13,2024-03-18,الشجاعية
                """);
        importList(db, "list B", """
                id,name,sex,age,date,place
                b1,Mahmoud Ali Hassouna,M,38,2023-12-06,Rafah
                b2,Reem Ali Hassouna,F,5,2023-12-06,Rafah
                b3,Asmaa Hani al-Bardawil,F,6,2024-01-18,
                b4,Khadija Basel El-Astal,F,13,2024-03-18,Shejaiya
                """);
        assertThat(link(db)).startsWith("9 records, 5 persons");
        importList(db, "list C", """
                id,name,sex,age,date,place,status
                c1,Thaer Hani al-Bardawil,M,9,2024-01-18,,civilian
                c2,Miriam Awmed Astal,,5,2024-04-22,,civilian
                c3,Ahmad Ali Hassouna,M,17,2023-12-06,Rafah,
                c4,Mayar al-Batsh,F,47,2024-02-05,,civilian
                """);
        assertThat(link(db)).startsWith("13 records, 8 persons");
        Map<String, Long> person = persons(db);
        assertThat(person.get("a1")).isEqualTo(person.get("b1")).isNotEqualTo(person.get("c3"));
        assertThat(person.get("a2")).isEqualTo(person.get("b2"));
        assertThat(person.get("a3")).isEqualTo(person.get("b3"));
        assertThat(person.get("a4")).isEqualTo(person.get("c1"));
        assertThat(person.get("a5")).isEqualTo(person.get("b4"));
    }

    @Test
    void aVerdictOnAnyTwoRecordsIsObeyedByTheNextLink() throws Exception {
        String db = dir.resolve("m.db").toString();
        importList(db, "list A", "id,name,sex,age,date\n1,محمد أحمد الحسن,M,34,2017-08-20\n2,فاطمة علي,F,9,2017-08-20\n");
        importList(db, "list B", "id,name,sex,age,date\n1,Mohammad Ahmad al-Hasan,M,34,2017-08-20\n");
        assertThat(link(db)).startsWith("3 records, 2 persons");
        Map<String, Long> ids = ids(db);
        long arabic = ids.get("list A/1");
        long latin = ids.get("list B/1");
        CliRun verdict = CliRun.of("--db", db, "link", "verdict", Long.toString(latin), Long.toString(arabic), "different",
                "--note", "two men: the ages in the sources' own files differ");
        assertThat(verdict.status()).isZero();
        assertThat(verdict.out()).contains("different persons").contains("did not propose");
        assertThat(link(db)).startsWith("3 records, 3 persons").contains("1 verdicts obeyed");
        assertThat(link(db)).startsWith("3 records, 3 persons");

        CliRun unknownWord = CliRun.of("--db", db, "link", "verdict", Long.toString(latin), Long.toString(arabic), "maybe");
        assertThat(unknownWord.status()).isEqualTo(1);
        assertThat(unknownWord.err()).contains("'same' or 'different'").hasLineCount(1);
        CliRun unknownRecord = CliRun.of("--db", db, "link", "verdict", "424242", Long.toString(arabic), "same");
        assertThat(unknownRecord.status()).isEqualTo(1);
        assertThat(unknownRecord.err()).contains("no victim record 424242");
        assertThat(CliRun.of("link", "--help").out()).contains("verdict");
        assertThat(CliRun.of("link", "verdict", "--help").out()).contains("same|different").contains("--note");
    }

    private void importList(String db, String source, String csv) throws Exception {
        Path file = Files.writeString(dir.resolve(source.replace(' ', '-') + ".csv"), csv);
        CliRun imported = CliRun.of("--db", db, "import", "victims", file.toString(), "--source", source);
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    private static String link(String db) {
        CliRun run = CliRun.of("--db", db, "link");
        assertThat(run.status()).as(run.err()).isZero();
        return run.out();
    }

    /** Each record's person, by its key in its list (a1, b1, …). */
    private static Map<String, Long> persons(String db) {
        try (Database d = Database.open(db)) {
            return new Victims(d).all().stream().collect(Collectors.toMap(Victim::recordKey, Victim::personId));
        }
    }

    /** Each record's id, by "source/key". */
    private static Map<String, Long> ids(String db) {
        try (Database d = Database.open(db)) {
            Map<Long, String> sources = new org.marsad.store.source.Sources(d).names();
            return new Victims(d).all().stream()
                    .collect(Collectors.toMap(v -> sources.get(v.sourceId()) + "/" + v.recordKey(), Victim::id));
        }
    }
}
