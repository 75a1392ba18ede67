package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import java.util.Map;
import org.marsad.InputError;
import org.marsad.store.ConflictException;
import org.marsad.store.DatabaseFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed request answers: under {@code /api/} the JSON body
 * {@code {"error": {"status": 409, "message": "…"}}}, elsewhere a page in the visitor's language.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void register(Javalin app) {
        register(app, "(none)");
    }

    /** Registers the error answers; {@code database} names the database in log lines, password masked. */
    static void register(Javalin app, String database) {
        app.exception(ConflictException.class, (e, ctx) -> respond(ctx, 409, e.getMessage()));
        app.exception(InputError.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        // A redirect thrown by the guard carries its target as its message.
        app.exception(RedirectResponse.class, (e, ctx) -> ctx.redirect(e.getMessage(), HttpStatus.forStatus(e.getStatus())));
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            if (DatabaseFailure.unreachable(e)) {
                // one line: the visitor gets 503 and may retry; the log names the database, not the rows
                LOG.error("request {} {}: database {} unavailable ({})", ctx.method(), ctx.path(), database,
                        DatabaseFailure.kinds(e));
                respond(ctx, 503, "the database is unavailable; try again in a moment");
                return;
            }
            // Where it failed stays in the server's log, without the messages, which may quote a victim's
            // or a source's data; the visitor learns only that it failed.
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), DatabaseFailure.withoutData(e));
            respond(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, "no such page: " + ctx.path());
            }
        });
    }

    static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", Map.of("status", status, "message", message)));
            return;
        }
        try {
            Map<String, Object> model = Views.model(ctx);
            Messages t = Views.words(ctx);
            model.put("status", status);
            model.put("title", t.label("error", Integer.toString(status)));
            model.put("detail", status == 400 ? message : null);
            Views.render(ctx, "error.mustache", model);
        } catch (RuntimeException | LinkageError pageFailed) {
            // The error page itself failed (a template or class that cannot load): answer in plain words
            // rather than hand the failure back to the framework's error handling, which would call us again.
            LOG.error("error page for {} {} failed: {}", ctx.method(), ctx.path(), pageFailed.toString());
            ctx.contentType("text/plain; charset=utf-8").result(status + " خطأ · error");
        }
    }
}
