package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The edit API over real HTTP (DESIGN.md, "Write API for scripts"): every change versioned, audited, and counted by attachment. */
class EditApiTest {
    private TestApp app;
    private Visitor editor;
    private Visitor admin;
    private Visitor analyst;

    @BeforeEach
    void start() {
        app = new TestApp(ReportPagesTest::civilians);
        editor = app.signedIn("reem");
        admin = app.signedIn("amal");
        analyst = app.signedIn("sami");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void namedVictimsAttachedToAnIncidentAreInsideItsFigureNotAddedToIt() {
        long before = killed();
        JsonNode incident = created(editor.sendJson("POST", "/api/v1/incidents", """
                {"grade": "fair", "place": "Raqqa", "from": "2017-08-20",
                 "figures": [{"outcome": "killed", "group": "civilian", "low": 12}]}""", true));
        assertThat(killed()).isEqualTo(before + 12);
        long[] named = new long[5];
        for (int i = 0; i < named.length; i++) {
            named[i] = created(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"Victim " + i
                    + "\", \"source\": \"Local list\", \"status\": \"civilian\"}", true)).path("id").asLong();
        }
        assertThat(killed()).as("not attached yet: five more dead").isEqualTo(before + 17);
        for (long id : named) {
            HttpResponse<String> r = editor.sendJson("PATCH", "/api/v1/victims/" + id,
                    "{\"incident\": " + incident.path("id").asLong() + ", \"version\": 0}", true);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Visitor.json(r).path("incident").asLong()).isEqualTo(incident.path("id").asLong());
        }
        assertThat(killed()).as("figure 12 with 5 named victims attached counts 12, not 17").isEqualTo(before + 12);
        for (int i = 0; i < 10; i++) {
            created(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"Named " + i + "\", \"source\": \"Local list\", "
                    + "\"status\": \"civilian\", \"incident\": " + incident.path("id").asLong() + "}", true));
        }
        assertThat(killed()).as("15 named inside a figure of 12 count 15").isEqualTo(before + 15);
    }

    @Test
    void aVictimEditAtAStaleVersionIsAConflictAndTheAuditKeepsBeforeAndAfter() {
        JsonNode v = created(editor.sendJson("POST", "/api/v1/victims",
                "{\"name\": \"سامر العلي\", \"source\": \"Local list\", \"age\": 9, \"sex\": \"M\"}", true));
        assertThat(v.path("version").asInt()).isZero();
        assertThat(v.path("age_group").asText()).isEqualTo("child");
        String path = "/api/v1/victims/" + v.path("id").asLong();

        HttpResponse<String> first = editor.sendJson("PATCH", path, "{\"name\": \"سامر خالد العلي\", \"version\": 0}", true);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(first).path("version").asInt()).isEqualTo(1);
        assertThat(Visitor.json(first).path("age").asInt()).as("fields not sent keep their value").isEqualTo(9);

        HttpResponse<String> stale = admin.sendJson("PATCH", path, "{\"name\": \"سامر\", \"version\": 0}", true);
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode error = Visitor.json(stale).path("error");
        assertThat(error.path("entity").asText()).isEqualTo("victim");
        assertThat(error.path("current_version").asInt()).isEqualTo(1);
        assertThat(error.path("your_version").asInt()).isZero();
        assertThat(Visitor.json(editor.get(path)).path("name").asText()).isEqualTo("سامر خالد العلي");

        JsonNode audit = lastAudit("victim.edit");
        assertThat(audit.path("before").asText()).contains("سامر العلي").doesNotContain("خالد");
        assertThat(audit.path("after").asText()).contains("سامر خالد العلي");
        assertThat(audit.path("actor").asText()).isEqualTo("reem");

        assertThat(analyst.sendJson("PATCH", path, "{\"name\": \"x\", \"version\": 1}", true).statusCode()).isEqualTo(403);
        HttpResponse<String> lastWord = editor.sendJson("PATCH", path, "{\"age\": 10}", true);
        assertThat(lastWord.statusCode()).as("a script may leave the version out (DESIGN.md)").isEqualTo(200);
        assertThat(Visitor.json(lastWord).path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aDeletedVictimLeavesTheCountAndOnlyAdminsStillSeeIt() {
        long before = killed();
        JsonNode v = created(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"Entered twice\", \"source\": \"Local list\"}",
                true));
        assertThat(killed()).isEqualTo(before + 1);
        String path = "/api/v1/victims/" + v.path("id").asLong();
        assertThat(editor.sendJson("DELETE", path, "{\"version\": 0}", true).statusCode()).as("a reason is required")
                .isEqualTo(400);
        HttpResponse<String> deleted = editor.sendJson("DELETE", path, "{\"reason\": \"entered twice\", \"version\": 0}", true);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(killed()).isEqualTo(before);
        assertThat(editor.get(path).statusCode()).isEqualTo(404);
        JsonNode seen = Visitor.json(admin.get(path));
        assertThat(seen.path("deleted").path("reason").asText()).isEqualTo("entered twice");
        assertThat(seen.path("deleted").path("by").asText()).isEqualTo("reem");
        assertThat(lastAudit("victim.delete").path("after").asText()).contains("entered twice");
        assertThat(admin.get("/deleted").body()).as("admins see what was deleted").contains("Entered twice", "entered twice", "reem");
        assertThat(editor.get("/deleted").statusCode()).isEqualTo(403);
        assertThat(editor.get("/api/v1/victims?name=" + java.net.URLEncoder.encode("Entered twice",
                java.nio.charset.StandardCharsets.UTF_8)).body()).as("searches leave it out").doesNotContain("Entered twice");
    }

    @Test
    void incidentsAreCreatedCorrectedMergedAndDeletedWithTheirVersions() {
        long before = killed();
        JsonNode a = created(editor.sendJson("POST", "/api/v1/incidents",
                "{\"grade\": \"fair\", \"figures\": [{\"outcome\": \"killed\", \"group\": \"person\", \"low\": 8}]}", true));
        JsonNode b = created(editor.sendJson("POST", "/api/v1/incidents",
                "{\"grade\": \"fair\", \"figures\": [{\"outcome\": \"killed\", \"group\": \"person\", \"low\": 10}]}", true));
        assertThat(killed()).isEqualTo(before + 18);
        HttpResponse<String> patched = editor.sendJson("PATCH", "/api/v1/incidents/" + a.path("id").asLong(),
                "{\"cause\": \"airstrike\", \"figures\": [{\"outcome\": \"killed\", \"group\": \"person\", \"low\": 9, \"high\": 11}], "
                        + "\"version\": 0}", true);
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(patched).path("cause").asText()).isEqualTo("airstrike");
        assertThat(editor.sendJson("PATCH", "/api/v1/incidents/" + a.path("id").asLong(), "{\"cause\": \"shelling\", \"version\": 0}",
                true).statusCode()).isEqualTo(409);
        assertThat(killed()).isEqualTo(before + 19);

        HttpResponse<String> merged = editor.sendJson("POST", "/api/v1/incidents/" + a.path("id").asLong() + "/merge",
                "{\"incident\": " + b.path("id").asLong() + "}", true);
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(killed()).as("two accounts of one event: the larger, 10, not 9 + 10").isEqualTo(before + 10);
        assertThat(editor.get("/api/v1/incidents/" + b.path("id").asLong()).statusCode()).isEqualTo(404);
        assertThat(Visitor.json(admin.get("/api/v1/incidents/" + b.path("id").asLong())).path("merged_into").asLong())
                .isEqualTo(a.path("id").asLong());

        int version = Visitor.json(merged).path("version").asInt();
        assertThat(editor.sendJson("DELETE", "/api/v1/incidents/" + a.path("id").asLong(),
                "{\"reason\": \"not an event: a monthly total\", \"version\": " + version + "}", true).statusCode()).isEqualTo(200);
        assertThat(killed()).isEqualTo(before);
    }

    @Test
    void aSourceIsCorrectedAtItsVersion() {
        JsonNode s = Visitor.json(editor.get("/api/v1/sources")).get(0);
        String path = "/api/v1/sources/" + s.path("id").asLong();
        JsonNode one = Visitor.json(editor.get(path));
        assertThat(one.has("identity")).isFalse();
        HttpResponse<String> r = editor.sendJson("PATCH", path, "{\"reliability\": \"B\", \"version\": " + one.path("version")
                + "}", true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(r).path("reliability").asText()).isEqualTo("B");
        assertThat(editor.sendJson("PATCH", path, "{\"reliability\": \"C\", \"version\": " + one.path("version") + "}", true)
                .statusCode()).isEqualTo(409);
        assertThat(lastAudit("source.edit").path("before").asText()).contains("\"reliability\":\"" + s.path("reliability").asText());
    }

    @Test
    void aFigureIsCorrectedAndAMissedOneAddedByItsWords() {
        long before = killed();
        HttpResponse<String> stored = editor.submit("/reports", java.util.Map.of("title", "Old city", "lang", "en",
                "text", "Shelling killed 12 civilians in the old city; two children were among the dead."));
        long report = Long.parseLong(stored.headers().firstValue("location").orElseThrow().replace("/reports/", ""));
        JsonNode claim = Visitor.json(editor.get("/api/v1/reports/" + report)).path("claims").get(0);
        HttpResponse<String> corrected = editor.sendJson("PATCH", "/api/v1/claims/" + claim.path("id").asLong(),
                "{\"count\": 13, \"status\": \"confirmed\", \"incident_id\": \"new\", \"grade\": \"fair\", \"version\": "
                        + claim.path("version") + "}", true);
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(corrected).path("claim").path("count").asLong()).isEqualTo(13);
        assertThat(killed()).isEqualTo(before + 13);
        assertThat(editor.sendJson("PATCH", "/api/v1/claims/" + claim.path("id").asLong(), "{\"count\": 14, \"version\": "
                + claim.path("version") + "}", true).statusCode()).isEqualTo(409);

        HttpResponse<String> missed = editor.sendJson("POST", "/api/v1/claims", "{\"report_id\": " + report
                + ", \"text\": \"two children\", \"count\": 2, \"group\": \"child\"}", true);
        assertThat(missed.statusCode()).isEqualTo(201);
        JsonNode added = Visitor.json(missed);
        String body = "Shelling killed 12 civilians in the old city; two children were among the dead.";
        assertThat(added.path("claim").path("span").path("start").asInt()).isEqualTo(body.indexOf("two children"));
        assertThat(added.path("ordinal").asInt()).isEqualTo(1);
        assertThat(editor.sendJson("POST", "/api/v1/claims", "{\"report_id\": " + report
                + ", \"text\": \"three women\", \"count\": 3}", true).statusCode()).isEqualTo(400);
        assertThat(lastAudit("claim.add").path("after").asText()).contains("\"count\":2", "\"group\":\"child\"");
    }

    @Test
    void personsAreMergedAndSplitByHandAndTheCountFollows() {
        long before = killed();
        long a = created(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"Khaled Omar\", \"source\": \"List A\"}", true))
                .path("id").asLong();
        long b = created(editor.sendJson("POST", "/api/v1/victims", "{\"name\": \"خالد عمر\", \"source\": \"List B\"}", true))
                .path("id").asLong();
        assertThat(killed()).isEqualTo(before + 2);
        HttpResponse<String> merged = editor.sendJson("POST", "/api/v1/persons/merge", "{\"victims\": [" + a + ", " + b
                + "], \"note\": \"same father and day\"}", true);
        assertThat(merged.statusCode()).isEqualTo(200);
        long person = Visitor.json(merged).path("person").asLong();
        assertThat(killed()).isEqualTo(before + 1);
        assertThat(Visitor.json(editor.get("/api/v1/persons/" + person)).path("records")).hasSize(2);

        HttpResponse<String> split = editor.sendJson("POST", "/api/v1/persons/split", "{\"person\": " + person
                + ", \"victims\": [" + b + "]}", true);
        assertThat(split.statusCode()).isEqualTo(200);
        assertThat(killed()).isEqualTo(before + 2);
        assertThat(editor.sendJson("POST", "/api/v1/persons/merge", "{\"victims\": [" + a + ", " + b + "]}", true)
                .statusCode()).as("a new verdict on the same pair replaces the split's").isEqualTo(200);
        assertThat(killed()).isEqualTo(before + 1);
    }

    private long killed() {
        return Visitor.json(analyst.get("/api/v1/tallies")).path("total").path("killed").asLong();
    }

    private static JsonNode created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Visitor.json(r);
    }

    private JsonNode lastAudit(String action) {
        return app.db.jdbi().withHandle(h -> h.createQuery("SELECT actor, before_json, after_json FROM audit_entry "
                        + "WHERE action = :a ORDER BY id DESC LIMIT 1").bind("a", action)
                .map((rs, ctx) -> (JsonNode) new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("actor", rs.getString(1)).put("before", rs.getString(2)).put("after", rs.getString(3)))
                .one());
    }
}
