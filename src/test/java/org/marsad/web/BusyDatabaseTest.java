package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.marsad.store.account.ApiTokens;
import org.marsad.store.report.Reports;

/**
 * A web write while another writer (an import) holds SQLite's write lock longer than a request waits: 503
 * with a time to retry and the reason in both languages, never 500 (issue 16: HTTP 500 after 10 s), nothing
 * written; once the lock is free the same request succeeds.
 */
class BusyDatabaseTest {
    @Test
    void aWriteWhileAnotherHoldsTheLockIs503WithRetryAfterAndNothingWritten() {
        try (TestApp app = new TestApp()) {
            String token = new ApiTokens(app.db).issue("reem", "test");
            int before = new Reports(app.db).count();
            String json = "{\"text\": \"Shelling killed 3 civilians.\", \"source\": \"a new source\"}";
            Handle importing = app.db.jdbi().open();
            HttpResponse<String> busy;
            try {
                importing.begin(); // BEGIN IMMEDIATE: the write lock, as an import holds it
                busy = app.visitor().sendWith("POST", "/api/v1/reports", json, "Authorization", "Bearer " + token);
            } finally {
                importing.rollback();
                importing.close();
            }
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("60");
            JsonNode error = Visitor.json(busy).path("error");
            assertThat(error.path("message").asText()).contains("busy");
            assertThat(error.path("message_ar").asText()).contains("مشغولة");
            assertThat(new Reports(app.db).count()).isEqualTo(before);
            HttpResponse<String> again = app.visitor().sendWith("POST", "/api/v1/reports", json, "Authorization",
                    "Bearer " + token);
            assertThat(again.statusCode()).isEqualTo(201);
        }
    }
}
