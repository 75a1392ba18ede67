package org.marsad.web.place;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.marsad.place.Candidate;
import org.marsad.place.PlaceResolver;
import org.marsad.report.Lang;
import org.marsad.web.Forms;
import org.marsad.web.Messages;
import org.marsad.web.Views;

/**
 * {@code /places}: a place as a report writes it, resolved on the shipped gazetteer. Open to visitors, as
 * the gazetteer is public data; nothing of the database is read.
 */
public final class PlacePages {
    /** Mentions longer than this are not places: the form is no way to send the resolver a report. */
    private static final int MAX_MENTION = 200;

    public void register(Javalin app) {
        app.get("/places", this::find);
    }

    /** A candidate as the page shows it. */
    record Row(String name, String otherName, String level, String governorate, String pcode, String score,
            String note) {
    }

    private void find(Context ctx) {
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        String q = Forms.text(ctx.queryParam("q"));
        if (q != null && q.length() > MAX_MENTION) {
            q = q.substring(0, MAX_MENTION);
        }
        m.put("q", q);
        if (q != null) {
            List<Candidate> found = PlaceResolver.shipped().resolve(q);
            boolean arabic = t.lang() == Lang.AR;
            m.put("rows", found.stream().map(c -> new Row(arabic ? c.nameAr() : c.nameEn(), arabic ? c.nameEn() : c.nameAr(),
                    t.get("dimension." + c.level().label()), t.place(c.adm1(), c.adm1()), c.pcode(),
                    t.number(Math.round(c.score() * 100)) + (arabic ? "٪" : "%"), c.note(arabic ? "ar" : "en"))).toList());
            m.put("none", found.isEmpty());
            m.put("found", !found.isEmpty());
        }
        Views.render(ctx, "places.mustache", m);
    }
}
