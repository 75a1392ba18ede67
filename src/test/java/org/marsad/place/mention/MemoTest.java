package org.marsad.place.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
