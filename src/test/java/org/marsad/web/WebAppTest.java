package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.demo.DemoData;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;

/** The web app over real HTTP, on a real SQLite file with the demo data. */
class WebAppTest {
    private Database db;
    private Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        db = TestDatabases.fresh(Dialect.SQLITE);
        DemoData.load(db);
        app = new WebApp(db, WebApp.Settings.of(FieldCipher.random())).create().start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        db.close();
    }

    @Test
    void homeIsArabicRightToLeftByDefaultAndShowsTheDemoFigures() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "مرصد", "مدنيون", "أطفال", "ما لا يقل عن");
        // The nouns agree with their counts: 3,248 قتيلاً (accusative singular after 11–99), 306 أطفال (plural after 3–10).
        assertThat(page.body()).contains("<bdi id=\"total-killed\">3,248</bdi> قتيلاً", "<bdi>1,286</bdi> مدنياً",
                "<bdi>306</bdi> أطفال", "<bdi>1,962</bdi> مقاتلاً").doesNotContain("3248");
        assertThat(page.body()).contains("التقارير: 3، الأرقام: 17");
    }

    @Test
    void englishIsOneSwitchAwayAndGroupsThousands() throws Exception {
        HttpResponse<String> page = get("/?lang=en");
        assertThat(page.body()).contains("<html lang=\"en\" dir=\"ltr\">", "civilians", "children", "at least",
                "<bdi id=\"total-killed\">3,248</bdi> people killed", "<bdi>1,286</bdi> civilians", "3 reports, 17 figures",
                "href=\"?lang=ar\"");
        assertThat(get("/").body()).contains("href=\"?lang=en\"");
    }

    @Test
    void arabicReportsKeepRightToLeftInsideTheEnglishPage() throws Exception {
        String page = get("/?lang=en").body();
        assertThat(page).containsPattern("<li class=\"report\" id=\"report-\\d+\"><a href=\"/reports/\\d+\" lang=\"ar\" dir=\"rtl\"");
        assertThat(page).containsPattern("<li class=\"report\" id=\"report-\\d+\"><a href=\"/reports/\\d+\" lang=\"en\" dir=\"ltr\"");
    }

    @Test
    void arabicPagesWriteNumbersInArabicIndicDigitsOnRequestAndRememberIt() throws Exception {
        HttpResponse<String> page = get("/?digits=arabic_indic");
        assertThat(page.body()).contains("<bdi id=\"total-killed\">٣٬٢٤٨</bdi>", "التقارير: ٣، الأرقام: ١٧")
                .doesNotContain("3,248");
        String cookie = page.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(next.body()).contains("<bdi id=\"total-killed\">٣٬٢٤٨</bdi>", "id=\"digits-switch\" href=\"?digits=western\"");
        assertThat(get("/?lang=en&digits=arabic_indic").body()).contains("<bdi id=\"total-killed\">3,248</bdi>");
    }

    @Test
    void healthAnswersOkWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"", "\"database\":\"sqlite\"");
    }

    @Test
    void textFromReportsIsEscapedNotExecuted() throws Exception {
        long id = new Reports(db).store(Report.of(null, "<script>alert('x')</script>", "قتل <b>3</b> مدنيين", "ar", null),
                List.of()).report().id();
        assertThat(get("/").body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        String page = get("/reports/" + id).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;3&lt;/b&gt;")
                .doesNotContain("<script>alert", "<b>3</b>");
    }

    @Test
    void pagesLoadNothingFromElsewhere() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(
                v -> assertThat(v).contains("default-src 'self'"));
        assertThat(page.body()).doesNotContain("http://", "https://");
        assertThat(get("/static/marsad.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
