package org.marsad.web.report;

import org.marsad.web.Guard;
import org.marsad.web.Paging;
import org.marsad.web.Views;
import org.marsad.web.Messages;
import org.marsad.web.Forms;
import org.marsad.web.Access;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.extract.Extraction;
import org.marsad.extract.NoFigure;
import org.marsad.report.Lang;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incidents;
import org.marsad.store.report.Report;
import org.marsad.store.report.ReportVictim;
import org.marsad.store.report.Reports;
import org.marsad.store.report.ReportEdits;
import org.marsad.store.NotFound;
import org.marsad.web.edit.Visibility;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;

/** The reports pages: the list, entering a report, a report with its figures marked, and their review. */
public final class ReportPages {
    private final Reports reports;
    private final Sources sources;
    private final Incidents incidents;
    private final ClaimReview review;
    private final VictimReview named;
    private final Function<String, Extraction> extractor;
    private final ReportEdits edits;

    public ReportPages(Database db, Function<String, Extraction> extractor) {
        this.reports = new Reports(db);
        this.sources = new Sources(db);
        this.incidents = new Incidents(db);
        this.review = new ClaimReview(db);
        this.named = new VictimReview(db);
        this.extractor = extractor;
        this.edits = new ReportEdits(db);
    }

    public void register(Javalin app) {
        app.get("/reports", this::list);
        app.get("/reports/new", this::form, Access.EDITOR);
        app.post("/reports", this::create, Access.EDITOR);
        app.get("/reports/{id}", this::show);
        app.post("/reports/{id}/delete", this::delete, Access.EDITOR);
        app.post("/reports/{id}/reextract", this::reextract, Access.EDITOR);
        app.post("/claims/{id}/review", this::review, Access.EDITOR);
        app.post("/claims/{id}/attach", this::attach, Access.EDITOR);
        app.post("/reports/{report}/victims/{victim}/review", this::reviewVictim, Access.EDITOR);
        app.post("/reports/{report}/victims/{victim}/correct", this::correctVictim, Access.EDITOR);
    }

