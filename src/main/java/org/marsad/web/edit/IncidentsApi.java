package org.marsad.web.edit;

import org.marsad.web.Refusal;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.marsad.store.Database;
import org.marsad.store.Deletion;
import org.marsad.store.NotFound;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentDeletion;
import org.marsad.store.incident.IncidentEdits;
import org.marsad.store.incident.Incidents;
import org.marsad.web.Forms;
import org.marsad.web.Guard;

/**
 * {@code /api/v1/incidents}: create ({@code POST}, 201), read, correct ({@code PATCH} with the version read,
 * {@code "figures"} replacing the recorded ones), delete with a reason, and merge another incident into
 * this one ({@code POST /incidents/{id}/merge} with {@code {"incident": other}}).
 */
final class IncidentsApi {
    /** An incident with its deletion mark, if any: admins see deleted incidents, others get 404. */
    record IncidentJson(@JsonUnwrapped Incident incident, Deletion deleted, Long mergedInto) {
        static IncidentJson of(Incident i, IncidentDeletion d) {
            return new IncidentJson(i, d == null ? null : d.deletion(), d == null ? null : d.mergedInto());
        }
    }

    private final Incidents incidents;
    private final IncidentEdits edits;

    IncidentsApi(Database db) {
        this.incidents = new Incidents(db);
        this.edits = new IncidentEdits(db);
    }

    void create(Context ctx) {
        JsonNode body = Forms.json(ctx);
        Incident fresh = IncidentInput.fresh(Fields.of(body));
        Incident added = edits.create(IncidentInput.over(fresh, Fields.of(body), IncidentInput.figures(body)), Guard.actor(ctx));
        ctx.status(201).json(IncidentJson.of(added, null));
    }

    void one(Context ctx) {
        long id = Forms.id(ctx, "id");
        Incident i = incidents.find(id).orElseThrow(() -> new NotFound("incident", id));
        IncidentDeletion d = edits.deletion(id).orElse(null);
        Visibility.check(ctx, d != null, "incident", id);
        ctx.json(IncidentJson.of(i, d));
    }

    void patch(Context ctx) {
        long id = Forms.id(ctx, "id");
        JsonNode body = Forms.json(ctx);
        Incident current = incidents.find(id).orElseThrow(() -> new NotFound("incident", id));
        Fields f = Fields.of(body);
        ctx.json(IncidentJson.of(edits.edit(id, IncidentInput.over(current, f, IncidentInput.figures(body)),
                f.versionOr(current.version()), Guard.actor(ctx)), null));
    }

    void delete(Context ctx) {
        long id = Forms.id(ctx, "id");
        Incident current = incidents.find(id).orElseThrow(() -> new NotFound("incident", id));
        Fields f = Fields.of(ctx);
        Incident after = edits.delete(id, f.text("reason"), f.versionOr(current.version()), Guard.actor(ctx));
        ctx.json(IncidentJson.of(after, edits.deletion(id).orElse(null)));
    }

    /** {@code {"incident": 9, "version": 3?, "incident_version": 1?}}: incident 9 is merged into this one. */
    void merge(Context ctx) {
        long id = Forms.id(ctx, "id");
        Fields f = Fields.of(ctx);
        Long other = f.whole("incident");
        if (other == null) {
            throw new Refusal(400, "input.required", new Refusal.Field("incident"));
        }
        ctx.json(IncidentJson.of(edits.merge(id, other, f.versionOrNull("version"), f.versionOrNull("incident_version"),
                Guard.actor(ctx)), null));
    }
}
