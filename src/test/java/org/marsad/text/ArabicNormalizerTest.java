package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "أطفال, اطفال",          // أ alef with hamza above → ا
        "إصابة, اصابة",          // إ alef with hamza below → ا
        "آلاف, الاف",            // آ alef with madda → ا
        "ٱلقتلى, القتلي",        // ٱ alef wasla → ا, ى alef maqsura → ي
        "الـ, ال",               // tatweel dropped
        "طفلاً, طفلا",           // tanwin dropped
        "قُتِلَ, قتل",            // harakat dropped
        "مواطنة, مواطنة",        // ة ta marbuta kept
        "Civilians, civilians"   // Latin lower-cased
    })
    void foldsLetterVariants(String written, String normalized) {
        assertThat(ArabicNormalizer.normalize(written)).isEqualTo(normalized);
    }
}
