package org.marsad.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.StringWriter;
import java.util.Map;
import org.marsad.store.Database;

/**
 * The web app: server-rendered pages in Arabic (right to left, the default) and English, over one
 * database. Routes are registered here, in one place; handlers stay short and call the feature packages.
 */
public final class WebApp {
    private final Database db;
    /** Compiled templates are cached here and shared by every app of the JVM. */
    private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory("templates");
    private final HomePage home;

    public WebApp(Database db) {
        this.db = db;
        this.home = new HomePage(db);
    }

    public Javalin create() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/static";
                s.location = Location.CLASSPATH;
            });
        });
        app.after(WebApp::securityHeaders);
        app.get("/", ctx -> render(ctx, "home.mustache", home.model(Lang.of(ctx.queryParam("lang")))));
        app.get("/health", this::health);
        return app;
    }

    /**
     * Loads the web stack's classes (Jetty, Javalin, Jackson) and compiles the templates without serving
     * anything, so that a caller can do it on another core while the database opens.
     */
    public static void warmUp() {
        Javalin.create(config -> config.showJavalinBanner = false);
        TEMPLATES.compile("home.mustache");
        Messages.of(Lang.AR);
        Messages.of(Lang.EN);
    }

    private void health(Context ctx) {
        int one = db.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        ctx.json(Map.of("status", one == 1 ? "ok" : "degraded", "database", db.dialect().name().toLowerCase()));
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        Mustache m = TEMPLATES.compile(template);
        StringWriter out = new StringWriter();
        m.execute(out, model);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Nothing is loaded from elsewhere, and pages cannot be framed or sniffed. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
