package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With ten thousand reports stored, the home page lists the latest by title and stays small; lists page. */
class HomePageScaleTest {
    private static final int REPORTS = 10_000;
    private static TestApp app;

    @BeforeAll
    static void fill() {
        app = new TestApp();
        String body = "وثق المرصد مقتل 12 مدنياً في مدينة الرقة. ".repeat(40);
        app.db.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO report (title, body, sha256, lang, published_on, created_at) "
                    + "VALUES (:title, :body, :sha, 'ar', '2017-06-05', :at)");
            for (int i = 0; i < REPORTS; i++) {
                batch.bind("title", "تقرير رقم " + i).bind("body", body + i).bind("sha", String.format("%064d", i))
                        .bind("at", String.format("2026-01-01T00:00:%02d.%06dZ", i / 1_000_000, i)).add();
            }
            batch.execute();
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void homeStaysUnder200KilobytesAndShowsTitlesNotTexts() {
        HttpResponse<String> home = app.visitor().get("/");
        int bytes = home.body().getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("home page with %,d reports: %,d bytes%n", REPORTS + 3, bytes);
        assertThat(bytes).isLessThan(200 * 1024);
        assertThat(home.body()).contains("تقرير رقم " + (REPORTS - 1), "التقارير: 10,003").doesNotContain("وثق المرصد مقتل");
        assertThat(home.body()).contains("href=\"/reports?page=2\"");
    }

    @Test
    void theReportsListPagesWithPageNumbersInTheReadersDigits() {
        Visitor v = app.visitor();
        String page = v.get("/reports?page=3&digits=arabic_indic").body();
        // 10,003 reports (the demo's three and ten thousand), 20 a page: 501 pages. Mustache escapes '=' in links.
        assertThat(page).contains("الصفحة ٣ من ٥٠١", "href=\"?digits&#61;arabic_indic&amp;page&#61;2\" rel=\"prev\"",
                "href=\"?digits&#61;arabic_indic&amp;page&#61;4\" rel=\"next\"");
        // Newest first: the demo's three, then 9999 down; page 3 holds the 41st to the 60th, 9962 to 9943.
        assertThat(page).contains("تقرير رقم 9962<", "تقرير رقم 9943<").doesNotContain("تقرير رقم 9963<", "تقرير رقم 9942<");
        assertThat(v.get("/reports?page=501").body()).doesNotContain("rel=\"next\"");
    }
}
