package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * PostgreSQL out of reach while serving (issue 16): {@code /health} answers JSON 503 with the database's
 * state, pages and the API answer 503, and the server's log says so in one line per request, naming the
 * database and never a victim.
 */
class DatabaseDownTest {
    @Test
    void aServerWhoseDatabaseIsGoneAnswers503AndLogsNoVictimData() throws Exception {
        String url = TestDatabases.url(Dialect.POSTGRESQL);
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Database db = Database.open(url)) {
            long source = new Sources(db).add(Source.of("list", "list")).id();
            new Victims(db).addAll(List.of(new Victim(null, source, "1", "Zaynab Unforgettable", null, null, null, null,
                    'F', 30, "adult", "civilian", null, null, null, null, null, null, null, null)));
            Javalin app = new WebApp(db, WebApp.Settings.of(FieldCipher.random())).create().start("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            try {
                assertThat(get(http, app, "/health").statusCode()).isEqualTo(200);
                try (Connection admin = DriverManager.getConnection(url.replace("/" + name, "/postgres"));
                     Statement s = admin.createStatement()) {
                    s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
                    s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                }
                PrintStream stderr = System.err;
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                HttpResponse<String> health;
                HttpResponse<String> api;
                try {
                    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
                    health = get(http, app, "/health");
                    api = get(http, app, "/api/v1/tallies");
                } finally {
                    System.setErr(stderr);
                }
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
                assertThat(Visitor.json(health).path("database_state").asText()).isEqualTo("unreachable");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(Visitor.json(api).path("error").path("status").asInt()).isEqualTo(503);
                String logged = log.toString(StandardCharsets.UTF_8);
                assertThat(logged).contains("unavailable").contains(name).doesNotContain("Zaynab")
                        .doesNotContain("\tat ");
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, Javalin app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
