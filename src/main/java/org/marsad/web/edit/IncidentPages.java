package org.marsad.web.edit;

import org.marsad.web.Refusal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.InputError;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.report.Lang;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentDeletion;
import org.marsad.store.incident.IncidentEdits;
import org.marsad.store.incident.IncidentFigure;
import org.marsad.store.incident.Incidents;
import org.marsad.store.place.Places;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.store.victim.Victims;
import org.marsad.web.Access;
import org.marsad.web.Forms;
import org.marsad.web.Guard;
import org.marsad.web.Messages;
import org.marsad.web.Views;

/**
 * An incident's own page: when, where, cause, grade, its recorded figures, the figures of reports
 * attached to it, its named victims and its sources; for editors the forms to correct it, attach named
 * victims, merge another incident into it or delete it.
 */
final class IncidentPages {
    record FigureRow(String outcome, String group, String range) {
    }

    record ClaimRow(long report, int number, String reportText, String numberText, String count, String group,
                    String outcome, String status) {
    }

    record NamedRow(long id, String idText, String name, String status) {
    }

    record FigureField(String name, String label, String value) {
    }

    private final Incidents incidents;
    private final IncidentEdits edits;
    private final Reports reports;
    private final Victims victims;
    private final VictimEdits victimEdits;
    private final Sources sources;
    private final Places places;
    private final VictimInput attach;

    IncidentPages(Database db) {
        this.incidents = new Incidents(db);
        this.edits = new IncidentEdits(db);
        this.reports = new Reports(db);
        this.victims = new Victims(db);
        this.victimEdits = new VictimEdits(db);
        this.sources = new Sources(db);
        this.places = new Places(db);
        this.attach = new VictimInput(sources);
    }

    void register(Javalin app) {
        app.get("/incidents/new", this::blank, Access.EDITOR);
        app.post("/incidents", this::create, Access.EDITOR);
        app.get("/incidents/{id}", this::show);
        app.post("/incidents/{id}", this::edit, Access.EDITOR);
        app.post("/incidents/{id}/victims", this::attachVictims, Access.EDITOR);
        app.post("/incidents/{id}/merge", this::merge, Access.EDITOR);
        app.post("/incidents/{id}/delete", this::delete, Access.EDITOR);
    }

    private void blank(Context ctx) {
        Map<String, Object> m = Views.model(ctx);
        m.put("grades", grades(Grade.WEAK, Views.words(ctx)));
        m.put("causeOptions", Choices.causes(null, Views.words(ctx)));
        m.put("figureFields", figureFields(List.of(), Views.words(ctx)));
        Views.render(ctx, "incident-new.mustache", m);
    }

