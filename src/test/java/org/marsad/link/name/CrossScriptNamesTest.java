package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name is found in either script by its words' consonant skeletons. */
class CrossScriptNamesTest {
    @ParameterizedTest
    @CsvSource({
            "Khaled, خالد أحمد العلي, true",
            "Khalid, خالد أحمد العلي, true",
            "خالد, Khaled Ahmad al-Ali, true",
            "Mohammad, محمد سامر, true",
            "محمود, Mahmoud Hasan, true",
            "Khaled Ahmad, خالد أحمد العلي, true",
            "Khaled, فاطمة حسن, false",
            "Mahmoud, محمد سامر, false",
            "Khaled Samer, خالد أحمد العلي, false"})
    void findsANameInEitherScript(String query, String name, boolean found) {
        assertThat(CrossScriptNames.matches(CrossScriptNames.of(query), name)).isEqualTo(found);
    }
}
