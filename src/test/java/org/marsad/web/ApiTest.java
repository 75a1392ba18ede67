package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** The JSON API over real HTTP: lists, one item, errors, the optimistic review, the audit trail, the OpenAPI document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private TestApp app;
    private Visitor editor;
    private Visitor analyst;
    private Visitor anonymous;

    @BeforeAll
    void start() {
        app = new TestApp();
        long source = new Sources(app.db).named("Martyrs list", "list").id();
        Victims victims = new Victims(app.db);
        victims.addAll(List.of(victim(source, "1", "أحمد محمود الخطيب"), victim(source, "2", "فاطمة الزهراء علي"),
                victim(source, "3", "Ahmad Mahmoud al-Khatib")));
        List<Long> ids = victims.all().stream().map(Victim::id).toList();
        victims.assignPersons(List.of(List.of(ids.get(0), ids.get(2)), List.of(ids.get(1))));
        new LinkDecisions(app.db).propose(new LinkDecision(null, ids.get(0), ids.get(2), 0.55,
                LinkDecision.Verdict.REVIEW, "linker", null));
        new Places(app.db).save(List.of(new Place("SY", null, 0, "سوريا", "Syria", null, null),
                new Place("SY11", "SY", 1, "الرقة", "Ar-Raqqa", 35.95, 39.01)));
        editor = app.signedIn("reem");
        analyst = app.signedIn("sami");
        anonymous = app.visitor();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void reportsComeInPagesWithTheirTotal() {
        JsonNode first = Visitor.json(anonymous.get("/api/v1/reports?page=1&size=2"));
        JsonNode second = Visitor.json(anonymous.get("/api/v1/reports?page=2&size=2"));
        assertThat(first.path("total").asInt()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(second.path("items")).hasSize(1);
        assertThat(first.path("items").get(0).has("body")).as("lists leave the text out").isFalse();
        assertThat(anonymous.get("/api/v1/reports?size=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void aReportComesWithItsClaims() {
        JsonNode report = Visitor.json(anonymous.get("/api/v1/reports/1"));
        assertThat(report.path("body").asText()).isNotEmpty();
        assertThat(report.path("claims").size()).isPositive();
        JsonNode claim = report.path("claims").get(0);
        // the demo's figures come reviewed, as its author entered them
        assertThat(claim.path("status").asText()).isEqualTo("confirmed");
        assertThat(claim.path("claim").path("outcome").asText()).isIn("killed", "injured");
    }

    @Test
    void errorsHaveOneShape() {
        HttpResponse<String> missing = anonymous.get("/api/v1/reports/999");
        assertThat(missing.statusCode()).isEqualTo(404);
        JsonNode error = Visitor.json(missing).path("error");
        assertThat(error.path("status").asInt()).isEqualTo(404);
        assertThat(error.path("message").asText()).contains("999");
        assertThat(Visitor.json(anonymous.get("/api/v1/nothing-here")).path("error").path("status").asInt()).isEqualTo(404);
        assertThat(Visitor.json(anonymous.get("/api/v1/victims")).path("error").path("status").asInt()).isEqualTo(401);
        assertThat(Visitor.json(anonymous.get("/api/v1/tallies?by=colour")).path("error").path("message").asText())
                .contains("colour");
        HttpResponse<String> garbled = editor.sendJson("PATCH", "/api/v1/claims/1", "{not json", true);
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(Visitor.json(garbled).path("error").path("message").asText()).contains("not valid JSON");
    }

    @Test
    void aSecondEditorWithAStaleVersionGetsAConflictAndBothStepsAreAudited() {
        JsonNode claim = Visitor.json(anonymous.get("/api/v1/reports/2")).path("claims").get(1);
        long id = claim.path("id").asLong();
        int version = claim.path("version").asInt();
        int auditBefore = auditCount();

        HttpResponse<String> first = editor.sendJson("PATCH", "/api/v1/claims/" + id,
                "{\"status\":\"rejected\",\"version\":" + version + "}", true);
        HttpResponse<String> second = app.signedIn("amal").sendJson("PATCH", "/api/v1/claims/" + id,
                "{\"status\":\"confirmed\",\"version\":" + version + "}", true);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(first).path("status").asText()).isEqualTo("rejected");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Visitor.json(second).path("error").path("status").asInt()).isEqualTo(409);
        assertThat(Visitor.json(analyst.get("/api/v1/claims/" + id)).path("status").asText()).isEqualTo("rejected");
        assertThat(auditCount()).isEqualTo(auditBefore + 1);
        String entry = app.db.jdbi().withHandle(h -> h.createQuery("SELECT actor || ' ' || action || ' ' || before_json "
                + "|| ' ' || after_json FROM audit_entry ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(entry).startsWith("reem claim.review").contains("\"status\":\"confirmed\"", "\"status\":\"rejected\"");
        assertThat(new AuditLog(app.db).verify()).isEmpty();
    }

    @Test
    void attachingToANewIncidentCreatesItAndAuditsBoth() {
        JsonNode claim = Visitor.json(anonymous.get("/api/v1/reports/3")).path("claims").get(0);
        int before = auditCount();
        HttpResponse<String> r = editor.sendJson("PATCH", "/api/v1/claims/" + claim.path("id").asLong(),
                "{\"incident_id\":\"new\",\"grade\":\"fair\",\"version\":" + claim.path("version").asInt() + "}", true);
        assertThat(r.statusCode()).isEqualTo(200);
        long incident = Visitor.json(r).path("incident_id").asLong();
        assertThat(Visitor.json(analyst.get("/api/v1/incidents/" + incident)).path("grade").asText()).isEqualTo("fair");
        assertThat(auditCount()).isEqualTo(before + 2);
    }

    @Test
    void victimsAreFoundWhateverTheSpellingOfHamzaAndTaaMarbuta() {
        JsonNode found = Visitor.json(analyst.get("/api/v1/victims?name=" + enc("احمد الخطيب")));
        assertThat(found.path("items")).extracting(n -> n.path("full_name").asText()).containsExactly("أحمد محمود الخطيب");
        assertThat(Visitor.json(analyst.get("/api/v1/victims?name=" + enc("فاطمه")))
                .path("items").get(0).path("full_name").asText()).isEqualTo("فاطمة الزهراء علي");
        assertThat(Visitor.json(analyst.get("/api/v1/victims?name=khatib")).path("total").asInt()).isEqualTo(1);
        assertThat(Visitor.json(analyst.get("/api/v1/victims")).path("total").asInt()).isEqualTo(3);
        assertThat(analyst.get("/victims?q=" + enc("احمد")).body()).contains("<table id=\"victims\">",
                "<bdi>أحمد محمود الخطيب</bdi>").doesNotContain("فاطمة");
        assertThat(analyst.get("/victims?q=" + enc("نزار")).body()).contains("لا يوجد سجل بهذا الاسم")
                .doesNotContain("<table id=\"victims\">");
    }

    @Test
    void aPersonShowsEachSourcesRecord() {
        long person = Visitor.json(analyst.get("/api/v1/victims?name=khatib")).path("items").get(0).path("person_id").asLong();
        JsonNode p = Visitor.json(analyst.get("/api/v1/persons/" + person));
        assertThat(p.path("records")).extracting(n -> n.path("full_name").asText())
                .containsExactly("أحمد محمود الخطيب", "Ahmad Mahmoud al-Khatib");
        assertThat(analyst.get("/persons/" + person).body()).contains("Ahmad Mahmoud al-Khatib", "أحمد محمود الخطيب");
    }

    @Test
    void aLinkVerdictLeavesTheQueueAndIsAudited() {
        JsonNode queue = Visitor.json(editor.get("/api/v1/links/review"));
        assertThat(queue).hasSize(1);
        assertThat(editor.get("/links").body()).contains("<bdi>أحمد محمود الخطيب</bdi>",
                "<bdi>Ahmad Mahmoud al-Khatib</bdi>", "value=\"confirmed\"", "<bdi>55%</bdi>");
        int before = auditCount();
        HttpResponse<String> r = editor.sendJson("POST", "/api/v1/links/decisions", "{\"victim_a\":"
                + queue.get(0).path("victim_a") + ",\"victim_b\":" + queue.get(0).path("victim_b")
                + ",\"verdict\":\"confirmed\"}", true);
        assertThat(Visitor.json(r).path("verdict").asText()).isEqualTo("confirmed");
        assertThat(Visitor.json(editor.get("/api/v1/links/review"))).isEmpty();
        assertThat(auditCount()).isEqualTo(before + 1);
    }

    @Test
    void aVerdictOnAPairTheLinkerNeverProposedIsAccepted() {
        List<Long> ids = new Victims(app.db).all().stream().map(Victim::id).toList();
        HttpResponse<String> r = editor.sendJson("POST", "/api/v1/links/decisions", "{\"victim_a\":" + ids.get(1)
                + ",\"victim_b\":" + ids.get(0) + ",\"verdict\":\"different\",\"note\":\"sister and brother\"}", true);
        JsonNode verdict = Visitor.json(r);
        assertThat(verdict.path("verdict").asText()).isEqualTo("rejected");
        assertThat(verdict.hasNonNull("probability")).as("no probability: the linker never scored the pair").isFalse();
        assertThat(verdict.path("note").asText()).isEqualTo("sister and brother");
        HttpResponse<String> same = editor.sendJson("POST", "/api/v1/links/decisions", "{\"victim_a\":" + ids.get(0)
                + ",\"victim_b\":" + ids.get(0) + ",\"verdict\":\"same\"}", true);
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(editor.get("/links").body()).contains("id=\"any-pair\"", "value=\"different\"");
    }

    @Test
    void talliesAnswerTheTallyJsonAndPlacesTheGazetteer() {
        JsonNode tally = Visitor.json(anonymous.get("/api/v1/tallies?by=month,group&from=2017-01-01&to=2017-12-31"));
        assertThat(tally.path("by")).extracting(JsonNode::asText).containsExactly("month", "group");
        assertThat(tally.path("filters").path("from").asText()).isEqualTo("2017-01-01");
        assertThat(tally.path("total").has("killed")).isTrue();
        JsonNode places = Visitor.json(anonymous.get("/api/v1/places?level=1"));
        assertThat(places).hasSize(14);
        assertThat(places.findValuesAsText("name_en")).contains("Ar-Raqqa", "Damascus");
        assertThat(Visitor.json(anonymous.get("/api/v1/places/SY11")).path("parent_pcode").asText()).isEqualTo("SY");
    }

    @Test
    void aKeptTallyGivesWayToTheNextChangeMadeThroughTheApp() {
        HttpResponse<String> before = anonymous.get("/api/v1/tallies");
        assertThat(anonymous.get("/api/v1/tallies").body()).isEqualTo(before.body());
        JsonNode claims = Visitor.json(anonymous.get("/api/v1/reports/1")).path("claims");
        JsonNode claim = claims.get(claims.size() - 1);
        editor.sendJson("PATCH", "/api/v1/claims/" + claim.path("id").asLong(), "{\"status\":\"confirmed\","
                + "\"incident_id\":\"new\",\"grade\":\"confirmed\",\"version\":" + claim.path("version") + "}", true);
        long killed = Visitor.json(anonymous.get("/api/v1/tallies")).path("total").path("killed").asLong();
        assertThat(killed).isGreaterThan(Visitor.json(before).path("total").path("killed").asLong());
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode paths = Visitor.json(anonymous.get("/api/v1/openapi.json")).path("paths");
        List<String> missing = new ArrayList<>();
        for (Api.Route r : Api.routes(app.db, new org.marsad.tally.Tallies(app.db), app.cipher)) {
            JsonNode path = paths.path(Api.BASE + r.path());
            if (!path.has(r.method().name().toLowerCase(java.util.Locale.ROOT))) {
                missing.add(r.method() + " " + r.path());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(paths.size()).as("no documented path without a route")
                .isEqualTo(Api.routes(app.db, new org.marsad.tally.Tallies(app.db), app.cipher).stream().map(Api.Route::path).distinct().count());
    }

    private int auditCount() {
        return app.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Integer.class).one());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Victim victim(long source, String key, String name) {
        return new Victim(null, source, key, name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
