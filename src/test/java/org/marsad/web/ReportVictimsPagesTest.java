package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Group;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.VictimOutcome;

/**
 * The named victims of a report on its review page and in its JSON: shown beside its figures in both
 * languages, confirmed, corrected (kept with who changed what) or rejected by editors, counted inside the
 * figure that counts them.
 */
class ReportVictimsPagesTest {
    /** Stands in for the victim reader: each "Given Family" after "including" or "and" is killed, in figure 1. */
    static List<NamedVictim> named(String text) {
        Matcher m = Pattern.compile("(?:including|and) ([A-Z][a-z]+ [A-Z][a-z]+)").matcher(text);
        List<NamedVictim> victims = new ArrayList<>();
        while (m.find()) {
            victims.add(new NamedVictim(m.group(1), VictimOutcome.KILLED, null, null, Group.CIVILIAN, null, null, null,
                    m.start(1), m.end(1), 0));
        }
        return victims;
    }

    private static final String TEXT = "Shelling killed 3 civilians, including Samer Ali and Huda Hasan.";

    private final TestApp app = new TestApp(ReportPagesTest::civilians, ReportVictimsPagesTest::named);

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theNamedVictimsOfAReportAreShownBesideItsFiguresInArabicAndEnglish() {
        Visitor editor = app.signedIn("reem");
        String report = enter(editor, TEXT);
        String arabic = editor.get(report).body();
        assertThat(arabic).contains("الضحايا المذكورون بالاسم", "<bdi>Samer Ali</bdi>", "<bdi>Huda Hasan</bdi>",
                "بانتظار المراجعة", "href=\"#figure-1\"", "مراجعة الضحايا المذكورين بالاسم",
                "<mark id=\"mark-1\" title=\"#1\">3 civilians</mark>, including <mark class=\"name\" id=\"name-1\">Samer Ali</mark>");
        assertThat(editor.get(report + "?lang=en").body()).contains("Named victims", "to review", "Save the correction");
        String anonymous = app.visitor().get(report + "?lang=en").body();
        assertThat(anonymous).contains("<bdi>Samer Ali</bdi>").doesNotContain("Save the correction", "/victims/");
        assertThat(app.visitor().get(enter(editor, "Shelling killed 4 civilians.") + "?lang=en").body())
                .contains("The report names no victim.");
    }

