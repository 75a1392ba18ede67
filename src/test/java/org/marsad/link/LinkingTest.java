package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.synthetic.LinkBenchmark;
import org.marsad.link.synthetic.SyntheticLists;

/** Linking on generated lists (truth beside them), and people's decisions obeyed. */
class LinkingTest {

    @Test
    void linksGeneratedListsOfTenThousandPeople() {
        List<LabelledVictim> lists = SyntheticLists.generate(10_000, 4, 2017);
        List<VictimRecord> records = lists.stream().map(LabelledVictim::record).toList();
        Linkage linkage = Linker.link(records);
        List<String> predicted = IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList();
        PairwiseScore score = PairwiseScore.of(lists.stream().map(LabelledVictim::person).toList(), predicted);
        double blockingRecall = LinkBenchmark.blockingRecall(lists, linkage);
        System.out.printf("generated 10k people, %d records: %s; blocking recall %.4f%n", records.size(), score,
                blockingRecall);
        assertThat(blockingRecall).isGreaterThanOrEqualTo(0.99);
        // the floor is just under the score last reached (F1 0.97002 at threshold 0.55, one pair above 0.97;
        // see Linker.MATCH); quality may rise, never slide
        assertThat(score.f1()).isGreaterThanOrEqualTo(FLOOR_GENERATED);
    }

    /** Set under the score this linker reached on 2026-12-03 (0.97002), by a thousandth. */
    static final double FLOOR_GENERATED = 0.969;

    /**
     * EM must not drift to another mixture as lists grow: before weights were held monotone it learned
     * "written in two scripts" for "one person" at 212,000 records (F1 0.03). At 106,000 records the
     * model must stay sound.
     */
    @Test
    void staysSoundWhenListsGrow() {
        List<LabelledVictim> lists = SyntheticLists.generate(50_000, 4, 2017);
        List<VictimRecord> records = lists.stream().map(LabelledVictim::record).toList();
        Linkage linkage = Linker.link(records);
        PairwiseScore score = PairwiseScore.of(lists.stream().map(LabelledVictim::person).toList(),
                IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
        System.out.printf("generated 50k people, %d records: %s%n", records.size(), score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void peoplesDecisionsOverrideTheModel() {
        LocalDate day = LocalDate.of(2017, 8, 20);
        List<VictimRecord> records = new ArrayList<>(List.of(
                record("1", "محمد أحمد الحسن", Sex.MALE, 34, day, "list-1"),
                record("2", "محمد احمد حسن", Sex.MALE, 34, day, "list-2"),
                record("3", "Mohammad Ahmad al-Hasan", Sex.MALE, 35, day.plusDays(1), "list-3")));
        Linkage model = Linker.link(records);
        assertThat(model.samePerson(0, 1)).isTrue();

        Linkage decided = Linker.link(records, Decisions.none().confirmDifferent(0, 1));
        assertThat(decided.samePerson(0, 1)).isFalse();

        Linkage joined = Linker.link(records, Decisions.none().confirmSame(0, 2).confirmSame(1, 2));
        assertThat(joined.samePerson(0, 2)).isTrue();
        assertThat(joined.samePerson(1, 2)).isTrue();
    }

    private static VictimRecord record(String id, String name, Sex sex, int age, LocalDate date, String source) {
        return new VictimRecord(id, name, source, sex, age, date, "الرقة", Status.CIVILIAN);
    }
}
