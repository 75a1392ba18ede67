package org.marsad.web.tally;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.store.incident.Grade;
import org.marsad.tally.Dimension;
import org.marsad.tally.TallyFilter;
import org.marsad.web.Forms;

/**
 * A tally asked for in a query string, as the explorer page and the API share it:
 * {@code ?by=month,group&from=2017-06-01&to=2017-10-31&place=SY11&group=child&grade=confirmed,fair}.
 */
public record TallyQuery(List<Dimension> by, TallyFilter filter) {

    public static TallyQuery of(Context ctx) {
        List<Dimension> by = list(ctx, "by").stream().map(Dimension::ofCode).toList();
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        list(ctx, "grade").forEach(g -> grades.add(Forms.code(Grade.class, g, "grade")));
        TallyFilter filter = new TallyFilter(Forms.date(ctx.queryParam("from"), "from"),
                Forms.date(ctx.queryParam("to"), "to"), Forms.text(ctx.queryParam("place")),
                Forms.code(Group.class, ctx.queryParam("group"), "group"), Forms.text(ctx.queryParam("cause")),
                Forms.text(ctx.queryParam("perpetrator")), Forms.text(ctx.queryParam("status")),
                Forms.text(ctx.queryParam("affiliation")), Forms.text(ctx.queryParam("source")), grades);
        return new TallyQuery(by, filter);
    }

    /** A parameter given as a comma list ({@code by=month,group}) or repeated ({@code by=month&by=group}). */
    private static List<String> list(Context ctx, String name) {
        return ctx.queryParams(name).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
