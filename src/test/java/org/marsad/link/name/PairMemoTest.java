package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memo of comparing two parts answers what was put for that pair in that order, or nothing. */
class PairMemoTest {

    private static List<NamePart> parts(int n) {
        List<String> spellings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spellings.add("name" + i);
        }
        NameLexicon lexicon = NameLexicon.ofTokens(List.of(spellings));
        return spellings.stream().map(lexicon::part).toList();
    }

    @Test
    void remembersEachOrderedPairApart() {
        List<NamePart> p = parts(3);
        PairMemo memo = new PairMemo(10);
        assertThat(memo.get(p.get(0), p.get(1))).isEqualTo(-1);
        memo.put(p.get(0), p.get(1), 2);
        memo.put(p.get(1), p.get(0), 3);
        assertThat(memo.get(p.get(0), p.get(1))).isEqualTo(2);
        assertThat(memo.get(p.get(1), p.get(0))).isEqualTo(3);
        assertThat(memo.get(p.get(0), p.get(2))).isEqualTo(-1);
        memo.put(p.get(0), p.get(2), 0);
        assertThat(memo.get(p.get(0), p.get(2))).isZero();
    }

    @Test
    void aFullTableForgetsButNeverAnswersForAnotherPair() {
        List<NamePart> p = parts(40);
        PairMemo memo = new PairMemo(3);
        for (NamePart x : p) {
            for (NamePart y : p) {
                memo.put(x, y, answer(x, y));
            }
        }
        int remembered = 0;
        for (NamePart x : p) {
            for (NamePart y : p) {
                int known = memo.get(x, y);
                assertThat(known).isIn(-1, answer(x, y));
                remembered += known >= 0 ? 1 : 0;
            }
        }
        assertThat(remembered).isPositive().isLessThanOrEqualTo(8);
    }

    @Test
    void answersOutsideTheRangeAndPartsOutsideALexiconAreNotRemembered() {
        List<NamePart> p = parts(2);
        PairMemo memo = new PairMemo(4);
        memo.put(p.get(0), p.get(1), PairMemo.LARGEST + 1);
        assertThat(memo.get(p.get(0), p.get(1))).isEqualTo(-1);
        NamePart bare = NamePart.of("name0");
        memo.put(bare, p.get(1), 1);
        assertThat(memo.get(bare, p.get(1))).isEqualTo(-1);
    }

    private static int answer(NamePart x, NamePart y) {
        return (x.id() * 7 + y.id()) % (PairMemo.LARGEST + 1);
    }
}
