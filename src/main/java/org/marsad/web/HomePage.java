package org.marsad.web;

import org.marsad.report.Lang;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.extract.Claim;
import org.marsad.extract.Period;
import org.marsad.store.Database;
import org.marsad.tally.Tallies;
import org.marsad.store.Report;
import org.marsad.store.Reports;
import org.marsad.store.Source;
import org.marsad.store.Sources;
import org.marsad.store.StoredClaim;

/** The home page, a dashboard: the totals, then the latest stored reports, each with the figures found in it. */
final class HomePage {
    /** The home page shows the latest reports only; the reports pages list them all. */
    static final int LATEST = 50;

    record FigureView(long id, int version, Long incident, int number, String qualifier, String count, String group, String outcome, Integer within,
                      String cause, String perpetrator, String place, String period, String quote, String status) {
    }

    record ReportView(long id, String title, String reportLang, String reportDir, String published, String source,
                      String body, List<FigureView> figures) {
    }

    private final Reports reports;
    private final Sources sources;
    private final Totals totals;

    HomePage(Database db, Tallies tallies) {
        this.reports = new Reports(db);
        this.sources = new Sources(db);
        this.totals = new Totals(tallies);
    }

    /** Adds the totals and the latest reports, each with its figures, to a page's model. */
    void model(Messages t, Map<String, Object> model) {
        Map<Long, String> sourceNames = new HashMap<>();
        List<ReportView> views = reports.page(0, LATEST).stream().map(r -> view(r, t, sourceNames)).toList();
        int figures = views.stream().mapToInt(v -> v.figures().size()).sum();
        model.put("totals", totals.view(t));
        model.put("reports", views);
        model.put("summary", t.get("home.reports", views.size(), figures));
    }

    private ReportView view(Report r, Messages t, Map<Long, String> sourceNames) {
        String source = r.sourceId() == null ? "" : sourceNames.computeIfAbsent(r.sourceId(),
                id -> sources.find(id).map(Source::name).orElse(""));
        List<FigureView> figures = reports.claims(r.id()).stream().map(c -> figure(c, r.body(), t)).toList();
        return new ReportView(r.id(), r.title(), r.lang(), Lang.dirOf(r.lang()),
                r.publishedOn() == null ? "" : r.publishedOn().toString(), source, r.body(), figures);
    }

    static FigureView figure(StoredClaim stored, String body, Messages t) {
        Claim c = stored.claim();
        return new FigureView(stored.id(), stored.version(), stored.incidentId(), stored.ordinal() + 1,
                t.label("qualifier", c.qualifier().code()),
                t.number(c.count()),
                t.label("group", c.group().code()),
                t.label("outcome", c.outcome().code()),
                c.within() == null ? null : c.within() + 1,
                t.label("cause", c.cause()),
                c.perpetrator(),
                c.place() == null ? null : c.place().text(),
                period(c.period(), t),
                body.substring(Math.min(c.span().start(), body.length()), Math.min(c.span().end(), body.length())),
                t.label("status", stored.status().name().toLowerCase(Locale.ROOT)));
    }

    private static String period(Period p, Messages t) {
        if (p == null || (p.from() == null && p.to() == null)) {
            return null;
        }
        if (p.from() == null) {
            return t.get("period.until", p.to().toString());
        }
        if (p.to() == null) {
            return t.get("period.since", p.from().toString());
        }
        return t.get("period.range", p.from().toString(), p.to().toString());
    }
}
