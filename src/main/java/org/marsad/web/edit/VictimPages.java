package org.marsad.web.edit;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.incident.Incidents;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.web.Access;
import org.marsad.web.Forms;
import org.marsad.web.Guard;
import org.marsad.web.Messages;
import org.marsad.web.Views;

/** A victim record's page: what it says, and for editors the forms to correct it, attach it to an incident or delete it. */
final class VictimPages {
    private final VictimEdits edits;
    private final Sources sources;
    private final Incidents incidents;
    private final VictimInput input;

    VictimPages(Database db) {
        this.edits = new VictimEdits(db);
        this.sources = new Sources(db);
        this.incidents = new Incidents(db);
        this.input = new VictimInput(sources);
    }

    void register(Javalin app) {
        app.get("/victims/new", this::blank, Access.EDITOR);
        app.post("/victims", this::create, Access.EDITOR);
        app.get("/victims/{id}", this::show, Access.READER);
        app.post("/victims/{id}", this::edit, Access.EDITOR);
        app.post("/victims/{id}/delete", this::delete, Access.EDITOR);
    }

    private void blank(Context ctx) {
        Map<String, Object> m = Views.model(ctx);
        form(m, null, Views.words(ctx));
        Views.render(ctx, "victim-new.mustache", m);
    }

    private void create(Context ctx) {
        StoredVictim added = edits.add(input.fresh(Fields.of(ctx)), Guard.actor(ctx));
        ctx.redirect("/victims/" + added.id(), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        long id = Forms.id(ctx, "id");
        StoredVictim v = edits.find(id).orElseThrow(() -> new NotFound("victim", id));
        Visibility.check(ctx, v.deleted() != null, "victim", id);
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        VictimView view = VictimView.of(v, sources.names());
        m.put("victim", view);
        m.put("sexLabel", view.sex() == null ? null : t.label("sex", view.sex()));
        m.put("statusLabel", t.label("victimstatus", view.status()));
        m.put("causeLabel", t.label("cause", view.cause()));
        // what the page writes in words and digits of the reader's language; the form keeps the values as stored
        m.put("idText", t.plain(view.id()));
        m.put("ageText", view.age() == null ? null : t.plain(view.age()));
        m.put("dateText", t.date(view.date()));
        m.put("placeLabel", t.place(view.placePcode(), view.place()));
        m.put("perpetratorLabel", t.label("perpetrator", view.perpetrator()));
        m.put("incidentText", view.incident() == null ? null : t.plain(view.incident()));
        m.put("personText", view.person() == null ? null : t.plain(view.person()));
        m.put("deletedDay", v.deleted() == null ? null : DeletedPage.day(v.deleted().at(), t));
        m.put("live", v.deleted() == null);
        form(m, v.victim(), t);
        Views.render(ctx, "victim.mustache", m);
    }

    private void form(Map<String, Object> m, Victim v, Messages t) {
        m.put("sourceOptions", Choices.sources(sources, v == null ? null : v.sourceId()));
        m.put("incidentOptions", Choices.incidents(incidents, v == null ? null : v.incidentId(), t));
        m.put("sexOptions", Choices.codes("sex", List.of("M", "F"), v == null || v.sex() == null ? null
                : v.sex().toString(), t));
        m.put("causeOptions", Choices.causes(v == null ? null : v.cause(), t));
        m.put("statusOptions", Choices.codes("victimstatus", List.of("civilian", "fighter"),
                v == null ? null : v.status(), t));
    }

    private void edit(Context ctx) {
        long id = Forms.id(ctx, "id");
        StoredVictim current = edits.find(id).orElseThrow(() -> new NotFound("victim", id));
        Fields f = Fields.of(ctx);
        edits.edit(id, input.over(current.victim(), f), f.version(), Guard.actor(ctx));
        ctx.redirect("/victims/" + id, HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        long id = Forms.id(ctx, "id");
        Fields f = Fields.of(ctx);
        edits.delete(id, f.text("reason"), f.version(), Guard.actor(ctx));
        // an editor no longer sees the record; admins find it again by its number
        ctx.redirect("/victims", HttpStatus.SEE_OTHER);
    }
}
