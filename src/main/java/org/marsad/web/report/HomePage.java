package org.marsad.web.report;

import java.util.List;
import org.marsad.web.Messages;
import java.util.Locale;
import java.util.Map;
import org.marsad.extract.Claim;
import org.marsad.extract.Period;
import org.marsad.report.Lang;
import org.marsad.store.Database;
import org.marsad.store.report.ReportSummary;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;
import org.marsad.tally.Tallies;

/**
 * The home page, a dashboard: the totals, then the latest stored reports by title with how many figures each
 * holds. It never prints a report's text: a dashboard over ten thousand reports stays as light as over ten.
 */
public final class HomePage {
    /** The home page shows the latest reports only; the reports pages list them all, a page at a time. */
    static final int LATEST = 20;

    record FigureView(long id, int version, Long incident, int number, String qualifier, String count, String group, String outcome, Integer within,
                      String cause, String perpetrator, String place, String period, String quote, String status,
                      String numberText, String withinText, String incidentText) {
    }

    /** A report as lists show it: its title (or the opening of its text), date, source and number of figures. */
    record ReportRow(long id, String title, boolean untitled, String reportLang, String reportDir, String published,
                     String source, String figures) {
    }

    private final Reports reports;
    private final Sources sources;
    private final Totals totals;

    public HomePage(Database db, Tallies tallies) {
        this.reports = new Reports(db);
        this.sources = new Sources(db);
        this.totals = new Totals(tallies);
    }

    /** Adds the totals and the latest reports to a page's model. */
    public void model(Messages t, Map<String, Object> model) {
        model.put("totals", totals.view(t));
        model.put("reports", rows(reports.summaries(0, LATEST), sources.names(), t));
        int count = reports.count();
        model.put("summary", t.get("home.reports", count, reports.claimCount()));
        model.put("more", count > LATEST);
    }

    /** The rows of a list of reports, in the page's language and digits. */
    static List<ReportRow> rows(List<ReportSummary> summaries, Map<Long, String> sourceNames, Messages t) {
        return summaries.stream().map(r -> {
            boolean untitled = r.title() == null || r.title().isBlank();
            String title = untitled ? opening(r.opening()) : r.title();
            return new ReportRow(r.id(), title, untitled, r.lang(), Lang.dirOf(r.lang()), t.date(r.publishedOn()),
                    r.sourceId() == null ? null : sourceNames.get(r.sourceId()),
                    t.count(r.figures(), FIGURE));
        }).toList();
    }

    /** A figure, as counted on lists: رقم (raqm), a number stated in a report. */
    static final org.marsad.report.words.Noun FIGURE = new org.marsad.report.words.Noun("رقم", "أرقام",
            org.marsad.report.words.Noun.Gender.MASCULINE, "figure", "figures");

    /** The first line of an untitled report, cut at a word, with an ellipsis when cut. */
    private static String opening(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        if (line.length() < ReportSummary.OPENING_CHARS - 20) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 80);
        return line.substring(0, cut > 20 ? cut : Math.min(80, line.length())) + "…";
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
                t.label("perpetrator", c.perpetrator()),
                c.place() == null ? null : t.place(c.place().pcode(), c.place().text()),
                period(c.period(), t),
                body.substring(Math.min(c.span().start(), body.length()), Math.min(c.span().end(), body.length())),
                t.label("status", stored.status().name().toLowerCase(Locale.ROOT)),
                t.plain(stored.ordinal() + 1), c.within() == null ? null : t.plain(c.within() + 1),
                stored.incidentId() == null ? null : t.plain(stored.incidentId()));
    }

    private static String period(Period p, Messages t) {
        if (p == null || (p.from() == null && p.to() == null)) {
            return null;
        }
        if (p.from() == null) {
            return t.get("period.until", t.date(p.to()));
        }
        if (p.to() == null) {
            return t.get("period.since", t.date(p.from()));
        }
        return t.get("period.range", t.date(p.from()), t.date(p.to()));
    }
}
