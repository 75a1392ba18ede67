package org.marsad.store.victim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicFoldTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "أحمد, احمد",          // hamza above alif
            "إبراهيم, ابراهيم",     // hamza below alif
            "آمنة, امنه",          // madda alif, taa marbuta
            "ٱلرقة, الرقه",         // wasla alif
            "مصطفى, مصطفي",        // alif maqsura
            "مُحَمَّد, محمد",          // damma, fatha, shadda
            "محـــمد, محمد",        // tatweel
            "هٰذا, هذا",           // superscript alif
            "عائشة, عايشه",        // yaa with hamza
            "ضياء, ضيا",           // hamza on the line
            "'  Al-Khatib  ', al-khatib",
    })
    void foldsTheSpellingsWritersInterchange(String written, String folded) {
        assertThat(ArabicFold.fold(written)).isEqualTo(folded);
    }
}
