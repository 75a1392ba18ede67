package org.marsad.web.report;

import org.marsad.web.Scripts;
import org.marsad.web.Json;
import org.marsad.web.Guard;
import org.marsad.web.Refusal;
import org.marsad.web.Paging;
import org.marsad.web.Forms;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.extract.Extraction;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.incident.Grade;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.report.ReportEdits;
import org.marsad.store.NotFound;
import org.marsad.web.edit.Visibility;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;
import org.marsad.web.edit.ClaimEditing;

/** The API of reports and their claims (figures), including an editor's review of a claim. */
public final class ReportsApi {
    record ReportSummary(long id, String title, String lang, LocalDate publishedOn, Long sourceId, String source,
                         Instant createdAt) {
    }

    record ReportDetail(long id, String title, String lang, LocalDate publishedOn, Long sourceId, String source,
                        Instant createdAt, String body, List<StoredClaim> claims, List<VictimReview.Json> victims,
                        int version, org.marsad.store.Deletion deleted) {
    }

    /** What a re-extraction did, with the report's figures as they are now. */
    record Reread(long id, int version, int kept, int removed, int added, int victimsAdded, List<StoredClaim> claims) {
    }

    /** A report stored by a script: as {@link ReportDetail} without the text, with the victims named in it. */
    record Entered(long id, String title, String lang, LocalDate publishedOn, Long sourceId, String source,
                   Instant createdAt, boolean created, List<StoredClaim> claims, List<NamedVictim> victims) {
    }

    private final Reports reports;
    private final Sources sources;
    private final ClaimReview review;
    private final VictimReview named;
    private final ClaimEditing claimEdits;
    private final Function<String, Extraction> reader;
    private final ReportEdits edits;

    public ReportsApi(Database db, Function<String, Extraction> reader) {
        this.reports = new Reports(db);
        this.sources = new Sources(db);
        this.review = new ClaimReview(db);
        this.named = new VictimReview(db);
        this.claimEdits = new ClaimEditing(db);
        this.reader = reader;
        this.edits = new ReportEdits(db);
    }

