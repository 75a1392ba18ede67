package org.marsad.web.edit;

import io.javalin.http.Context;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.web.Forms;
import org.marsad.web.Guard;

/**
 * {@code /api/v1/victims}: enter a record ({@code POST}, 201 with its id and version), read one, change
 * any of its fields ({@code PATCH}, with the version read if the script wants the check; a stale one is 409),
 * attach it to an incident
 * ({@code "incident": 7}), delete it with a reason ({@code DELETE} with {@code {"reason", "version"}}).
 */
final class VictimsApi {
    private final VictimEdits edits;
    private final Sources sources;
    private final VictimInput input;

    VictimsApi(Database db) {
        this.edits = new VictimEdits(db);
        this.sources = new Sources(db);
        this.input = new VictimInput(sources);
    }

    void create(Context ctx) {
        StoredVictim added = edits.add(input.fresh(Fields.of(ctx)), Guard.actor(ctx));
        ctx.status(201).json(VictimView.of(added, sources.names()));
    }

    void one(Context ctx) {
        ctx.json(VictimView.of(find(ctx), sources.names()));
    }

    void patch(Context ctx) {
        StoredVictim current = find(ctx);
        Fields f = Fields.of(ctx);
        StoredVictim after = edits.edit(current.id(), input.over(current.victim(), f), f.versionOr(current.version()),
                Guard.actor(ctx));
        ctx.json(VictimView.of(after, sources.names()));
    }

    void delete(Context ctx) {
        StoredVictim current = find(ctx);
        Fields f = Fields.of(ctx);
        StoredVictim after = edits.delete(current.id(), f.text("reason"), f.versionOr(current.version()), Guard.actor(ctx));
        ctx.json(VictimView.of(after, sources.names()));
    }

    private StoredVictim find(Context ctx) {
        long id = Forms.id(ctx, "id");
        StoredVictim v = edits.find(id).orElseThrow(() -> new NotFound("victim", id));
        Visibility.check(ctx, v.deleted() != null, "victim", id);
        return v;
    }
}
