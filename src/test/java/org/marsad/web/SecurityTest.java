package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.web.account.LoginThrottle;

/** Accounts, sessions, form tokens, throttling and roles, over real HTTP. */
class SecurityTest {
    private final TestApp app = new TestApp();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void signingInSetsAScriptProofSameSiteCookieAndANewSessionId() {
        Visitor v = app.visitor();
        v.get("/login");
        String before = v.csrf();
        HttpResponse<String> answer = v.postForm("/login", Map.of("name", "reem", "password", TestApp.PASSWORD,
                "csrf", before));
        assertThat(answer.statusCode()).isEqualTo(303);
        List<String> cookies = answer.headers().allValues("set-cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("marsad_session=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").doesNotContain("Secure"));
        assertThat(v.csrf()).isNotEqualTo(before);
        assertThat(Visitor.json(v.get("/api/v1/session")).path("role").asText()).isEqualTo("editor");
    }

    @Test
    void behindATlsProxyTheCookieIsHttpsOnly() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + app.app.port() + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        Visitor v = app.visitor();
        HttpResponse<String> answer = v.signIn("reem", "not the password");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("الاسم وكلمة المرور لا يطابقان");
        assertThat(Visitor.json(v.get("/api/v1/session")).has("user")).isFalse();
    }

    @Test
    void aChangeWithoutTheFormTokenIsRefused() {
        Visitor editor = app.signedIn("reem");
        HttpResponse<String> form = editor.postForm("/sources", Map.of("name", "Forged", "kind", "ngo"));
        HttpResponse<String> json = editor.sendJson("POST", "/api/v1/sources", "{\"name\":\"Forged\",\"kind\":\"ngo\"}", false);
        HttpResponse<String> wrong = editor.postForm("/sources", Map.of("name", "Forged", "kind", "ngo", "csrf", "guess"));
        assertThat(List.of(form.statusCode(), json.statusCode(), wrong.statusCode())).containsOnly(403);
        assertThat(new Sources(app.db).find("Forged")).isEmpty();
        assertThat(editor.submit("/sources", Map.of("name", "Real", "kind", "ngo")).statusCode()).isEqualTo(303);
    }

    @Test
    void theSixthFailedSignInWithinAMinuteIsRefusedForThatAccountOnlyEvenWithTheRightPassword() {
        Visitor v = app.visitor();
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            assertThat(v.signIn("reem", "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = v.signIn("reem", TestApp.PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("انتظر دقيقة");
        assertThat(app.visitor().signIn("sami", TestApp.PASSWORD).statusCode())
                .as("another account signs in from the same address").isEqualTo(303);
    }

    @Test
    void eachRoleIsRefusedWhatItMustNotReach() {
        Visitor anonymous = app.visitor();
        Visitor analyst = app.signedIn("sami");
        Visitor editor = app.signedIn("reem");
        assertThat(anonymous.get("/api/v1/victims").statusCode()).as("the API asks to sign in").isEqualTo(401);
        assertThat(anonymous.get("/api/v1/sources").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/victims").statusCode()).as("pages send anonymous visitors to sign in").isEqualTo(303);
        assertThat(anonymous.get("/reports/new").headers().firstValue("location")).contains("/login?next=%2Freports%2Fnew");
        assertThat(analyst.get("/api/v1/victims").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/reports/new").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/links").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/links/review").statusCode()).isEqualTo(403);
        assertThat(analyst.sendJson("PATCH", "/api/v1/claims/1", "{\"status\":\"confirmed\",\"version\":0}", true)
                .statusCode()).isEqualTo(403);
        assertThat(editor.get("/reports/new").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/tallies").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        Visitor editor = app.signedIn("reem");
        assertThat(editor.submit("/logout", Map.of()).statusCode()).isEqualTo(303);
        assertThat(editor.get("/reports/new").statusCode()).isEqualTo(303);
    }

    @Test
    void analystAndAnonymousNeverSeeASourcesIdentity() {
        String identity = "Abu Khaled, +963 944 000 111";
        Visitor editor = app.signedIn("reem");
        HttpResponse<String> added = editor.sendJson("POST", "/api/v1/sources",
                "{\"name\":\"Field network\",\"kind\":\"witness\",\"reliability\":\"C\",\"confidential_identity\":\""
                        + identity + "\"}", true);
        assertThat(added.statusCode()).isEqualTo(201);

        Source stored = new Sources(app.db).find("Field network").orElseThrow();
        assertThat(stored.confidentialIdentity()).startsWith("v1:").doesNotContain("Abu Khaled");
        assertThat(app.cipher.decrypt(stored.confidentialIdentity())).isEqualTo(identity);
        assertThat(editor.get("/api/v1/sources").body()).contains(identity);
        assertThat(editor.get("/sources").body()).contains("Abu Khaled");

        for (Visitor v : List.of(app.visitor(), app.signedIn("sami"))) {
            for (String path : readablePaths()) {
                assertThat(v.get(path).body()).as(path).doesNotContain("Abu Khaled", "944 000", stored.confidentialIdentity());
            }
            assertThat(v.get("/sources").body()).doesNotContain("Abu Khaled");
        }
    }

    @Test
    void anIdentityStoredInClearByAnotherToolIsShownToEditorsOnlyAndDoesNotBreakTheList() {
        new Sources(app.db).add(new Source(null, "Old list", "list", 'D', "Umm Ali, Deir ez-Zor", null));
        assertThat(app.signedIn("reem").get("/api/v1/sources").body()).contains("Umm Ali");
        HttpResponse<String> analyst = app.signedIn("sami").get("/api/v1/sources");
        assertThat(analyst.statusCode()).isEqualTo(200);
        assertThat(analyst.body()).contains("Old list").doesNotContain("Umm Ali");
    }

    /** Every GET route of the API, with the ids of the demo data. */
    private List<String> readablePaths() {
        return Api.routes(app.db, new org.marsad.tally.Tallies(app.db), app.cipher).stream()
                .filter(r -> r.method() == io.javalin.http.HandlerType.GET)
                .map(r -> Api.BASE + r.path().replace("{id}", "1").replace("{pcode}", "SY11")).toList();
    }

    @Test
    void anAnonymousVisitorOfTheLoginPageGetsNoServerSessionYetCanSignIn() {
        Visitor v = app.visitor();
        HttpResponse<String> page = v.get("/login");
        assertThat(page.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("marsad_session="))
                .anySatisfy(c -> assertThat(c).startsWith("marsad_login=").contains("HttpOnly"));
        assertThat(v.signIn("reem", TestApp.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(Visitor.json(v.get("/api/v1/session")).path("role").asText()).isEqualTo("editor");
        Visitor other = app.visitor();
        other.get("/login");
        assertThat(other.postForm("/login", Map.of("name", "reem", "password", TestApp.PASSWORD, "csrf", "guess"))
                .statusCode()).as("a login form posted without its cookie's token").isEqualTo(403);
    }

    @Test
    void signedInPagesAreNeverCached() {
        assertThat(app.visitor().get("/").headers().firstValue("Cache-Control")).isEmpty();
        Visitor editor = app.signedIn("reem");
        assertThat(editor.get("/").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(editor.get("/api/v1/session").headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
