package org.marsad.web.tally;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.estimate.DocumentedLists;
import org.marsad.estimate.Method;
import org.marsad.report.Digits;
import org.marsad.report.EstimateReport;
import org.marsad.store.Database;
import org.marsad.web.Messages;
import org.marsad.web.Views;

/** The estimate of deaths no list documents, over the database's linked persons, with the tallies' filters. */
public final class EstimatePage {
    record Choice(String href, String label, boolean chosen) {
    }

    private final Database db;

    public EstimatePage(Database db) {
        this.db = db;
    }

    public void register(Javalin app) {
        app.get("/estimate", this::show);
    }

    private void show(Context ctx) {
        DocumentedLists.Stratum by = choose(DocumentedLists.Stratum.class, ctx.queryParam("by"), DocumentedLists.Stratum.GOVERNORATE);
        Method method = choose(Method.class, ctx.queryParam("method"), Method.LCMCR);
        Messages words = Views.words(ctx);
        Digits digits = Views.digits(ctx);
        Map<String, Object> m = Views.model(ctx);
        m.put("section", EstimateReport.html(db, TallyQuery.of(ctx).filter(), by, method, words.lang(), digits));
        m.put("strata", List.of(DocumentedLists.Stratum.values()).stream().map(s -> new Choice(
                "?by=" + code(s) + "&method=" + method.code(), words.get("estimate.by." + code(s)), s == by)).toList());
        m.put("methods", List.of(Method.values()).stream().map(x -> new Choice("?by=" + code(by) + "&method=" + x.code(),
                words.lang() == org.marsad.report.Lang.AR ? digits.inText(x.arabic()) : x.english(), x == method)).toList());
        Views.render(ctx, "estimate.mustache", m);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E choose(Class<E> type, String code, E fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.marsad.web.Refusal(400, "input.unknown_value", code);
        }
    }
}
