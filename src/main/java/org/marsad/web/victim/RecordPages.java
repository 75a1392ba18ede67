package org.marsad.web.victim;

import org.marsad.web.Guard;
import org.marsad.web.Refusal;
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
import org.marsad.link.name.CrossScriptNames;
import org.marsad.store.Database;
import org.marsad.store.victim.NameIndex;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** Victim records: the name search, a person's records side by side, and the queue of doubtful links. */
public final class RecordPages {
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
    private final NameIndex index;

    public RecordPages(Database db) {
        this.index = names(db);
        this.victims = new Victims(db);
        this.sources = new Sources(db);
        this.links = new LinkDecisions(db);
    }

    public void register(Javalin app) {
        app.get("/victims", this::search, Access.READER);
        app.get("/persons/{id}", this::person, Access.READER);
        app.get("/links", this::queue, Access.EDITOR);
        app.post("/links/decide", this::decide, Access.EDITOR);
    }

    /**
     * The records by page, or with {@code ?q=} those whose name has every word asked for, in either script.
     * Both page by record number ({@code ?after=} and {@code ?before=}, what the links use), so a page far
     * down a million records costs what the first costs; {@code ?page=} still opens any page by its number.
     */
    private void search(Context ctx) {
        String q = Forms.text(ctx.queryParam("q"));
        Map<String, Object> m = Views.model(ctx);
        m.put("q", q);
        Map<Long, String> names = sources.names();
        Messages t = Views.words(ctx);
        Paging paging = Paging.of(ctx);
        Window window = q == null ? list(ctx, paging, t) : found(ctx, q, paging, t, m);
        List<VictimView> shown = window.records().stream().map(v -> view(v, names, t)).toList();
        m.put("pages", window.links());
        m.put("victims", shown);
        m.put("found", !shown.isEmpty());
        m.put("none", q != null && shown.isEmpty() && window.links().next() == null);
        Views.render(ctx, "victims.mustache", m);
    }

    /** The records of one page and the links around it. */
    private record Window(List<Victim> records, Paging.Links links) {
    }

    /** A page of the whole list: by number, or next to a record (a page of {@code size + 1} tells if more follow). */
    private Window list(Context ctx, Paging paging, Messages t) {
        Long after = Forms.optionalId(ctx.queryParam("after"), "after");
        Long before = Forms.optionalId(ctx.queryParam("before"), "before");
        int size = paging.size();
        boolean numbered = ctx.queryParam("page") != null || (after == null && before == null);
        List<Victim> rows;
        boolean earlier;
        boolean later;
        if (before != null) {
            rows = victims.before(before, size + 1);
            earlier = rows.size() > size;
            rows = earlier ? rows.subList(1, rows.size()) : rows;
            later = true;
        } else {
            rows = after != null ? victims.after(after, size + 1) : victims.page(paging.offset(), size + 1);
            later = rows.size() > size;
            rows = later ? rows.subList(0, size) : rows;
            earlier = after != null ? after > 0 && (!numbered || paging.page() > 1) : paging.page() > 1;
        }
        int total = victims.count();
        String position = numbered
                ? t.get("pages.of", t.plain(paging.page()), t.plain(Math.max(1, (total + size - 1) / size)))
                : t.get("pages.records", t.number(total));
        return new Window(rows, paging.around(ctx, rows.isEmpty() ? null : rows.get(0).id(),
                rows.isEmpty() ? null : rows.get(rows.size() - 1).id(), earlier, later, numbered, position));
    }

    /**
     * A page of the records a name search finds, from the first or after a record. A common name may end the
     * search before the page is full ({@link NameIndex#WINDOW}): the page says up to which record it read, and
     * its next link goes on from there.
     */
    private Window found(Context ctx, String q, Paging paging, Messages t, Map<String, Object> m) {
        Long after = Forms.optionalId(ctx.queryParam("after"), "after");
        int size = paging.size();
        NameIndex.Found f = index.search(CrossScriptNames.query(q), after == null ? 0 : after, size + 1);
        boolean full = f.records().size() > size;
        List<Victim> rows = full ? f.records().subList(0, size) : f.records();
        if (f.stoppedAt() > 0) {
            m.put("stopped", t.get("victims.stopped", t.plain(f.stoppedAt())));
        }
        long nextAfter = full ? rows.get(rows.size() - 1).id() : f.stoppedAt();
        boolean numbered = after == null || ctx.queryParam("page") != null;
        return new Window(rows, paging.onwards(ctx, after != null, nextAfter > 0 ? nextAfter : null, numbered,
                numbered ? t.get("pages.at", t.plain(paging.page())) : ""));
    }

    private void person(Context ctx) {
        long id = Forms.id(ctx, "id");
        Map<Long, String> names = sources.names();
        Messages t = Views.words(ctx);
        List<VictimView> records = victims.ofPerson(id).stream().map(v -> view(v, names, t)).toList();
        if (records.isEmpty()) {
            throw new Refusal(404, "problem.not_found", new org.marsad.InputError.Word("entity.person"), id);
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

    /** The name index with the keys of {@link CrossScriptNames}: the same words and skeletons in either script. */
    public static NameIndex names(Database db) {
        return new NameIndex(db, CrossScriptNames::indexKeys);
    }

    /** A record in the page's language: vocabulary labelled, place named, date and numbers in the reader's digits. */
    static VictimView view(Victim v, Map<Long, String> sourceNames, Messages t) {
        return new VictimView(v.id(), t.plain(v.id()), v.fullName(), v.sex() == null ? null : t.label("sex", v.sex().toString()),
                v.age() == null ? null : t.plain(v.age()), t.date(v.diedOn()), t.place(v.placePcode(), v.placeText()),
                t.label("victimstatus", v.status()), t.label("cause", v.cause()), t.label("perpetrator", v.perpetrator()),
                sourceNames.get(v.sourceId()), v.personId(), v.personId() == null ? null : t.plain(v.personId()));
    }
}
