package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.account.Accounts;
import org.marsad.store.account.ApiTokens;
import org.marsad.store.report.Reports;

/** Scripts sign in with a Bearer token, need no form token, and enter reports as DESIGN.md's write API says. */
class ApiTokenTest {
    private final TestApp app = new TestApp(ReportPagesTest::civilians);
    private final String editorToken = new ApiTokens(app.db).issue("reem", "test");
    private final String analystToken = new ApiTokens(app.db).issue("sami", "test");

    @AfterEach
    void stop() {
        app.close();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void theSessionSaysWhoATokenSignsInAs() {
        Visitor script = app.visitor();
        JsonNode session = Visitor.json(script.sendWith("GET", "/api/v1/session", null, "Authorization", bearer(editorToken)));
        assertThat(session.path("user").asText()).isEqualTo("reem");
        assertThat(session.path("role").asText()).isEqualTo("editor");
        assertThat(session.path("via").asText()).isEqualTo("token");
        assertThat(Visitor.json(script.get("/api/v1/session")).path("user").isMissingNode()).isTrue();
        assertThat(script.sendWith("GET", "/api/v1/session", null, "Authorization", bearer("marsad_wrong")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aScriptEntersAReportWithoutAFormTokenAndTheSameTextAgainIsTheSameReport() {
        Visitor script = app.visitor();
        String json = "{\"text\": \"Shelling killed 12 civilians in Raqqa.\", \"source\": \"Field team\", \"published\": \"2017-08-20\"}";
        HttpResponse<String> first = script.sendWith("POST", "/api/v1/reports", json, "Authorization", bearer(editorToken));
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode created = Visitor.json(first);
        assertThat(created.path("id").asLong()).isPositive();
        assertThat(created.path("source").asText()).isEqualTo("Field team");
        assertThat(created.path("lang").asText()).isEqualTo("en");
        assertThat(created.path("claims")).hasSize(1);
        assertThat(created.path("claims").get(0).path("claim").path("count").asLong()).isEqualTo(12);
        HttpResponse<String> again = script.sendWith("POST", "/api/v1/reports", json, "Authorization", bearer(editorToken));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(again).path("id").asLong()).isEqualTo(created.path("id").asLong());
        assertThat(Visitor.json(again).path("claims")).hasSize(1);
    }

    @Test
    void writesWithoutSignInAre401AndARoleThatMayNotIs403() {
        Visitor script = app.visitor();
        String json = "{\"text\": \"Shelling killed 3 civilians.\"}";
        assertThat(script.sendWith("POST", "/api/v1/reports", json).statusCode()).isEqualTo(401);
        assertThat(script.sendWith("POST", "/api/v1/reports", json, "Authorization", bearer(analystToken)).statusCode())
                .isEqualTo(403);
        assertThat(script.sendWith("POST", "/api/v1/reports", json, "Authorization", bearer("marsad_nothing")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void binaryNonUtf8AndOversizedBodiesAreRefusedWithOneLine() throws Exception {
        int before = new Reports(app.db).count();
        HttpResponse<String> nul = app.visitor().sendWith("POST", "/api/v1/reports", "{\"text\": \"a\\u0000b\"}",
                "Authorization", bearer(editorToken));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(Visitor.json(nul).path("error").path("message").asText()).contains("binary").doesNotContain("\n");
        assertThat(Visitor.json(nul).path("error").path("message_ar").asText()).contains("ملف ثنائي");
        byte[] latin1 = "{\"text\": \"caf\u00e9 12 civilians\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(raw(latin1).statusCode()).isEqualTo(400);
        assertThat(raw(latin1).body()).contains("not UTF-8");
        byte[] big = new byte[17 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        big[0] = '"';
        HttpResponse<String> huge = raw(big);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("a report is at most 16 MB");
        assertThat(new Reports(app.db).count()).isEqualTo(before);
    }

    @Test
    void aDisabledAccountsTokenNoLongerWorks() {
        new Accounts(app.db).setDisabled("reem", true, "amal");
        assertThat(app.visitor().sendWith("GET", "/api/v1/session", null, "Authorization", bearer(editorToken)).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> raw(byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.app.port()
                        + "/api/v1/reports")).header("Content-Type", "application/json").header("Authorization", bearer(editorToken))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