    /**
     * {@code {"text": "…", "source": "NAME"?, "published": "YYYY-MM-DD"?, "title"?, "lang"?}}: stores a
     * report with the figures found in it, 201; the same text again answers 200 with the report already
     * stored, its figures and their review as they are. The body is checked as a report file is (UTF-8,
     * no binary content, at most 16 MB).
     */
    public void create(Context ctx) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(Uploads.body(ctx));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Refusal(400, "input.json");
        }
        if (body == null || !body.isObject()) {
            throw new Refusal(400, "input.json_object");
        }
        String text = Uploads.jsonText(body.path("text").isTextual() ? body.get("text").asText() : null);
        String sourceName = Forms.text(body.path("source").asText(null));
        Long sourceId = sourceName == null ? null : sources.named(sourceName, "unknown").id();
        Extraction read = reader.apply(text);
        String lang = Forms.text(body.path("lang").asText(null));
        if (lang == null) {
            lang = read.lang() != null ? read.lang() : Scripts.mostlyArabic(text) ? "ar" : "en";
        }
        Reports.Stored stored = reports.store(Report.of(sourceId, Forms.text(body.path("title").asText(null)), text, lang,
                Forms.date(body.path("published").asText(null), "published")), read.claims(), read.victims(),
                Guard.session(ctx).user());
        Report r = stored.report();
        ctx.status(stored.created() ? 201 : 200).json(new Entered(r.id(), r.title(), r.lang(), r.publishedOn(),
                r.sourceId(), r.sourceId() == null ? null : sources.names().get(r.sourceId()), r.createdAt(),
                stored.created(), reports.claims(r.id()), stored.created() ? read.victims() : null));
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        Map<Long, String> names = sources.names();
        ctx.json(paging.of(reports.page(paging.offset(), paging.size()).stream().map(r -> new ReportSummary(r.id(),
                r.title(), r.lang(), r.publishedOn(), r.sourceId(), names.get(r.sourceId()), r.createdAt())).toList(),
                reports.count()));
    }

    public void one(Context ctx) {
        long id = Forms.id(ctx, "id");
        Report r = reports.find(id).orElseThrow(() -> new NotFound("report", id));
        ReportEdits.State state = edits.state(id).orElseThrow();
        Visibility.check(ctx, state.deleted(), "report", id);
        String source = r.sourceId() == null ? null : sources.names().get(r.sourceId());
        ctx.json(new ReportDetail(r.id(), r.title(), r.lang(), r.publishedOn(), r.sourceId(), source, r.createdAt(),
                r.body(), reports.claims(id), named.ofReport(id).stream().map(VictimReview.Json::of).toList(),
                state.version(), state.deletion()));
    }

    /**
     * {@code {"reason": "…", "version": 2?}}: hides the report and the persons it names, keeping them; its
     * figures leave the tally. A version other than the report's current one is a conflict (409).
     */
    public void delete(Context ctx) {
        long id = Forms.id(ctx, "id");
        JsonNode body = Forms.json(ctx);
        var state = edits.delete(id, body.path("reason").asText(null), version(id, body), Guard.actor(ctx));
        ctx.json(Map.of("id", id, "version", state.version(), "deleted", state.deletion()));
    }

    /**
     * {@code {"version": 2?}}: the current extractor reads the stored text again; figures a person confirmed
     * or corrected are kept, the others replaced (see {@link ReportEdits#reextract}).
     */
    public void reextract(Context ctx) {
        long id = Forms.id(ctx, "id");
        String body = ctx.body();
        JsonNode b = body == null || body.isBlank() ? Json.mapper().createObjectNode() : Forms.json(ctx);
        Report r = reports.find(id).orElseThrow(() -> new NotFound("report", id));
        Extraction read = reader.apply(r.body());
        ReportEdits.Reextracted done = edits.reextract(id, read.claims(), read.victims(), version(id, b), Guard.actor(ctx));
        ctx.json(new Reread(id, done.version(), done.kept(), done.removed(), done.added(), done.victimsAdded(),
                reports.claims(id)));
    }

    /** The version a script read, or the report's current one when it sends none (the last word, as DESIGN.md allows). */
    private int version(long id, JsonNode body) {
        if (body.hasNonNull("version")) {
            return (int) Forms.whole(body.get("version").asText(), "version");
        }
        return edits.state(id).orElseThrow(() -> new NotFound("report", id)).version();
    }

    /**
     * {@code {"status": "confirmed"}} or {@code "rejected"} decides on a person the report names;
     * {@code {"name": …, "age": …, "sex": …, "outcome": …}} corrects them (every field as it should read; the
     * record is then "edited"). {@code "seen"}, the review status as read, makes a decision someone else
     * made since a conflict (409) rather than an overwrite.
     */
    public void patchVictim(Context ctx) {
        long report = Forms.id(ctx, "report");
        long victim = Forms.id(ctx, "victim");
        JsonNode body = Forms.json(ctx);
        String actor = Guard.session(ctx).user();
        ReviewStatus seen = Forms.code(ReviewStatus.class, body.path("seen").asText(null), "seen");
        boolean correcting = body.has("name") || body.has("age") || body.has("sex") || body.has("outcome");
        if (correcting == body.hasNonNull("status")) {
            throw new Refusal(400, "input.status_or_correction");
        }
        var v = correcting
                ? named.correct(report, victim, VictimReview.correction(body.path("name").asText(null),
                        body.path("age").isNull() ? null : body.path("age").asText(null), body.path("sex").asText(null),
                        body.path("outcome").asText(null)), seen, actor)
                : named.review(report, victim, Forms.code(ReviewStatus.class, body.get("status").asText(), "status"),
                        seen, actor);
        ctx.json(VictimReview.Json.of(v));
    }

    public void claim(Context ctx) {
        ctx.json(review.find(Forms.id(ctx, "id")));
    }

    /**
     * {@code {"status": "confirmed", "version": 3}} reviews a claim; {@code {"incident_id": 7, "version": 3}}
     * attaches it ({@code "incident_id": "new"} with a {@code "grade"} makes the incident). A version, when given, other
     * than the claim's current one is a conflict (409): someone changed it since it was read. Any of
     * {@code count, qualifier, group, outcome, cause, perpetrator, place, from, to} corrects the figure first.
     */
    public void patch(Context ctx) {
        long id = Forms.id(ctx, "id");
        JsonNode body = Forms.json(ctx);
        String actor = Guard.session(ctx).user();
        StoredClaim c = review.find(id);
        // a script may leave the version out and take the last word (DESIGN.md); given, it must be current
        int version = body.hasNonNull("version") ? (int) Forms.whole(body.get("version").asText(), "version") : c.version();
        if (ClaimEditing.changes(body)) {
            c = claimEdits.edit(id, body, version, actor);
            version = c.version();
        }
        if (body.hasNonNull("status")) {
            c = review.review(id, Forms.code(ReviewStatus.class, body.get("status").asText(), "status"), version, actor);
            version = c.version();
        }
        if (body.hasNonNull("incident_id")) {
            String incident = body.get("incident_id").asText();
            c = review.attach(id, "new".equals(incident) ? null : Forms.whole(incident, "incident_id"),
                    Forms.code(Grade.class, body.path("grade").asText(null), "grade"), version, actor);
        }
        ctx.json(c);
    }
}
