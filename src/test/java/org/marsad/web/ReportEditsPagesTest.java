package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;

/**
 * A report deleted (hidden and kept, its figures out of the tally) and read again by a newer extractor
 * (what a person confirmed stays, the rest is replaced), from its page and from the API, each with the
 * version read, so a page left open while someone else changed the report is refused.
 */
class ReportEditsPagesTest {
    private static final String TEXT = "Shelling killed 12 civilians and 3 children in the old city. Later 5 civilians died.";

    /** The extractor of the moment: first it knows civilians only, then children too, as a newer version would. */
    private final AtomicReference<Pattern> reading = new AtomicReference<>(Pattern.compile("(\\d+) (civilians)"));
    private final TestApp app = new TestApp(this::figures);

    private List<Claim> figures(String text) {
        Matcher m = reading.get().matcher(text);
        List<Claim> claims = new ArrayList<>();
        while (m.find()) {
            claims.add(new Claim(Outcome.KILLED, Long.parseLong(m.group(1)), Qualifier.EXACT,
                    m.group(2).equals("children") ? Group.CHILD : Group.CIVILIAN, null, null, "shelling", null, null, null,
                    new Span(m.start(), m.end())));
        }
        return claims;
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void readingAgainKeepsWhatAPersonConfirmedReplacesTheRestAndRefusesAStalePage() {
        Visitor editor = app.signedIn("reem");
        long before = total(editor);
        String report = editor.submit("/reports", Map.of("lang", "en", "text", TEXT)).headers().firstValue("location").orElseThrow();
        JsonNode twelve = claims(editor, report).get(0);
        assertThat(twelve.path("claim").path("count").asLong()).isEqualTo(12);
        editor.sendJson("PATCH", "/api/v1/claims/" + twelve.path("id").asLong(), "{\"status\": \"confirmed\", "
                + "\"incident_id\": \"new\", \"grade\": \"fair\", \"version\": 0}", true);
        assertThat(total(editor)).isEqualTo(before + 12);

        reading.set(Pattern.compile("(\\d+) (civilians|children)"));
        HttpResponse<String> reread = editor.submit(report + "/reextract", Map.of("version", "0"));
        assertThat(reread.statusCode()).isEqualTo(303);
        String page = editor.get(reread.headers().firstValue("location").orElseThrow() + "&lang=en").body();
        assertThat(page).contains("Read again: 1 figures kept, 1 removed, 2 added.");
        JsonNode after = claims(editor, report);
        assertThat(after).extracting(c -> c.path("claim").path("count").asLong()).containsExactly(12L, 3L, 5L);
        assertThat(after.get(0).path("id").asLong()).as("the confirmed figure is the same row").isEqualTo(twelve.path("id").asLong());
        assertThat(after.get(0).path("status").asText()).isEqualTo("confirmed");
        assertThat(after.get(1).path("status").asText()).isEqualTo("extracted");
        assertThat(total(editor)).as("reading again changes no count").isEqualTo(before + 12);

        editor.get("/?lang=ar");
        HttpResponse<String> stale = editor.submit(report + "/reextract", Map.of("version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("dir=\"rtl\"", "التقرير رقم");
        JsonNode staleApi = Visitor.json(editor.sendJson("POST", "/api/v1" + report + "/reextract", "{\"version\": 0}", true));
        assertThat(staleApi.path("error").path("entity").asText()).isEqualTo("report");
        assertThat(staleApi.path("error").path("current_version").asInt()).isEqualTo(1);
        assertThat(audited("report.reextract")).isEqualTo(1);
    }

    @Test
    void aDeletedReportLeavesTheTallyAndTheListsAndAdminsStillSeeIt() {
        Visitor editor = app.signedIn("reem");
        long before = total(editor);
        String report = editor.submit("/reports", Map.of("lang", "en", "title", "Old city", "text", TEXT))
                .headers().firstValue("location").orElseThrow();
        JsonNode first = claims(editor, report).get(0);
        editor.sendJson("PATCH", "/api/v1/claims/" + first.path("id").asLong(), "{\"status\": \"confirmed\", "
                + "\"incident_id\": \"new\", \"grade\": \"fair\", \"version\": 0}", true);
        assertThat(total(editor)).isEqualTo(before + 12);
        assertThat(editor.get("/reports?lang=en").body()).contains("Old city");

        assertThat(editor.submit(report + "/delete", Map.of("version", "0", "reason", "")).statusCode()).isEqualTo(400);
        HttpResponse<String> deleted = editor.submit(report + "/delete", Map.of("version", "0", "reason", "entered twice"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(total(editor)).as("its figures leave the tally").isEqualTo(before);
        assertThat(editor.get("/reports?lang=en").body()).doesNotContain("Old city");
        assertThat(editor.get(report).statusCode()).isEqualTo(404);
        assertThat(app.visitor().get("/api/v1" + report).statusCode()).isEqualTo(404);

        Visitor admin = app.signedIn("amal");
        assertThat(admin.get(report + "?lang=en").body()).contains("id=\"deleted-mark\"", "entered twice")
                .doesNotContain("id=\"delete-report\"");
        assertThat(admin.get("/deleted?lang=en").body()).contains("href=\"" + report + "\"", "Old city", "entered twice");
        assertThat(Visitor.json(admin.get("/api/v1" + report)).path("deleted").path("by").asText()).isEqualTo("reem");
        HttpResponse<String> again = editor.sendJson("DELETE", "/api/v1" + report, "{\"reason\": \"twice\"}", true);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Visitor.json(again).path("error").path("message_ar").asText()).contains("محذوف");
        assertThat(audited("report.delete")).isEqualTo(1);
    }

    @Test
    void aScriptDeletesAReportWithTheVersionItRead() {
        Visitor editor = app.signedIn("reem");
        String report = editor.submit("/reports", Map.of("lang", "en", "text", TEXT)).headers().firstValue("location").orElseThrow();
        HttpResponse<String> stale = editor.sendJson("DELETE", "/api/v1" + report, "{\"reason\": \"x\", \"version\": 4}", true);
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode done = Visitor.json(editor.sendJson("DELETE", "/api/v1" + report, "{\"reason\": \"a test\", \"version\": 0}", true));
        assertThat(done.path("version").asInt()).isEqualTo(1);
        assertThat(done.path("deleted").path("reason").asText()).isEqualTo("a test");
        assertThat(Visitor.json(editor.get("/api/v1/reports")).path("items").toString()).doesNotContain("\"id\":"
                + report.substring(report.lastIndexOf('/') + 1) + ",");
    }

    private static JsonNode claims(Visitor v, String report) {
        return Visitor.json(v.get("/api/v1" + report)).path("claims");
    }

    private int audited(String action) {
        return app.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    private static long total(Visitor v) {
        Matcher m = Pattern.compile("<bdi id=\"total-killed\">([^<]*)</bdi>").matcher(v.get("/?lang=en").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
