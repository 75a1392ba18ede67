package org.marsad.web.edit;

import org.marsad.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.marsad.store.Database;
import org.marsad.store.person.PersonEdits.Regrouped;
import org.marsad.store.person.PersonEdits;
import org.marsad.web.Forms;
import org.marsad.web.Guard;

/**
 * Merging and splitting persons by hand, from a person's page or the API: {@code POST /api/v1/persons/merge}
 * with {@code {"persons": [3, 7]}} or {@code {"victims": [12, 40]}}, and {@code POST /api/v1/persons/split}
 * with {@code {"person": 3, "victims": [12]}} (the records that leave); both take a {@code "note"}.
 */
final class PersonEditing {
    private final PersonEdits edits;

    PersonEditing(Database db) {
        this.edits = new PersonEdits(db);
    }

    void mergeApi(Context ctx) {
        JsonNode body = Forms.json(ctx);
        String note = Forms.text(body.path("note").asText(null));
        Regrouped r = body.has("persons") ? edits.mergePersons(ids(body.get("persons"), "persons"), Guard.actor(ctx), note)
                : edits.mergeRecords(ids(body.get("victims"), "victims"), Guard.actor(ctx), note);
        ctx.json(r);
    }

    void splitApi(Context ctx) {
        JsonNode body = Forms.json(ctx);
        if (!body.path("person").canConvertToLong()) {
            throw new Refusal(400, "input.required", new Refusal.Field("person"));
        }
        ctx.json(edits.split(body.get("person").asLong(), ids(body.get("victims"), "victims"), Guard.actor(ctx),
                Forms.text(body.path("note").asText(null))));
    }

    /** The person's page merges the person with another, given by number ("7" or "#7"). */
    void mergePage(Context ctx) {
        long person = Forms.id(ctx, "id");
        long other = Forms.whole(Forms.required(ctx.formParam("other"), "other").replace("#", ""), "other");
        Regrouped r = edits.mergePersons(List.of(person, other), Guard.actor(ctx), Forms.text(ctx.formParam("note")));
        ctx.redirect("/persons/" + r.person(), HttpStatus.SEE_OTHER);
    }

    /** The records ticked on the person's page leave it, as a person of their own. */
    void splitPage(Context ctx) {
        List<Long> leaving = new ArrayList<>();
        for (String v : ctx.formParams("victim")) {
            leaving.add(Forms.whole(v, "victim"));
        }
        Regrouped r = edits.split(Forms.id(ctx, "id"), leaving, Guard.actor(ctx), Forms.text(ctx.formParam("note")));
        ctx.redirect("/persons/" + r.person(), HttpStatus.SEE_OTHER);
    }

    private static List<Long> ids(JsonNode list, String name) {
        if (list == null || !list.isArray()) {
            throw new Refusal(400, "input.numbers", new Refusal.Field(name));
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.canConvertToLong()) {
                throw new Refusal(400, "input.numbers", new Refusal.Field(name));
            }
            ids.add(n.asLong());
        }
        return ids;
    }
}
