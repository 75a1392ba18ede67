package org.marsad.web.edit;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Map;
import org.marsad.store.Database;
import org.marsad.store.incident.IncidentEdits;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.VictimEdits;
import org.marsad.web.Access;
import org.marsad.web.Paging;
import org.marsad.web.Views;

/** What was deleted, for admins: the latest deleted victim records and incidents, with who deleted them, when and why. */
final class DeletedPage {
    record Row(String link, String label, String reason, String by, String at, String atText) {
    }

    private final VictimEdits victims;
    private final IncidentEdits incidents;
    private final Sources sources;

    DeletedPage(Database db) {
        this.victims = new VictimEdits(db);
        this.incidents = new IncidentEdits(db);
        this.sources = new Sources(db);
    }

    void register(Javalin app) {
        app.get("/deleted", this::show, Access.EDITOR);
    }

    private void show(Context ctx) {
        if (!Visibility.seesDeleted(ctx)) {
            throw new ForbiddenResponse("only admins see deleted records");
        }
        Map<Long, String> names = sources.names();
        Map<String, Object> m = Views.model(ctx);
        org.marsad.web.Messages t = Views.words(ctx);
        m.put("victims", victims.deleted(Paging.MAX_SIZE).stream().map(v -> new Row("/victims/" + v.id(),
                "#" + t.plain(v.id()) + " " + v.victim().fullName() + " · " + names.get(v.victim().sourceId()), v.deleted().reason(),
                v.deleted().by(), v.deleted().at().toString(), day(v.deleted().at(), t))).toList());
        m.put("incidents", incidents.deleted(Paging.MAX_SIZE).stream().map(e -> new Row("/incidents/" + e.getKey().id(),
                "#" + t.plain(e.getKey().id()), e.getValue().deletion().reason(), e.getValue().deletion().by(),
                e.getValue().deletion().at().toString(), day(e.getValue().deletion().at(), t))).toList());
        Views.render(ctx, "deleted.mustache", m);
    }

    /** The day of a deletion (UTC) in the reader's words and digits; the exact instant stays in the time's datetime. */
    static String day(java.time.Instant at, org.marsad.web.Messages t) {
        return t.date(java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
    }
}