    private void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        m.put("reports", HomePage.rows(reports.summaries(paging.offset(), paging.size()), sources.names(), t));
        m.put("pages", paging.links(ctx, t, reports.count()));
        Views.render(ctx, "reports.mustache", m);
    }

    private void form(Context ctx) {
        Map<String, Object> m = Views.model(ctx);
        m.put("sources", sources.all().stream().map(s -> Map.of("id", s.id(), "name", s.name())).toList());
        Views.render(ctx, "report-new.mustache", m);
    }

    private void create(Context ctx) {
        String body = Uploads.formText(ctx);
        String lang = "en".equals(ctx.formParam("lang")) ? "en" : "ar";
        String source = Forms.text(ctx.formParam("source"));
        Report report = Report.of(source == null ? null : Forms.whole(source, "source"),
                Forms.text(ctx.formParam("title")), body, lang, Forms.date(ctx.formParam("published"), "published"));
        Extraction found = extractor.apply(body);
        Reports.Stored stored = reports.store(report, found.claims(), found.victims(), Guard.session(ctx).user());
        ctx.redirect("/reports/" + stored.report().id(), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        long id = Forms.id(ctx, "id");
        Report r = reports.find(id).orElseThrow(() -> new NotFound("report", id));
        ReportEdits.State state = edits.state(id).orElseThrow();
        Visibility.check(ctx, state.deleted(), "report", id);
        List<StoredClaim> claims = reports.claims(id);
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        m.put("report", r);
        m.put("reportVersion", state.version());
        m.put("live", !state.deleted());
        m.put("deletion", state.deletion());
        m.put("deletedDay", state.deleted() ? t.date(java.time.LocalDate.ofInstant(state.deletion().at(),
                java.time.ZoneOffset.UTC)) : null);
        m.put("reextracted", reextracted(ctx, t));
        m.put("reportDir", Lang.dirOf(r.lang()));
        m.put("reportLang", r.lang());
        m.put("published", t.date(r.publishedOn()));
        m.put("source", r.sourceId() == null ? null : sources.find(r.sourceId()).map(Source::name).orElse(null));

        m.put("figures", claims.stream().map(c -> HomePage.figure(c, r.body(), t)).toList());
        if (claims.isEmpty()) {
            m.put("noFigure", NoFigure.of(r.body()).message(t.lang().code()));
        }
        List<ReportVictim> victims = named.ofReport(id);
        m.put("pieces", ReportText.pieces(r.body(), claims, victims.stream().map(ReportVictim::span).toList()));
        boolean signedIn = m.get("user") != null;
        m.put("victims", java.util.stream.IntStream.range(0, victims.size())
                .mapToObj(i -> VictimReview.view(victims.get(i), i + 1, t, signedIn)).toList());
        m.put("hasVictims", !victims.isEmpty());
        if (Boolean.TRUE.equals(m.get("canEdit"))) {
            m.put("incidents", incidents.page(0, Paging.MAX_SIZE).stream().map(i -> Map.of("id", i.id(),
                    "label", "#" + t.plain(i.id()) + " · " + (i.occurredFrom() == null ? "" : t.date(i.occurredFrom()) + " · ")
                            + (i.placeText() == null && i.placePcode() == null ? "" : t.place(i.placePcode(), i.placeText()) + " · ")
                            + t.label("grade", i.grade().code())))
                    .toList());
            m.put("claimForms", org.marsad.web.edit.ClaimForms.of(claims, t));
            m.put("grades", java.util.Arrays.stream(Grade.values())
                    .map(g -> Map.of("code", g.code(), "label", t.label("grade", g.code()), "selected", g == Grade.WEAK))
                    .toList());
        }
        Views.render(ctx, "report.mustache", m);
    }

    /** Hides the report with its reason; an editor is sent to the list, where it no longer is. */
    private void delete(Context ctx) {
        long id = Forms.id(ctx, "id");
        edits.delete(id, Forms.text(ctx.formParam("reason")), (int) Forms.whole(ctx.formParam("version"), "version"),
                Guard.actor(ctx));
        ctx.redirect("/reports", HttpStatus.SEE_OTHER);
    }

    /** Reads the stored text again with the current extractor, then shows the report with what changed. */
    private void reextract(Context ctx) {
        long id = Forms.id(ctx, "id");
        Report r = reports.find(id).orElseThrow(() -> new NotFound("report", id));
        Extraction read = extractor.apply(r.body());
        ReportEdits.Reextracted done = edits.reextract(id, read.claims(), read.victims(),
                (int) Forms.whole(ctx.formParam("version"), "version"), Guard.actor(ctx));
        ctx.redirect("/reports/" + id + "?reextracted=" + done.kept() + "," + done.removed() + "," + done.added(),
                HttpStatus.SEE_OTHER);
    }

    /** The line saying what a re-extraction just did, from the numbers it sent the editor back with. */
    private static String reextracted(Context ctx, Messages t) {
        String done = ctx.queryParam("reextracted");
        if (done == null || !done.matches("\\d{1,6},\\d{1,6},\\d{1,6}")) {
            return null;
        }
        String[] n = done.split(",");
        return t.get("report.reextracted", Long.parseLong(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2]));
    }

    private void review(Context ctx) {
        StoredClaim c = review.review(Forms.id(ctx, "id"),
                Forms.code(ReviewStatus.class, ctx.formParam("status"), "status"),
                (int) Forms.whole(ctx.formParam("version"), "version"), Guard.session(ctx).user());
        backTo(ctx, c);
    }

    private void attach(Context ctx) {
        String incident = Forms.required(ctx.formParam("incident"), "incident");
        StoredClaim c = review.attach(Forms.id(ctx, "id"),
                "new".equals(incident) ? null : Forms.whole(incident, "incident"),
                Forms.code(Grade.class, ctx.formParam("grade"), "grade"),
                (int) Forms.whole(ctx.formParam("version"), "version"), Guard.session(ctx).user());
        backTo(ctx, c);
    }

    private void reviewVictim(Context ctx) {
        long report = Forms.id(ctx, "report");
        ReportVictim v = named.review(report, Forms.id(ctx, "victim"),
                Forms.code(ReviewStatus.class, Forms.required(ctx.formParam("status"), "status"), "status"),
                Forms.code(ReviewStatus.class, ctx.formParam("seen"), "seen"), Guard.session(ctx).user());
        backTo(ctx, v);
    }

    private void correctVictim(Context ctx) {
        long report = Forms.id(ctx, "report");
        ReportVictim v = named.correct(report, Forms.id(ctx, "victim"), VictimReview.correction(ctx.formParam("name"),
                        ctx.formParam("age"), ctx.formParam("sex"), ctx.formParam("outcome")),
                Forms.code(ReviewStatus.class, ctx.formParam("seen"), "seen"), Guard.session(ctx).user());
        backTo(ctx, v);
    }

    private static void backTo(Context ctx, ReportVictim v) {
        ctx.redirect("/reports/" + v.reportId() + "#victim-" + v.id(), HttpStatus.SEE_OTHER);
    }

    private static void backTo(Context ctx, StoredClaim c) {
        ctx.redirect("/reports/" + c.reportId() + "#figure-" + (c.ordinal() + 1), HttpStatus.SEE_OTHER);
    }
}