    @Test
    void confirmingTheNamedInsideAConfirmedFigureCountsTheFigureNotTheFigurePlusTheNamed() {
        Visitor editor = app.signedIn("reem");
        String report = enter(editor, TEXT);
        long before = total(editor);
        String claim = match(editor.get(report).body(), "action=\"/claims/(\\d+)/review\"");
        editor.submit("/claims/" + claim + "/review", Map.of("status", "confirmed", "version", "0"));
        editor.submit("/claims/" + claim + "/attach", Map.of("incident", "new", "grade", "fair", "version", "1"));
        assertThat(total(editor)).isEqualTo(before + 3);

        for (String victim : victims(editor.get(report).body())) {
            HttpResponse<String> r = editor.submit(report + "/victims/" + victim + "/review",
                    Map.of("status", "confirmed", "seen", "extracted"));
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("location").orElseThrow()).endsWith("#victim-" + victim);
        }
        assertThat(total(editor)).as("3 killed, including the two named: 3, not 5").isEqualTo(before + 3);
        assertThat(editor.get(report + "?lang=en").body()).contains("confirmed · <bdi>reem</bdi>");
        String reviewTime = match(editor.get(report + "?lang=ar&digits=arabic_indic").body(), "<time>([^<]+)</time>");
        assertThat(reviewTime).as("the review time in the digits chosen").matches("[\u0660-\u0669]{4}-[\u0660-\u0669]{2}-.*")
                .doesNotContainPattern("[0-9]");
    }

    @Test
    void aCorrectionIsKeptWithWhoMadeItAndARejectedVictimIsNeverCounted() {
        Visitor editor = app.signedIn("reem");
        String report = enter(editor, TEXT);
        List<String> victims = victims(editor.get(report).body());
        long before = total(editor);

        HttpResponse<String> corrected = editor.submit(report + "/victims/" + victims.get(1) + "/correct",
                Map.of("name", "Huda Hasan al-Ahmad", "age", "9", "sex", "F", "outcome", "killed", "seen", "extracted"));
        editor.submit(report + "/victims/" + victims.get(0) + "/review", Map.of("status", "rejected", "seen", "extracted"));

        assertThat(corrected.statusCode()).isEqualTo(303);
        String page = editor.get(report + "?lang=en").body();
        assertThat(page).contains("<bdi>Huda Hasan al-Ahmad</bdi>", "corrected · <bdi>reem</bdi>", "rejected");
        assertThat(page).contains("<option value=\"F\" selected>female</option>");
        assertThat(total(editor)).as("the figure is a reported one; the corrected victim counts, the rejected not")
                .isEqualTo(before + 1);
        String audit = app.db.jdbi().withHandle(h -> h.createQuery("SELECT actor || ' ' || before_json || ' ' || "
                + "after_json FROM audit_entry WHERE action = 'victim.correct'").mapTo(String.class).one());
        assertThat(audit).startsWith("reem ").contains("\"name\":\"Huda Hasan\"", "\"age\":null",
                "\"name\":\"Huda Hasan al-Ahmad\"", "\"age\":9", "\"status\":\"edited\"");
    }

    @Test
    void onlyEditorsWithTheFormTokenDecideAndAStaleDecisionIsAConflict() {
        Visitor editor = app.signedIn("reem");
        String report = enter(editor, TEXT);
        String victim = victims(editor.get(report).body()).get(0);
        String path = report + "/victims/" + victim + "/review";

        assertThat(app.signedIn("sami").submit(path, Map.of("status", "confirmed")).statusCode()).isEqualTo(403);
        assertThat(editor.postForm(path, Map.of("status", "confirmed")).statusCode()).as("no form token").isEqualTo(403);
        assertThat(editor.submit(path, Map.of("status", "rejected", "seen", "extracted")).statusCode()).isEqualTo(303);
        HttpResponse<String> stale = app.signedIn("amal").submit(path, Map.of("status", "confirmed", "seen", "extracted"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(editor.submit(report + "/victims/" + victim + "/correct", Map.of("name", " ", "outcome", "killed"))
                .statusCode()).isEqualTo(400);
        assertThat(editor.submit("/reports/1/victims/" + victim + "/review", Map.of("status", "confirmed")).statusCode())
                .as("a victim is reached through its own report").isEqualTo(404);
    }

    @Test
    void theReportsJsonListsItsVictimsAndAPatchDecidesOne() {
        Visitor editor = app.signedIn("reem");
        String report = enter(editor, TEXT);
        JsonNode victims = Visitor.json(app.visitor().get("/api/v1" + report)).path("victims");
        assertThat(victims).hasSize(2);
        JsonNode samer = victims.get(0);
        assertThat(samer.path("name").asText()).isEqualTo("Samer Ali");
        assertThat(samer.path("outcome").asText()).isEqualTo("killed");
        assertThat(samer.path("review_status").asText()).isEqualTo("extracted");
        assertThat(samer.path("claim").asInt()).isZero();
        assertThat(TEXT.substring(samer.path("span").get(0).asInt(), samer.path("span").get(1).asInt())).isEqualTo("Samer Ali");
        String path = "/api/v1" + report + "/victims/" + samer.path("id").asLong();

        HttpResponse<String> confirmed = editor.sendJson("PATCH", path, "{\"status\":\"confirmed\",\"seen\":\"extracted\"}", true);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(confirmed).path("review_status").asText()).isEqualTo("confirmed");
        assertThat(Visitor.json(confirmed).path("reviewed_by").asText()).isEqualTo("reem");
        HttpResponse<String> corrected = editor.sendJson("PATCH", path,
                "{\"name\":\"Samer Khaled Ali\",\"age\":12,\"sex\":\"M\",\"outcome\":\"killed\"}", true);
        assertThat(Visitor.json(corrected).path("age").asInt()).isEqualTo(12);
        assertThat(Visitor.json(corrected).path("review_status").asText()).isEqualTo("edited");
        assertThat(editor.sendJson("PATCH", path, "{\"status\":\"confirmed\",\"name\":\"x\"}", true).statusCode())
                .isEqualTo(400);
        assertThat(editor.sendJson("PATCH", path, "{\"status\":\"rejected\",\"seen\":\"extracted\"}", true).statusCode())
                .isEqualTo(409);
        assertThat(editor.sendJson("PATCH", path, "{\"status\":\"rejected\"}", false).statusCode()).isEqualTo(403);
    }

    private static String enter(Visitor editor, String text) {
        return editor.submit("/reports", Map.of("lang", "en", "text", text)).headers().firstValue("location").orElseThrow();
    }

    private static List<String> victims(String page) {
        Matcher m = Pattern.compile("/victims/(\\d+)/review\"").matcher(page);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String match(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static long total(Visitor v) {
        return Long.parseLong(match(v.get("/").body(), "<bdi id=\"total-killed\">([^<]*)</bdi>").replace(",", ""));
    }
}
