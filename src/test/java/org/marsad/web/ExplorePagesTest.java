package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** Exploring: the tally's chart and map, names found in either script, error pages in the reader's language. */
class ExplorePagesTest {
    private final TestApp app = new TestApp();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void searchingKhaledFindsTheRecordsWrittenخالدAndKhaled() {
        long source = new Sources(app.db).named("list", "list").id();
        new Victims(app.db).addAll(List.of(
                new Victim(null, source, "1", "خالد أحمد العلي", null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null),
                new Victim(null, source, "2", "Khaled Ahmad al-Ali", null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null),
                new Victim(null, source, "3", "فاطمة حسن", null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null)));
        Visitor analyst = app.signedIn("sami");
        String page = analyst.get("/victims?q=Khaled").body();
        assertThat(page).contains("خالد أحمد العلي", "Khaled Ahmad al-Ali").doesNotContain("فاطمة حسن");
        String arabic = analyst.get("/victims?q=%D8%AE%D8%A7%D9%84%D8%AF").body();
        assertThat(arabic).contains("خالد أحمد العلي", "Khaled Ahmad al-Ali");
        assertThat(Visitor.json(analyst.get("/api/v1/victims?name=Khaled")).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void theTallyPageDrawsItsChartAndMapWithPlaceNamesNotCodes() {
        String byGovernorate = app.visitor().get("/tallies?by=governorate").body();
        assertThat(byGovernorate).contains("id=\"tally-chart\"", "id=\"tally-map\"", "<svg", "<td>الرقة</td>")
                .doesNotContain("<td>SY11</td>");
        String byMonth = app.visitor().get("/tallies?by=month,group&lang=en").body();
        assertThat(byMonth).contains("id=\"tally-chart\"", "Deaths by month").doesNotContain("id=\"tally-map\"");
        assertThat(app.visitor().get("/tallies?by=cause&lang=ar").body()).contains("id=\"tally-chart\"", "غارات جوية");
        assertThat(app.visitor().get("/tallies").body()).doesNotContain("id=\"tally-chart\"");
    }

    @Test
    void errorPagesAreArabicAndRightToLeft() {
        HttpResponse<String> missing = app.visitor().get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "غير موجود", "رمز الحالة 404");
        HttpResponse<String> bad = app.visitor().get("/reports?page=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("dir=\"rtl\"", "رقم الصفحة 1 أو أكثر").doesNotContain("page must be");
        assertThat(app.visitor().get("/reports?page=0&lang=en").body()).contains("The page must be 1 or more");
    }
}
