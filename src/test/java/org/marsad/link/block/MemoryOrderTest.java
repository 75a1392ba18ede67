package org.marsad.link.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.Decisions;
import org.marsad.link.Linkage;
import org.marsad.link.Linker;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.score.RecordProfile;

class MemoryOrderTest {

    private static final List<VictimRecord> RECORDS = List.of(
            record("0", "زينب علي الحسن"), record("1", "Ahmad Khalil al-Hasan"), record("2", "محمد خالد"),
            record("3", "أحمد خليل الحسن"), record("4", "Zainab Ali Hasan"));

    @Test
    void keepsRecordsOfOneNameSideBySideWhateverTheirScript() {
        MemoryOrder order = orderOf(RECORDS);
        assertThat(Math.abs(order.toMemory(1) - order.toMemory(3))).isEqualTo(1);
        assertThat(Math.abs(order.toMemory(0) - order.toMemory(4))).isEqualTo(1);
        IntStream.range(0, RECORDS.size()).forEach(i -> assertThat(order.toInput(order.toMemory(i))).isEqualTo(i));
    }

    @Test
    void namesEachPersonByItsFirstRecordInTheInput() {
        MemoryOrder order = orderOf(RECORDS);
        // in memory: the Ahmads are one person, the Zainabs another, named by some memory place of theirs
        int[] inMemory = new int[RECORDS.size()];
        for (int k = 0; k < inMemory.length; k++) {
            int input = order.toInput(k);
            inMemory[k] = input == 1 || input == 3 ? order.toMemory(3) : input == 0 || input == 4 ? order.toMemory(4) : k;
        }
        assertThat(order.personsInInput(inMemory)).containsExactly(0, 1, 2, 1, 0);
    }

    @Test
    void linkingAnswersByInputIndex() {
        // people's decisions are by input index too
        Linkage linkage = Linker.link(RECORDS, Decisions.none().confirmSame(3, 1).confirmDifferent(0, 4));
        assertThat(linkage.samePerson(1, 3)).isTrue();
        assertThat(linkage.samePerson(0, 4)).isFalse();
        assertThat(linkage.personOf(3)).isEqualTo("1");
        assertThat(linkage.isCandidate(1, 3)).isTrue();
    }

    private static MemoryOrder orderOf(List<VictimRecord> records) {
        NameLexicon lexicon = NameLexicon.of(records);
        return MemoryOrder.of(records.stream().map(r -> RecordProfile.of(r, lexicon)).toList());
    }

    private static VictimRecord record(String id, String name) {
        return new VictimRecord(id, name, "list-" + id, null, 30, java.time.LocalDate.of(2017, 6, 5), null, null);
    }
}
