package org.marsad.web.victim;

import org.marsad.web.Guard;
import org.marsad.web.Refusal;
import org.marsad.web.Paging;
import org.marsad.web.Forms;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.marsad.InputError;
import org.marsad.store.Database;
import org.marsad.store.incident.Incidents;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.place.Places;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** The API of recorded facts: incidents, victim records, persons, places and the link review queue. */
public final class RecordsApi {
    private final Incidents incidents;
    private final Victims victims;
    private final Places places;
    private final LinkDecisions links;
    private final org.marsad.store.victim.NameIndex index;

    public RecordsApi(Database db) {
        this.incidents = new Incidents(db);
        this.victims = new Victims(db);
        this.places = new Places(db);
        this.index = RecordPages.names(db);
        this.links = new LinkDecisions(db);
    }

    public void incidents(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.of(incidents.page(paging.offset(), paging.size()), incidents.count()));
    }

    /**
     * Victim records, all by page or those whose name matches {@code ?name=} (at most 200 matches); with
     * {@code ?after=ID} the records numbered after that one, which a script reading the whole list pages by
     * (the last number of each page), at the cost of the first page however deep.
     */
    public void victims(Context ctx) {
        Paging paging = Paging.of(ctx);
        String name = Forms.text(ctx.queryParam("name"));
        Long after = Forms.optionalId(ctx.queryParam("after"), "after");
        if (name == null) {
            List<Victim> items = after == null ? victims.page(paging.offset(), paging.size()) : victims.after(after, paging.size());
            ctx.json(paging.of(items, victims.count()));
            return;
        }
        List<Victim> found = index.search(org.marsad.link.name.CrossScriptNames.query(name), after == null ? 0 : after,
                RecordPages.SEARCH_LIMIT).records();
        int from = Math.min(paging.offset(), found.size());
        ctx.json(paging.of(found.subList(from, Math.min(from + paging.size(), found.size())), found.size()));
    }

    /** A person: the records of every source that linkage grouped into them. */
    public void person(Context ctx) {
        long id = Forms.id(ctx, "id");
        List<Victim> records = victims.ofPerson(id);
        if (records.isEmpty()) {
            throw new Refusal(404, "problem.not_found", new org.marsad.InputError.Word("entity.person"), id);
        }
        ctx.json(Map.of("id", id, "records", records));
    }

    /** Places of one level ({@code ?level=1}, governorates, unless asked). */
    public void places(Context ctx) {
        String level = Forms.text(ctx.queryParam("level"));
        ctx.json(places.atLevel(level == null ? 1 : (int) Forms.whole(level, "level")));
    }

    public void place(Context ctx) {
        String pcode = ctx.pathParam("pcode");
        ctx.json(places.find(pcode).orElseThrow(() -> new Refusal(404, "problem.no_place", pcode)));
    }

    public void linkQueue(Context ctx) {
        ctx.json(links.reviewQueue(Paging.MAX_SIZE));
    }

    /**
     * {@code {"victim_a": 1, "victim_b": 2, "verdict": "same", "note": "…"}}: a human's verdict on any two
     * victim records, proposed by the linker or not (verdict same or different; confirmed or rejected).
     */
    public void decideLink(Context ctx) {
        JsonNode body = Forms.json(ctx);
        if (!body.path("victim_a").canConvertToLong() || !body.path("victim_b").canConvertToLong()) {
            throw new Refusal(400, "input.pair_required");
        }
        long a = body.get("victim_a").longValue();
        long b = body.get("victim_b").longValue();
        ctx.json(links.decide(a, b, Forms.verdict(body.path("verdict").asText(null)), Guard.session(ctx).user(),
                Forms.text(body.path("note").asText(null))));
    }
}
