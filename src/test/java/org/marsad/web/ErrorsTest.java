package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page that fails after it chose the visitor's language (and so set the language cookie) answers 500
 * once, in time: the error page sets the cookie again on the same response. Issue 16 saw a server loop
 * in its error handler; that loop came from classes read out of a jar rewritten under the server
 * ({@code LauncherTest}), these pages keep the error path itself from doing it.
 */
class ErrorsTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(c -> c.showJavalinBanner = false);
        Errors.register(app);
        app.get("/fails", ctx -> {
            Views.words(ctx);
            throw new IllegalStateException("a bug");
        });
        app.get("/fails-hard", ctx -> {
            Views.words(ctx);
            throw new NoClassDefFoundError("org/marsad/Gone");
        });
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void anExceptionAfterALanguageChoiceAnswersAnErrorPageInThatLanguage() throws Exception {
        HttpResponse<String> r = get("/fails?lang=en&digits=arabic_indic");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("lang=\"en\"").doesNotContain("a bug");
        assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("marsad_lang=en"));
    }

    @Test
    void anErrorAfterALanguageChoiceAnswers500() throws Exception {
        HttpResponse<String> r = get("/fails-hard?lang=en");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).doesNotContain("org/marsad/Gone");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