    private void create(Context ctx) {
        Incident added = edits.create(IncidentInput.fresh(Fields.of(ctx)), Guard.actor(ctx));
        ctx.redirect("/incidents/" + added.id(), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        long id = Forms.id(ctx, "id");
        Incident i = incidents.find(id).orElseThrow(() -> new NotFound("incident", id));
        IncidentDeletion deletion = edits.deletion(id).orElse(null);
        Visibility.check(ctx, deletion != null, "incident", id);
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        m.put("incident", i);
        m.put("deletion", deletion);
        m.put("live", deletion == null);
        m.put("place", place(i, t));
        m.put("map", pin(i, t));
        // words and digits of the reader's language; the form keeps the values as stored
        m.put("idText", t.plain(id));
        m.put("fromText", t.date(i.occurredFrom()));
        m.put("deletedDay", deletion == null ? null : DeletedPage.day(deletion.deletion().at(), t));
        m.put("toText", t.date(i.occurredTo()));
        m.put("perpetratorLabel", t.label("perpetrator", i.perpetrator()));
        m.put("mergedIntoText", deletion == null || deletion.mergedInto() == null ? null : t.plain(deletion.mergedInto()));
        m.put("cause", t.label("cause", i.cause()));
        m.put("grade", t.label("grade", i.grade().code()));
        m.put("hasFigures", !i.figures().isEmpty());
        m.put("figures", i.figures().stream().map(f -> new FigureRow(t.label("outcome", f.outcome().code()),
                t.label("group", f.group().code()), range(f, t))).toList());
        List<StoredClaim> claims = reports.claimsOfIncident(id);
        m.put("claims", claims.stream().map(c -> new ClaimRow(c.reportId(), c.ordinal() + 1, t.plain(c.reportId()),
                t.plain(c.ordinal() + 1), t.number(c.claim().count()),
                t.label("group", c.claim().group().code()), t.label("outcome", c.claim().outcome().code()),
                t.label("status", c.status().code()))).toList());
        List<Victim> named = victims.ofIncident(id);
        m.put("named", named.stream().map(v -> new NamedRow(v.id(), t.plain(v.id()), v.fullName(), t.label("victimstatus", v.status())))
                .toList());
        m.put("namedCount", t.number(named.size()));
        // the example record numbers in the reader's digits
        m.put("attachRecords", t.get("edit.attach_records", 12, 13));
        m.put("sources", edits.sourceNames(id));
        m.put("grades", grades(i.grade(), t));
        m.put("causeOptions", Choices.causes(i.cause(), t));
        m.put("figureFields", figureFields(i.figures(), t));
        m.put("others", Choices.incidents(incidents, null, t).stream().filter(o -> !o.value().equals(Long.toString(id)))
                .skip(1).toList());
        Views.render(ctx, "incident.mustache", m);
    }

    /** The place by the database's gazetteer, else as the pages name places (a Latin name resolved on an Arabic page). */
    private String place(Incident i, Messages t) {
        String name = i.placePcode() == null ? null : places.find(i.placePcode())
                .map(p -> t.lang() == Lang.AR ? p.nameAr() : p.nameEn()).orElse(null);
        return name != null ? name : t.place(i.placePcode(), i.placeText());
    }

    /**
     * The incident's place pinned on the borders map, at the coordinates the place table holds for its
     * p-code (a community's, or a district's centre); none when the place has no p-code or no coordinates.
     */
    private String pin(Incident i, Messages t) {
        if (i.placePcode() == null) {
            return null;
        }
        return places.find(i.placePcode()).filter(p -> p.lat() != null && p.lon() != null)
                .map(p -> org.marsad.report.chart.Charts.pin(t.lang(), t.digits(), t.get("edit.map_title"),
                        t.lang() == Lang.AR ? p.nameAr() : p.nameEn(), p.lat(), p.lon()))
                .orElse(null);
    }

    private static String range(IncidentFigure f, Messages t) {
        return f.low() == f.high() ? t.number(f.low())
                : t.number(f.low()) + " / " + t.number(f.best()) + " / " + t.number(f.high());
    }

    private static List<Choices.Option> grades(Grade selected, Messages t) {
        return Arrays.stream(Grade.values()).map(g -> new Choices.Option(g.code(), t.label("grade", g.code()),
                g == selected)).toList();
    }

    /** One field per outcome and group, holding the recorded figure ("12", "10/12/15") or nothing. */
    private static List<FigureField> figureFields(List<IncidentFigure> figures, Messages t) {
        Map<String, String> values = new LinkedHashMap<>();
        figures.forEach(f -> values.put(f.outcome().code() + "_" + f.group().code(),
                f.low() == f.high() ? Long.toString(f.low()) : f.low() + "/" + f.best() + "/" + f.high()));
        List<FigureField> fields = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            for (Group g : Group.values()) {
                String name = o.code() + "_" + g.code();
                fields.add(new FigureField(name, t.label("outcome", o.code()) + " · " + t.label("group", g.code()),
                        values.getOrDefault(name, "")));
            }
        }
        return fields;
    }

    private void edit(Context ctx) {
        long id = Forms.id(ctx, "id");
        Incident current = incidents.find(id).orElseThrow(() -> new NotFound("incident", id));
        Fields f = Fields.of(ctx);
        edits.edit(id, IncidentInput.over(current, f, null), f.version(), Guard.actor(ctx));
        ctx.redirect("/incidents/" + id, HttpStatus.SEE_OTHER);
    }

    /** Attaches the named victims whose record numbers are given ("12, 13") to this incident. */
    private void attachVictims(Context ctx) {
        long id = Forms.id(ctx, "id");
        String records = Forms.required(ctx.formParam("records"), "records");
        for (String r : records.split("[,،\\s]+")) {
            if (r.isBlank()) {
                continue;
            }
            long victimId = Forms.whole(r.replace("#", ""), "records");
            StoredVictim v = victimEdits.find(victimId).orElseThrow(() -> new Refusal(400, "problem.not_found", new org.marsad.InputError.Word("entity.victim"), victimId));
            Victim attached = attach.over(v.victim(), Fields.of(Map.of("incident", Long.toString(id))));
            victimEdits.edit(victimId, attached, v.version(), Guard.actor(ctx));
        }
        ctx.redirect("/incidents/" + id + "#named", HttpStatus.SEE_OTHER);
    }

    private void merge(Context ctx) {
        long id = Forms.id(ctx, "id");
        Fields f = Fields.of(ctx);
        Long other = f.whole("incident");
        if (other == null) {
            throw new Refusal(400, "input.required", new Refusal.Field("incident"));
        }
        edits.merge(id, other, f.versionOrNull("version"), null, Guard.actor(ctx));
        ctx.redirect("/incidents/" + id, HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        long id = Forms.id(ctx, "id");
        Fields f = Fields.of(ctx);
        edits.delete(id, f.text("reason"), f.version(), Guard.actor(ctx));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
