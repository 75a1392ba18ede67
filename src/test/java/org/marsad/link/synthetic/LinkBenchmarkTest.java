package org.marsad.link.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Sex;
import org.marsad.link.VictimRecord;

/** Lists made elsewhere, with their truth, are measured as generated ones are ({@code bench link --in}). */
class LinkBenchmarkTest {

    @Test
    void measuresLabelledListsMadeElsewhereAgainstTheirTruth() {
        LocalDate day = LocalDate.of(2023, 10, 17);
        List<LabelledVictim> lists = List.of(
                victim("a1", "سامر خالد محمود العلي", "ministry", 9, day, "p1"),
                victim("b1", "Samer Khaled Al-Ali", "english", 9, day, "p1"),
                victim("a2", "رهف ياسر عبد الله النجار", "ministry", 30, day.plusDays(40), "p2"),
                victim("b2", "رهف ياسر النجار", "families", 30, day.plusDays(40), "p2"),
                victim("a3", "يوسف عمر الحلو", "ministry", 55, day.plusDays(90), "p3"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new LinkBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run("held-out.csv", lists, true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("held-out.csv: 3 people, 5 records, ")
                .contains("blocking recall 1.0000").contains("F1 1.0000 (2 true pairs, 2 linked, 2 right)")
                .contains("missed true pairs");
    }

    private static LabelledVictim victim(String id, String name, String list, int age, LocalDate day, String person) {
        Sex sex = person.equals("p2") ? Sex.FEMALE : Sex.MALE;
        return new LabelledVictim(new VictimRecord(id, name, list, sex, age, day, null, null), person);
    }
}
