package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.tally.Dimension;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;

/** The tallies explorer: choose a breakdown and filters, read the counts, take the same tally as JSON. */
final class TallyPage {
    record Choice(String code, String label, boolean chosen) {
    }

    record Line(List<String> key, String killed, String injured, String provisional) {
    }

    private final Tallies tallies;

    TallyPage(Tallies tallies) {
        this.tallies = tallies;
    }

    void register(Javalin app) {
        app.get("/tallies", this::explore);
    }

    private void explore(Context ctx) {
        TallyQuery q = TallyQuery.of(ctx);
        Tally tally = tallies.count(q.by(), q.filter());
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        m.put("dimensions", Arrays.stream(Dimension.values())
                .map(d -> new Choice(d.code(), t.label("dimension", d.code()), q.by().contains(d))).toList());
        m.put("groups", Arrays.stream(Group.values())
                .map(g -> new Choice(g.code(), t.label("group", g.code()), g == q.filter().group())).toList());
        m.put("from", q.filter().from());
        m.put("to", q.filter().to());
        m.put("place", q.filter().place());
        m.put("headers", q.by().stream().map(d -> t.label("dimension", d.code())).toList());
        List<Line> lines = new ArrayList<>();
        for (Tally.Row r : tally.rows()) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < q.by().size(); i++) {
                key.add(label(t, q.by().get(i), r.key().get(i)));
            }
            lines.add(line(key, r, t));
        }
        m.put("rows", lines);
        m.put("total", line(List.of(), tally.total(), t));
        m.put("json", "/api/v1/tallies" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        Views.render(ctx, "tallies.mustache", m);
    }

    private static Line line(List<String> key, Tally.Row r, Messages t) {
        return new Line(key, HomePage.count(r.killed().low(), t.lang()), HomePage.count(r.injured().low(), t.lang()),
                HomePage.count(r.provisionalKilled().low(), t.lang()));
    }

    /** Group codes and causes read in the page's language; dates and p-codes as they are. */
    private static String label(Messages t, Dimension d, String value) {
        return switch (d) {
            case GROUP -> t.label("group", value);
            case CAUSE -> t.label("cause", value);
            default -> "unknown".equals(value) ? t.get("tally.unknown") : value;
        };
    }
}
