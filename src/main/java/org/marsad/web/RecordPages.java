package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.marsad.store.Database;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** Victim records: the name search, a person's records side by side, and the queue of doubtful links. */
final class RecordPages {
    /** A search shows this many records at most; a longer list asks for a narrower name. */
    static final int SEARCH_LIMIT = 200;

    record VictimView(long id, String number, String name, String sex, String age, String died, String place,
                      String status, String cause, String perpetrator, String source, Long person, String personNumber) {
    }

    record Pair(long a, long b, String probability, VictimView left, VictimView right) {
    }

    private final Victims victims;
    private final Sources sources;
    private final LinkDecisions links;

    RecordPages(Database db) {
        this.victims = new Victims(db);
        this.sources = new Sources(db);
        this.links = new LinkDecisions(db);
    }

    void register(Javalin app) {
        app.get("/victims", this::search, Access.READER);
        app.get("/persons/{id}", this::person, Access.READER);
        app.get("/links", this::queue, Access.EDITOR);
        app.post("/links/decide", this::decide, Access.EDITOR);
    }

    private void search(Context ctx) {
        String q = Forms.text(ctx.queryParam("q"));
        Map<String, Object> m = Views.model(ctx);
        m.put("q", q);
        if (q != null) {
            Map<Long, String> names = sources.names();
            Messages t = Views.words(ctx);
            List<VictimView> found = victims.search(matching(q), SEARCH_LIMIT).stream().map(v -> view(v, names, t)).toList();
            m.put("victims", found);
            m.put("found", !found.isEmpty());
            m.put("none", found.isEmpty());
        }
        Views.render(ctx, "victims.mustache", m);
    }

    private void person(Context ctx) {
        long id = Forms.id(ctx, "id");
        Map<Long, String> names = sources.names();
        Messages t = Views.words(ctx);
        List<VictimView> records = victims.ofPerson(id).stream().map(v -> view(v, names, t)).toList();
        if (records.isEmpty()) {
            throw new NotFoundResponse("no person " + id);
        }
        Map<String, Object> m = Views.model(ctx);
        m.put("person", t.plain(id));
        m.put("records", records);
        Views.render(ctx, "person.mustache", m);
    }

    private void queue(Context ctx) {
        Map<Long, String> names = sources.names();
        Messages t = Views.words(ctx);
        List<Pair> pairs = links.reviewQueue(Paging.MAX_SIZE).stream().map(d -> pair(d, names, t)).toList();
        Map<String, Object> m = Views.model(ctx);
        m.put("pairs", pairs);
        Views.render(ctx, "links.mustache", m);
    }

    /** A verdict on a pair of the queue, or on any two records named by their numbers. */
    private void decide(Context ctx) {
        links.decide(Forms.whole(ctx.formParam("a"), "a"), Forms.whole(ctx.formParam("b"), "b"),
                Forms.verdict(ctx.formParam("verdict")), Guard.session(ctx).user(), Forms.text(ctx.formParam("note")));
        ctx.redirect("/links", HttpStatus.SEE_OTHER);
    }

    private Pair pair(LinkDecision d, Map<Long, String> names, Messages t) {
        return new Pair(d.victimA(), d.victimB(),
                d.probability() == null ? "—" : t.percent(d.probability()),
                victims.find(d.victimA()).map(v -> view(v, names, t)).orElse(null),
                victims.find(d.victimB()).map(v -> view(v, names, t)).orElse(null));
    }

    /**
     * Names that hold every word asked for, in either script: spelled alike once Arabic spellings are
     * folded (خالد in خالد العلي), or alike by their consonant skeletons (Khaled finds خالد, محمد finds
     * Mohammad).
     */
    static java.util.function.Predicate<String> matching(String query) {
        java.util.Set<String> keys = org.marsad.link.name.CrossScriptNames.of(query);
        return Victims.containsWords(query).or(name -> org.marsad.link.name.CrossScriptNames.matches(keys, name));
    }

    /** A record in the page's language: vocabulary labelled, place named, date and numbers in the reader's digits. */
    static VictimView view(Victim v, Map<Long, String> sourceNames, Messages t) {
        return new VictimView(v.id(), t.plain(v.id()), v.fullName(), v.sex() == null ? null : t.label("sex", v.sex().toString()),
                v.age() == null ? null : t.plain(v.age()), t.date(v.diedOn()), t.place(v.placePcode(), v.placeText()),
                t.label("victim_status", v.status()), t.label("cause", v.cause()), t.label("perpetrator", v.perpetrator()),
                sourceNames.get(v.sourceId()), v.personId(), v.personId() == null ? null : t.plain(v.personId()));
    }
}
