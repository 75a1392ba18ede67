package org.marsad.link.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.Linkage;
import org.marsad.link.Linker;
import org.marsad.link.PairwiseScore;
import org.marsad.link.VictimRecord;
import org.marsad.link.blind.BlindLists.Listed;

/**
 * Lists written blind ({@link BlindLists}: real name parts, issue 13's phenomena, a generator that never
 * saw the linker) are linked with a floor, and the generator makes what its doc says it makes.
 */
class BlindListsTest {

    /**
     * Set at what linking reached with Abw read as أبو (branch link25, seed 1: F1 0.9712; main 7933316 0.9580),
     * rounded down.
     */
    static final double FLOOR = 0.97;

    @Test
    void linksBlindListsOfTwoThousandPeopleAboveTheFloor() throws Exception {
        assumeTrue(BlindLists.present(), "../shared/data is not here");
        List<Listed> lists = BlindLists.generate(2_000, 1);
        List<VictimRecord> records = lists.stream().map(Listed::record).toList();
        Linkage linkage = Linker.link(records);
        PairwiseScore score = PairwiseScore.of(lists.stream().map(l -> l.person().id()).toList(),
                IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
        System.out.printf("blind lists, 2k people, %d records: %s%n", records.size(), score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void writesAboutOnePointNineRecordsAPersonOnFourListsOneOfThemLatin() throws Exception {
        assumeTrue(BlindLists.present(), "../shared/data is not here");
        List<Listed> lists = BlindLists.generate(2_000, 7);
        assertThat(lists.size() / 2_000.0).isBetween(1.85, 2.02);
        assertThat(lists.stream().map(l -> l.record().source()).distinct()).hasSize(4);
        assertThat(lists.stream().filter(Listed::latin).map(l -> l.record().source()).distinct()).hasSize(1);
        assertThat(lists.stream().filter(Listed::latin).map(l -> l.record().name())
                .allMatch(n -> n.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF))).isTrue();
        long latin = lists.stream().filter(Listed::latin).count();
        long byLetter = lists.stream().filter(l -> l.phenomena().contains(Phenomenon.LATIN_LETTER_BY_LETTER)).count();
        assertThat((double) byLetter / latin).isBetween(0.4, 0.6);
    }

    @Test
    void drawsNamesakesAndHouseholdsAsARealPopulationHasThem() throws Exception {
        assumeTrue(BlindLists.present(), "../shared/data is not here");
        List<Households.Person> dead = Households.draw(RealNameParts.read(), 2_000, new SplittableRandom(3));
        Map<String, Set<String>> byGivenAndFamily = new HashMap<>();
        Map<String, Integer> householdSizes = new HashMap<>();
        for (Households.Person p : dead) {
            byGivenAndFamily.computeIfAbsent(p.given() + "|" + p.family(), k -> new HashSet<>()).add(p.id());
            householdSizes.merge(p.household(), 1, Integer::sum);
        }
        long namesakes = byGivenAndFamily.values().stream().filter(s -> s.size() > 1).count();
        assertThat(namesakes).as("given + family names borne by two dead or more").isGreaterThan(10);
        assertThat(householdSizes.values().stream().filter(n -> n >= 3).count()).isGreaterThan(50);
        Map<String, List<Households.Person>> households = new HashMap<>();
        dead.forEach(p -> households.computeIfAbsent(p.household(), k -> new ArrayList<>()).add(p));
        assertThat(households.values())
                .allSatisfy(h -> assertThat(h.stream().map(Households.Person::date).distinct()).hasSize(1));
    }

    @Test
    void marksEachPhenomenonOnlyWhereItChangedTheRecord() throws Exception {
        assumeTrue(BlindLists.present(), "../shared/data is not here");
        List<Listed> lists = BlindLists.generate(2_000, 11);
        for (Listed l : lists) {
            Households.Person p = l.person();
            if (!l.latin() && l.phenomena().isEmpty()) {
                assertThat(l.record().name()).isIn(
                        String.join(" ", p.given(), p.father(), p.grandfather(), p.family()),
                        String.join(" ", p.given(), p.father(), p.family()));
            }
            if (l.phenomena().contains(Phenomenon.AGE_OFF)) {
                assertThat(Math.abs(l.record().age() - p.age())).isBetween(1, 2);
            }
            if (l.phenomena().contains(Phenomenon.DATE_OFF)) {
                assertThat(Math.abs(l.record().date().toEpochDay() - p.date().toEpochDay())).isBetween(1L, 3L);
            }
        }
        for (Phenomenon each : Phenomenon.values()) {
            assertThat(lists.stream().filter(l -> l.phenomena().contains(each)).count()).as(each.name()).isPositive();
        }
    }
}
