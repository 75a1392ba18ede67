package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.audit.AuditLog;

/** Admins manage accounts in the web app, everyone changes their own password, and every change is audited. */
class AccountPagesTest {
    private static final String NEW_PASSWORD = "another long passphrase";
    private final TestApp app = new TestApp();

    @AfterEach
    void stop() {
        app.close();
    }

    private List<Map<String, Object>> audit(String action) {
        return app.db.jdbi().withHandle(h -> h.createQuery("SELECT actor, before_json, after_json FROM audit_entry "
                + "WHERE action = :a ORDER BY id").bind("a", action).mapToMap().list());
    }

    private static String user(Visitor v) {
        JsonNode s = Visitor.json(v.get("/api/v1/session"));
        return s.path("user").isMissingNode() || s.path("user").isNull() ? null : s.path("user").asText();
    }

    @Test
    void anAdminAddsAnAccountChangesItsRoleAndDisablesItEachAuditedAndTheAccountIsSignedOut() {
        Visitor admin = app.signedIn("amal");
        HttpResponse<String> added = admin.submit("/accounts", Map.of("name", "nour", "role", "editor", "password", NEW_PASSWORD));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(audit("account.create")).anySatisfy(e -> assertThat(e.get("after_json").toString()).contains("\"nour\"", "editor"));
        Visitor nour = app.visitor();
        assertThat(nour.signIn("nour", NEW_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(user(nour)).isEqualTo("nour");

        assertThat(admin.submit("/accounts/nour/role", Map.of("role", "analyst")).statusCode()).isEqualTo(303);
        assertThat(audit("account.role")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("amal");
            assertThat(e.get("before_json").toString()).contains("\"role\":\"editor\"");
            assertThat(e.get("after_json").toString()).contains("\"role\":\"analyst\"");
        });
        assertThat(user(nour)).as("a changed role signs the account out").isNull();

        nour.signIn("nour", NEW_PASSWORD);
        assertThat(admin.submit("/accounts/nour/disable", Map.of()).statusCode()).isEqualTo(303);
        assertThat(user(nour)).isNull();
        HttpResponse<String> refused = app.visitor().signIn("nour", NEW_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("هذا الحساب معطّل");
        assertThat(audit("account.disable")).singleElement().satisfies(e ->
                assertThat(e.get("after_json").toString()).contains("\"disabled\":true"));
        assertThat(admin.get("/accounts").body()).contains("id=\"account-nour\"", "معطّل", "action=\"/accounts/nour/enable\"");
        admin.submit("/accounts/nour/enable", Map.of());
        assertThat(app.visitor().signIn("nour", NEW_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(new AuditLog(app.db).verify()).isEmpty();
    }

    @Test
    void anAdminResetsAPasswordAndTheAuditNeverHoldsAHash() {
        Visitor admin = app.signedIn("amal");
        Visitor sami = app.signedIn("sami");
        assertThat(admin.submit("/accounts/sami/password", Map.of("password", NEW_PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(user(sami)).isNull();
        assertThat(app.visitor().signIn("sami", TestApp.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(app.visitor().signIn("sami", NEW_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(audit("account.reset")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("amal");
            assertThat(e.toString()).doesNotContain("argon2");
        });
        HttpResponse<String> tooShort = admin.submit("/accounts/sami/password", Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("تحتاج كلمة المرور إلى 12 محرفًا على الأقل");
    }

    @Test
    void everyoneChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        Visitor sami = app.signedIn("sami");
        assertThat(sami.get("/account").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = sami.submit("/account/password", Map.of("current", "not it at all", "password", NEW_PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("كلمة المرور الحالية غير صحيحة");
        assertThat(sami.submit("/account/password", Map.of("current", TestApp.PASSWORD, "password", NEW_PASSWORD)).statusCode())
                .isEqualTo(303);
        assertThat(app.visitor().signIn("sami", NEW_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(audit("account.password")).singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo("sami"));
    }

    @Test
    void onlyAdminsReachTheAccounts() {
        Visitor editor = app.signedIn("reem");
        assertThat(editor.get("/accounts").statusCode()).isEqualTo(403);
        assertThat(editor.submit("/accounts", Map.of("name", "x", "role", "admin", "password", NEW_PASSWORD)).statusCode())
                .isEqualTo(403);
        assertThat(editor.submit("/accounts/amal/disable", Map.of()).statusCode()).isEqualTo(403);
        assertThat(app.visitor().signIn("amal", TestApp.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(editor.get("/").body()).doesNotContain("id=\"nav-accounts\"");
        assertThat(app.signedIn("amal").get("/").body()).contains("id=\"nav-accounts\"");
    }

    @Test
    void aVisitorSentToSignInIsReturnedWhereTheyWereGoingAndNeverToAnotherSite() {
        Visitor v = app.visitor();
        HttpResponse<String> sent = v.get("/victims?q=%D8%AE%D8%A7%D9%84%D8%AF");
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("location").orElseThrow();
        assertThat(location).startsWith("/login?next=");
        String form = v.get(location).body();
        assertThat(form).contains("name=\"next\" value=\"/victims?q&#61;%D8%AE%D8%A7%D9%84%D8%AF\"");
        v.get("/login");
        HttpResponse<String> in = v.postForm("/login", Map.of("name", "sami", "password", TestApp.PASSWORD, "csrf", v.csrf(),
                "next", "/victims?q=%D8%AE%D8%A7%D9%84%D8%AF"));
        assertThat(in.headers().firstValue("location")).hasValue("/victims?q=%D8%AE%D8%A7%D9%84%D8%AF");
        Visitor w = app.visitor();
        w.get("/login");
        HttpResponse<String> evil = w.postForm("/login", Map.of("name", "sami", "password", TestApp.PASSWORD, "csrf", w.csrf(),
                "next", "//evil.example/x"));
        assertThat(evil.headers().firstValue("location")).hasValue("/");
    }

    @Test
    void theObservatorysNameSetByAnAdminHeadsThePagesAndSignsTheReport() {
        Visitor admin = app.signedIn("amal");
        assertThat(admin.submit("/settings", Map.of("org_name", "مرصد الرقة لحقوق الإنسان")).statusCode()).isEqualTo(303);
        String home = app.visitor().get("/").body();
        assertThat(home).contains("<h1><a href=\"/\">مرصد الرقة لحقوق الإنسان</a></h1>");
        assertThat(app.visitor().get("/tallies/report?lang=ar").body()).contains("وثّق مرصد الرقة لحقوق الإنسان مقتل ما لا يقل عن");
        assertThat(audit("setting.set")).singleElement().satisfies(e ->
                assertThat(e.get("after_json").toString()).contains("مرصد الرقة لحقوق الإنسان"));
    }
}
