package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void keepsWhatWasPutUntilTwoGenerationsHavePassed() {
        Memo<String, Integer> memo = new Memo<>(3);
        memo.put("a", 1);
        memo.put("b", 2);
        memo.put("c", 3); // the young generation is full: it turns old
        memo.put("d", 4);
        assertThat(memo.get("a")).isEqualTo(1);
        memo.put("e", 5);
        memo.put("f", 6); // a, d, e turn old; b and c are dropped
        assertThat(memo.get("b")).isNull();
        assertThat(memo.get("c")).isNull();
        assertThat(memo.get("a")).isEqualTo(1);
        assertThat(memo.get("d")).isEqualTo(4);
    }

    @Test
    void neverHoldsMoreThanTwoGenerations() {
        Memo<Integer, Integer> memo = new Memo<>(100);
        for (int i = 0; i < 10_000; i++) {
            memo.put(i, i);
            assertThat(memo.size()).isLessThanOrEqualTo(200);
        }
        assertThat(memo.get(9_999)).isEqualTo(9_999);
        assertThat(memo.get(0)).isNull();
    }

    @Test
    void refusesAMemoOfNothing() {
        assertThatThrownBy(() -> new Memo<>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A remembered answer is the answer: over the bench's mentions (press shapes of every community, places
     * abroad, common words), a resolver that remembers gives, the first time and again, what one that
     * resolves every mention anew gives.
     */
    @Test
    void aResolverThatRemembersAnswersAsOneThatDoesNot() {
        Gazetteer gazetteer = Gazetteer.load();
        List<BenchMentions.Mention> mentions = BenchMentions.of(gazetteer, 12_000);
        PlaceResolver remembering = new PlaceResolver(gazetteer, true);
        PlaceResolver fresh = new PlaceResolver(gazetteer, false);
        int mismatches = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (BenchMentions.Mention mention : mentions) {
                mismatches += remembering.resolve(mention.text()).equals(fresh.resolve(mention.text())) ? 0 : 1;
            }
        }
        assertThat(mismatches).isZero();
        long distinct = mentions.stream().map(BenchMentions.Mention::text).distinct().count();
        assertThat(remembering.resolvedAnew()).isEqualTo(distinct);
        assertThat(fresh.resolvedAnew()).isEqualTo(2L * mentions.size());
    }
}
