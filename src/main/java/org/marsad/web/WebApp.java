package org.marsad.web;

import org.marsad.web.report.HomePage;
import org.marsad.web.source.SourcePages;
import org.marsad.web.victim.RecordPages;
import org.marsad.web.report.Uploads;
import org.marsad.web.report.ReportPages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.marsad.extract.Claim;
import org.marsad.extract.Extraction;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;
import org.marsad.tally.Tallies;
import org.marsad.web.account.AccountPages;
import org.marsad.web.account.SignIn;
import org.marsad.web.edit.Workspace;
import org.marsad.web.tally.EstimatePage;
import org.marsad.web.tally.TallyPage;

/**
 * The web app: server-rendered pages in Arabic (right to left, the default) and English, and the JSON
 * API under {@code /api/v1}, over one database, behind accounts. Each feature registers its routes in
 * one place; {@link Guard} checks every matched route's role and form token first.
 */
public final class WebApp {
    /**
     * How the app runs: the key of confidential source fields; the extractor that finds a new report's
     * figures and named victims (without one, reports are stored with none); whether cookies are
     * HTTPS-only even without an {@code X-Forwarded-Proto: https} from a proxy.
     */
    public record Settings(FieldCipher cipher, Function<String, Extraction> reader, boolean secureCookies) {
        public static Settings of(FieldCipher cipher) {
            return new Settings(cipher, text -> new Extraction(null, List.of(), List.of()), false);
        }

        /** An extractor of figures alone (tests); the report's language and named victims stay unknown. */
        public Settings withExtractor(Function<String, List<Claim>> e) {
            return new Settings(cipher, text -> new Extraction(null, e.apply(text), List.of()), secureCookies);
        }

        /** The whole reading of a report: its language, figures and named victims. */
        public Settings withReader(Function<String, Extraction> r) {
            return new Settings(cipher, r, secureCookies);
        }

        public Settings withSecureCookies(boolean secure) {
            return new Settings(cipher, reader, secure);
        }

        /** The figures of a text, as the reader finds them. */
        public Function<String, List<Claim>> extractor() {
            return text -> reader.apply(text).claims();
        }
    }

    private final Database db;
    private final Settings settings;

    public WebApp(Database db, Settings settings) {
        this.db = db;
        this.settings = settings;
    }

    public Javalin create() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            // A body sent without a length stops here; one with a length is refused before it is read.
            config.http.maxRequestSize = Uploads.MAX_REQUEST;
            config.jetty.multipartConfig.maxTotalRequestSize(Uploads.MAX_REQUEST, io.javalin.config.SizeUnit.BYTES);
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/static";
                s.location = Location.CLASSPATH;
            });
        });
        Sessions sessions = new Sessions();
        Guard guard = new Guard(sessions, settings.secureCookies(), new org.marsad.store.account.ApiTokens(db));
        app.before(Uploads::refuseOversized);
        Observatory observatory = new Observatory(db);
        app.before(observatory::name);
        app.beforeMatched(guard::check);
        app.after(WebApp::securityHeaders);
        Errors.register(app, db.redactedUrl());
        // One counter for the whole app: it keeps the count units of the current data in memory.
        Tallies tallies = new Tallies(db);
        HomePage home = new HomePage(db, tallies);
        app.get("/", ctx -> {
            Map<String, Object> m = Views.model(ctx);
            home.model(Views.words(ctx), m);
            Views.render(ctx, "home.mustache", m);
        });
        app.get("/health", this::health);
        new SignIn(db, sessions, guard).register(app);
        new AccountPages(db, sessions, observatory).register(app);
        new ReportPages(db, settings.reader()).register(app);
        new RecordPages(db).register(app);
        new TallyPage(db, tallies).register(app);
        new EstimatePage(db).register(app);
        new SourcePages(db, settings.cipher()).register(app);
        new org.marsad.web.place.PlacePages().register(app);
        new Workspace(db, settings.cipher()).register(app);
        Api.register(app, Api.routes(db, tallies, settings, sessions, observatory));
        keyNamesInBackground();
        return app;
    }

    /**
     * Keys the names no search has keyed yet (a large import made by the CLI) on a thread of its own, so
     * that the first search after it need not: searches meanwhile find what is keyed (measured: a million
     * names take minutes, README "bench web").
     */
    private void keyNamesInBackground() {
        Thread keying = new Thread(() -> {
            try {
                RecordPages.names(db).catchUp();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(WebApp.class).warn("keying victims' names failed ({}); searches key them",
                        org.marsad.store.DatabaseFailure.kinds(e));
            }
        }, "marsad-name-keys");
        keying.setDaemon(true);
        keying.start();
    }

    /**
     * Loads the web stack's classes (Jetty, Javalin, Jackson) and compiles the templates without serving
     * anything, so that a caller can do it on another core while the database opens.
     */
    public static void warmUp() {
        Javalin.create(config -> config.showJavalinBanner = false);
        Views.warmUp();
    }

    /** 200 when the database answers; 503, still JSON, with the database's state when it does not. */
    private void health(Context ctx) {
        boolean up = db.answers();
        ctx.status(up ? 200 : 503);
        ctx.json(Map.of("status", up ? "ok" : "unavailable", "database", db.dialect().name().toLowerCase(Locale.ROOT),
                "database_state", up ? "answering" : "unreachable"));
    }

    /**
     * Nothing is loaded from elsewhere, and pages cannot be framed or sniffed; what a signed-in person
     * sees (victims, sources, review) is never kept by the browser's or a proxy's cache.
     */
    private static void securityHeaders(Context ctx) {
        Sessions.Session s = Guard.session(ctx);
        if (s != null && s.user() != null) {
            ctx.header("Cache-Control", "no-store");
        }
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
