package org.marsad.link.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Linkage;
import org.marsad.link.Linker;
import org.marsad.link.PairwiseScore;
import org.marsad.link.VictimRecord;

/**
 * Linking the lists of {@link HarshLists}: given-name slips beside siblings, vowel-less romanization,
 * names of two parts beside four, the article and عبد written apart or not. Prints pairwise scores.
 */
class HarshListsTest {

    /** Set under the score this linker reached at 10k people, seed 1: F1 0.9156 on 2026-12-05 before issue 13's changes, 0.9207 after them;
     * 0.9198 once a rare spelling is a slip only of an established name (NameLexicon.mayBeTypo), which keeps
     * siblings apart on small lists; 0.9247 once a spelling that is no name, one letter from a name, is a
     * slip of it (KnownNames, NameLexicon.slipOf); 0.9257 once a lone record joins the one person it may be
     * (SoleCandidate). */
    static final double FLOOR = 0.925;

    @Test
    void linksHarshListsOfTenThousandPeople() {
        PairwiseScore small = score(2_000, 1);
        PairwiseScore score = score(10_000, 1);
        System.out.printf("harsh generator, 2k people: %s%n", small);
        System.out.printf("harsh generator, 10k people: %s%n", score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void keepsItsPhenomena() {
        List<LabelledVictim> lists = HarshLists.generate(2_000, 4, 7);
        List<String> names = lists.stream().map(v -> v.record().name()).toList();
        // vowel-less machine romanization, and عبد joined to its second part, are there to be linked
        assertThat(names).anyMatch(n -> n.matches(".*\\b[A-Z][bcdfghjklmnpqrstvwxyz]{3,}\\b.*"));
        assertThat(names).anyMatch(n -> n.contains("عبدال"));
        assertThat(names).anyMatch(n -> n.contains("عبد ال"));
        assertThat(HarshLists.generate(2_000, 4, 7)).isEqualTo(lists);
    }

    static PairwiseScore score(int people, long seed) {
        List<LabelledVictim> lists = HarshLists.generate(people, 4, seed);
        List<VictimRecord> records = lists.stream().map(LabelledVictim::record).toList();
        Linkage linkage = Linker.link(records);
        return PairwiseScore.of(lists.stream().map(LabelledVictim::person).toList(),
                IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
    }
}
