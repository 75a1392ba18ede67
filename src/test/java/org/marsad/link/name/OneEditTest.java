package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneEditTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "محمود, محمود, true",   // the same
        "محمود, محمد, true",    // one letter left out
        "سعيد, سعيدد, true",    // one letter doubled
        "خالد, جالد, true",     // one letter replaced, the first too
        "ممحود, محمود, true",   // two neighbours swapped
        "ربعي, ربيع, true",     // two neighbours swapped at the end
        "محمود, حممود, true",
        "محمود, دومحم, false",  // letters moved further
        "محمود, ممدوح, false",  // two letters replaced
        "علي, عمر, false",
        "ab, ba, true",
        "abc, cab, false",
    })
    void findsTheFourKindsOfTypoAndNothingMore(String a, String b, boolean within) {
        assertThat(OneEdit.within(a, b)).isEqualTo(within);
        assertThat(OneEdit.within(b, a)).isEqualTo(within);
    }
}
