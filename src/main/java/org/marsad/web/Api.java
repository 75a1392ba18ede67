package org.marsad.web;

import org.marsad.web.source.SourceRegistry;
import org.marsad.web.victim.RecordsApi;
import org.marsad.web.report.ReportsApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;
import org.marsad.tally.Tallies;
import org.marsad.web.Sessions.Session;
import org.marsad.web.account.AccountAdmin;
import org.marsad.web.account.AccountsApi;
import org.marsad.web.edit.Workspace;
import org.marsad.web.tally.TallyCache;
import org.marsad.web.tally.TallyQuery;

/**
 * The JSON API: every {@code /api/v1} route in one table, which {@code /api/v1/openapi.json} describes
 * (a test holds the two together). Scripts send {@code Authorization: Bearer TOKEN} (from {@code marsad
 * user token NAME}) and need no form token; a browser's session sends the form token of
 * {@code GET /api/v1/session} as {@code X-CSRF-Token} with every change.
 */
public final class Api {
    public static final String BASE = "/api/v1";
    private static final String OPENAPI = "/web/openapi.json";

    public record Route(HandlerType method, String path, Access access, Handler handler) {
    }

    private Api() {
    }

    static List<Route> routes(Database db, Tallies counting, FieldCipher cipher) {
        return routes(db, counting, WebApp.Settings.of(cipher));
    }

    /** The routes alone (tests list them), with sessions and settings of their own. */
    static List<Route> routes(Database db, Tallies counting, WebApp.Settings settings) {
        return routes(db, counting, settings, new Sessions(), new Observatory(db));
    }

    /** The routes over the app's sessions (an account changed is signed out) and observatory settings. */
    static List<Route> routes(Database db, Tallies counting, WebApp.Settings settings, Sessions sessions,
                              Observatory observatory) {
        FieldCipher cipher = settings.cipher();
        ReportsApi reports = new ReportsApi(db, settings.reader());
        RecordsApi records = new RecordsApi(db);
        SourceRegistry sources = new SourceRegistry(db, cipher);
        TallyCache tallies = new TallyCache(db, counting);
        String openapi = openapi();
        List<Route> routes = new java.util.ArrayList<>(List.of(
                new Route(HandlerType.GET, "/session", Access.PUBLIC, Api::session),
                new Route(HandlerType.GET, "/openapi.json", Access.PUBLIC,
                        ctx -> ctx.contentType("application/json").result(openapi)),
                new Route(HandlerType.GET, "/reports", Access.PUBLIC, reports::list),
                new Route(HandlerType.POST, "/reports", Access.EDITOR, reports::create),
                new Route(HandlerType.GET, "/reports/{id}", Access.PUBLIC, reports::one),
                new Route(HandlerType.DELETE, "/reports/{id}", Access.EDITOR, reports::delete),
                new Route(HandlerType.POST, "/reports/{id}/reextract", Access.EDITOR, reports::reextract),
                new Route(HandlerType.GET, "/claims/{id}", Access.READER, reports::claim),
                new Route(HandlerType.PATCH, "/claims/{id}", Access.EDITOR, reports::patch),
                new Route(HandlerType.PATCH, "/reports/{report}/victims/{victim}", Access.EDITOR, reports::patchVictim),
                new Route(HandlerType.GET, "/tallies", Access.PUBLIC,
                        ctx -> ctx.contentType("application/json").result(tallies.json(TallyQuery.of(ctx)))),
                new Route(HandlerType.GET, "/places", Access.PUBLIC, records::places),
                new Route(HandlerType.GET, "/places/{pcode}", Access.PUBLIC, records::place),
                new Route(HandlerType.GET, "/incidents", Access.READER, records::incidents),
                new Route(HandlerType.GET, "/victims", Access.READER, records::victims),
                new Route(HandlerType.GET, "/persons/{id}", Access.READER, records::person),
                new Route(HandlerType.GET, "/links/review", Access.EDITOR, records::linkQueue),
                new Route(HandlerType.POST, "/links/decisions", Access.EDITOR, records::decideLink),
                new Route(HandlerType.GET, "/sources", Access.READER, ctx -> ctx.json(sources.all(Guard.session(ctx)))),
                new Route(HandlerType.POST, "/sources", Access.EDITOR, ctx -> {
                    JsonNode b = Forms.json(ctx);
                    ctx.status(201).json(sources.add(Forms.required(b.path("name").asText(null), "name"),
                            Forms.required(b.path("kind").asText(null), "kind"), b.path("reliability").asText(null),
                            b.path("confidential_identity").asText(null), Guard.session(ctx).user()));
                })));
        routes.addAll(new Workspace(db, cipher).api());
        routes.addAll(new AccountsApi(new AccountAdmin(db, sessions), observatory).routes());
        return routes;
    }

    static void register(Javalin app, List<Route> routes) {
        for (Route r : routes) {
            app.addHttpHandler(r.method(), BASE + r.path(), r.handler(), r.access());
        }
    }

    /** Who is signed in, and the form token their changes must carry. */
    private static void session(Context ctx) {
        Session s = Guard.session(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", s == null ? null : s.user());
        m.put("role", s == null || s.role() == null ? null : s.role().code());
        m.put("csrf", Guard.formToken(ctx));
        m.put("via", s == null || s.user() == null ? null : s.byToken() ? "token" : "session");
        ctx.json(m);
    }

    private static String openapi() {
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is missing from the jar", e);
        }
    }
}
