package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.account.ApiTokens;

/** Accounts and settings for scripts: admins only, the same checks as the accounts page, every change audited. */
class AccountsApiTest {
    private final TestApp app = new TestApp();
    private final String adminToken = new ApiTokens(app.db).issue("amal", "test");
    private final String editorToken = new ApiTokens(app.db).issue("reem", "test");

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<String> call(String token, String method, String path, String json) {
        return app.visitor().sendWith(method, path, json, "Authorization", "Bearer " + token);
    }

    @Test
    void anAdminScriptAddsAnAccountThenChangesItsRoleAndDisablesIt() {
        HttpResponse<String> added = call(adminToken, "POST", "/api/v1/accounts",
                "{\"name\": \"huda\", \"role\": \"editor\", \"password\": \"a long enough secret\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).doesNotContain("argon2", "secret");
        assertThat(Visitor.json(added).path("role").asText()).isEqualTo("editor");
        String hudaToken = new ApiTokens(app.db).issue("huda", "test");
        assertThat(call(hudaToken, "POST", "/api/v1/victims", "{\"name\": \"Mona\", \"source\": \"Local list\"}").statusCode())
                .isEqualTo(201);

        assertThat(Visitor.json(call(adminToken, "PATCH", "/api/v1/accounts/huda", "{\"role\": \"analyst\"}"))
                .path("role").asText()).isEqualTo("analyst");
        assertThat(call(hudaToken, "POST", "/api/v1/victims", "{\"name\": \"Rana\", \"source\": \"Local list\"}").statusCode())
                .as("an analyst may not write").isEqualTo(403);

        assertThat(Visitor.json(call(adminToken, "PATCH", "/api/v1/accounts/huda", "{\"disabled\": true}"))
                .path("disabled").asBoolean()).isTrue();
        assertThat(call(hudaToken, "GET", "/api/v1/victims", null).statusCode()).as("a disabled account's token").isEqualTo(401);

        JsonNode all = Visitor.json(call(adminToken, "GET", "/api/v1/accounts", null));
        assertThat(all).extracting(a -> a.path("name").asText()).containsExactly("amal", "huda", "reem", "sami");
        List<String> actions = app.db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_entry WHERE actor = 'amal' "
                + "ORDER BY id").mapTo(String.class).list());
        assertThat(actions).containsSubsequence("account.create", "account.role", "account.disable");
    }

    @Test
    void accountsAreTheAdminsAndTheirChecksAreThePagesChecks() {
        assertThat(call(editorToken, "GET", "/api/v1/accounts", null).statusCode()).isEqualTo(403);
        assertThat(call(editorToken, "POST", "/api/v1/accounts",
                "{\"name\": \"x\", \"role\": \"admin\", \"password\": \"a long enough secret\"}").statusCode()).isEqualTo(403);
        assertThat(app.visitor().get("/api/v1/accounts").statusCode()).isEqualTo(401);
        HttpResponse<String> shortPassword = call(adminToken, "POST", "/api/v1/accounts",
                "{\"name\": \"huda\", \"role\": \"editor\", \"password\": \"short\"}");
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(Visitor.json(shortPassword).path("error").path("message_ar").asText()).isNotBlank();
        assertThat(call(adminToken, "POST", "/api/v1/accounts",
                "{\"name\": \"reem\", \"role\": \"editor\", \"password\": \"a long enough secret\"}").statusCode()).isEqualTo(400);
        assertThat(call(adminToken, "PATCH", "/api/v1/accounts/nobody", "{\"role\": \"editor\"}").statusCode()).isEqualTo(404);
        assertThat(call(adminToken, "PATCH", "/api/v1/accounts/amal", "{\"disabled\": true}").statusCode())
                .as("an admin cannot lock themselves out").isEqualTo(400);
    }

    @Test
    void theObservatorysNameAndDigitsAreSetOnceForEveryVisitorWhoHasNotChosen() {
        HttpResponse<String> set = call(adminToken, "PATCH", "/api/v1/settings",
                "{\"org_name\": \"مرصد الرقة\", \"digits\": \"arabic_indic\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(Visitor.json(call(editorToken, "GET", "/api/v1/settings", null)).path("digits").asText())
                .isEqualTo("arabic_indic");
        assertThat(call(editorToken, "PATCH", "/api/v1/settings", "{\"digits\": \"western\"}").statusCode()).isEqualTo(403);
        assertThat(call(adminToken, "PATCH", "/api/v1/settings", "{\"digits\": \"roman\"}").statusCode()).isEqualTo(400);

        Visitor visitor = app.visitor();
        String page = visitor.get("/tallies?by=governorate").body();
        assertThat(page).contains("مرصد الرقة").containsPattern("[\\u0660-\\u0669]");
        assertThat(visitor.get("/tallies?by=governorate&digits=western").body()).doesNotContainPattern(
                "<td>[^<]*[\\u0660-\\u0669]").as("the visitor's own choice wins");
        List<String> settings = app.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT entity_id FROM audit_entry WHERE action = 'setting.set' ORDER BY id").mapTo(String.class).list());
        assertThat(settings).containsExactly("org.name", "digits");
    }
}
