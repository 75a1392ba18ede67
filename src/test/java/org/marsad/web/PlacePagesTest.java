package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The places page over real HTTP, open to visitors, in both languages. */
class PlacePagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String q(String mention) {
        return "/places?q=" + URLEncoder.encode(mention, StandardCharsets.UTF_8);
    }

    @Test
    void aVillageAsTheArabicPressWritesItIsFoundWithItsCodeOnAnArabicPage() {
        HttpResponse<String> page = app.visitor().get(q("بكفرنبل في ريف إدلب الجنوبي") + "&lang=ar");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"").contains("C4068").contains("كفر نبل").contains("إدلب")
                .contains("التجمع").doesNotContain("community (town");
    }

    @Test
    void aSharedNameIsListedWithEveryPlaceAndSaidAmbiguousInEnglish() {
        HttpResponse<String> page = app.visitor().get(q("Tal Baydar") + "&lang=en");
        assertThat(page.body()).contains("C4371").contains("C5001").contains("ambiguous");
        HttpResponse<String> arabic = app.visitor().get(q("Tal Baydar") + "&lang=ar");
        assertThat(arabic.body()).contains("ملتبس").doesNotContain("ambiguous");
    }

    @Test
    void theResolversNoteIsInThePagesLanguage() {
        HttpResponse<String> arabic = app.visitor().get(q("ريف دير الزور الشرقي") + "&lang=ar");
        assertThat(arabic.body()).contains("SY09").contains("الريف الشرقي").doesNotContain("eastern countryside");
        HttpResponse<String> english = app.visitor().get(q("ريف دير الزور الشرقي") + "&lang=en");
        assertThat(english.body()).contains("SY09").contains("eastern countryside").doesNotContain("الريف الشرقي");
        HttpResponse<String> unlisted = app.visitor().get(q("قرية زور شمر بريف الرقة الشرقي") + "&lang=ar");
        assertThat(unlisted.body()).contains("غير مدرج في الدليل").contains("زور شمر").doesNotContain("unlisted");
    }

    @Test
    void aPlaceAbroadIsNoSyrianPlace() {
        HttpResponse<String> page = app.visitor().get(q("Khan Younis") + "&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-place\"").doesNotContain("<table id=\"places\"");
    }
}
