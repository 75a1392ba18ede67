package org.marsad.web;

import org.marsad.web.report.Uploads;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import java.util.Map;
import org.marsad.InputError;
import org.marsad.store.ConflictException;
import org.marsad.store.DatabaseFailure;
import org.marsad.store.NotFound;
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
        app.exception(ConflictException.class, Errors::conflict);
        app.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, e.getMessage(), Refusal.of(404, e)));
        app.exception(Refusal.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e));
        app.exception(org.marsad.extract.ReportText.Refused.class, (e, ctx) -> {
            Refusal r = Uploads.refusal(e);
            respond(ctx, r.status(), r.getMessage(), r);
        });
        app.exception(InputError.class, (e, ctx) -> respond(ctx, 400, e.getMessage(), Refusal.of(400, e)));
        // A redirect thrown by the guard carries its target as its message.
        app.exception(RedirectResponse.class, (e, ctx) -> ctx.redirect(e.getMessage(), HttpStatus.forStatus(e.getStatus())));
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            if (DatabaseFailure.busy(e)) {
                // another writer (an import) held SQLite's one write lock longer than a request waits: nothing
                // was written, and the same request later succeeds, so 503 with a time to retry, not 500
                LOG.warn("request {} {}: database {} busy with another write ({})", ctx.method(), ctx.path(), database,
                        DatabaseFailure.kinds(e));
                ctx.header("Retry-After", "60");
                respond(ctx, 503, "the database is busy with another write (an import or a link); nothing was written, "
                        + "try again in a minute", new Refusal(503, "problem.busy"));
                return;
            }
            if (DatabaseFailure.unreachable(e)) {
                // one line: the visitor gets 503 and may retry; the log names the database, not the rows
                LOG.error("request {} {}: database {} unavailable ({})", ctx.method(), ctx.path(), database,
                        DatabaseFailure.kinds(e));
                respond(ctx, 503, "the database is unavailable; try again in a moment", new Refusal(503, "problem.unavailable"));
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

    /**
     * A stale edit: the API says which record and both versions; the page says it in the reader's language,
     * with a link to the record as it is now, so the editor can redo the change on top of it.
     */
    private static void conflict(ConflictException e, Context ctx) {
        if (ctx.path().startsWith("/api/") || e.entity() == null) {
            ctx.status(409);
            if (ctx.path().startsWith("/api/")) {
                Map<String, Object> error = new java.util.LinkedHashMap<>();
                error.put("status", 409);
                error.put("message", e.getMessage());
                if (e.entity() != null) {
                    error.put("entity", e.entity());
                    error.put("id", e.id());
                    error.put("current_version", e.current());
                    error.put("your_version", e.yours());
                }
                ctx.json(Map.of("error", error));
            } else {
                respond(ctx, 409, e.getMessage(), Refusal.of(409, e));
            }
            return;
        }
        ctx.status(409);
        Messages t = Views.words(ctx);
        Map<String, Object> model = Views.model(ctx);
        model.put("status", 409);
        model.put("title", t.label("error", "409"));
        model.put("conflict", t.get("conflict.detail", t.label("entity", e.entity()), t.number(e.id()),
                t.number(e.current()), t.number(e.yours())));
        // a figure has no page of its own: the reader goes back to its report from the report's link
        model.put("recordLink", "claim".equals(e.entity()) ? null : "/" + e.entity() + "s/" + e.id());
        Views.render(ctx, "error.mustache", model);
    }

    static void respond(Context ctx, int status, String message) {
        respond(ctx, status, message, null);
    }

    /**
     * The answer to a failed request. A {@link Refusal} says its reason in the reader's language (and
     * in both on the API); other 400s show their English detail apart, marked as English text.
     */
    static void respond(Context ctx, int status, String message, Refusal reason) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("status", status);
            error.put("message", message);
            if (reason != null) {
                error.put("message_ar", reason.in(Messages.of(org.marsad.report.Lang.AR)));
            }
            ctx.json(Map.of("error", error));
            return;
        }
        try {
            Map<String, Object> model = Views.model(ctx);
            Messages t = Views.words(ctx);
            model.put("status", t.plain(status));
            model.put("title", t.has("error." + status) ? t.get("error." + status) : t.get("error.other"));
            model.put("reason", reason == null ? null : reason.in(t));
            model.put("detail", reason == null && status == 400 ? message : null);
            Views.render(ctx, "error.mustache", model);
        } catch (RuntimeException | LinkageError pageFailed) {
            // The error page itself failed (a template or class that cannot load): answer in plain words
            // rather than hand the failure back to the framework's error handling, which would call us again.
            LOG.error("error page for {} {} failed: {}", ctx.method(), ctx.path(), pageFailed.toString());
            ctx.contentType("text/plain; charset=utf-8").result(status + " خطأ · error");
        }
    }
}
