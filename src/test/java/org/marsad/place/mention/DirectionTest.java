package org.marsad.place.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every written form of a compass direction is one, in Arabic and English; other words are not. */
class DirectionTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "جنوب, true", "شرقي, true", "الشرقي, true", "الغربيه, true", "شمال, true", "western, true",
        "قرب, false", "حلب, false", "الشرق, true", "جنود, false",
    })
    void readsEveryFormOfADirection(String folded, boolean direction) {
        assertThat(Direction.isDirection(folded)).isEqualTo(direction);
    }
}
