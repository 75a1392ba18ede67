package org.marsad.web.tally;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.report.Digits;
import org.marsad.report.export.ExportFormat;
import org.marsad.report.export.Exports;
import org.marsad.report.NarrativeReport;
import org.marsad.store.Database;
import org.marsad.tally.Dimension;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.web.Access;
import org.marsad.web.Messages;
import org.marsad.web.Views;

/**
 * The tallies explorer: choose a breakdown and filters, read the counts, and take the same filter away as
 * a narrative report or an export.
 */
public final class TallyPage {
    record Choice(String code, String label, boolean chosen) {
    }

    record Line(List<String> key, String killed, String injured, String provisional, String doubt) {
    }

    private final Database db;
    private final Tallies tallies;

    public TallyPage(Database db, Tallies tallies) {
        this.db = db;
        this.tallies = tallies;
    }

    public void register(Javalin app) {
        app.get("/tallies", this::explore);
        app.get("/tallies/report", this::report);
        app.get("/tallies/export", ctx -> export(ctx, "tally"));
        // incidents and victims carry more than counts (places as written, names): readers only
        app.get("/tallies/export/incidents", ctx -> export(ctx, "incidents"), Access.READER);
        app.get("/tallies/export/victims", ctx -> export(ctx, "victims"), Access.READER);
    }

    /** The narrative report of the explorer's filter, in the page's language, as HTML (or Markdown with ?format=md). */
    private void report(Context ctx) {
        TallyQuery q = TallyQuery.of(ctx);
        NarrativeReport.Format format = "md".equals(ctx.queryParam("format")) ? NarrativeReport.Format.MD
                : NarrativeReport.Format.HTML;
        Digits digits = "arabic_indic".equals(ctx.queryParam("digits")) ? Digits.ARABIC_INDIC : Digits.WESTERN;
        String text = NarrativeReport.write(db, tallies, q.filter(), Views.words(ctx).lang(), digits, format);
        ctx.contentType(format == NarrativeReport.Format.MD ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8")
                .result(text);
    }

    /** The explorer's tally, or the incidents or victims under its filter, as CSV, JSON, GeoJSON or HXL. */
    private void export(Context ctx, String what) {
        TallyQuery q = TallyQuery.of(ctx);
        ExportFormat format;
        String asked = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
        try {
            format = ExportFormat.valueOf(asked.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.marsad.web.Refusal(400, "input.format", asked);
        }
        StringWriter out = new StringWriter();
        Exports exports = new Exports(db);
        switch (what) {
            case "incidents" -> exports.incidents(q.filter(), null, format, out);
            case "victims" -> exports.victims(q.filter(), format, out);
            default -> exports.tally(tallies.count(q.by(), q.filter()), format, out);
        }
        String type = switch (format) {
            case CSV, HXL -> "text/csv";
            case JSON -> "application/json";
            case GEOJSON -> "application/geo+json";
        };
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-" + what + "."
                + (format == ExportFormat.GEOJSON ? "geojson" : format == ExportFormat.JSON ? "json" : "csv") + "\"");
        ctx.contentType(type + "; charset=utf-8").result(out.toString());
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
        m.put("map", map(ctx, q, tally));
        m.put("chart", chart(t, q, tally, lines));
        m.put("placeName", q.filter().place() == null ? null : t.place(q.filter().place(), null));
        m.put("total", line(List.of(), tally.total(), t));
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        m.put("json", "/api/v1/tallies" + (query.isEmpty() ? "" : "?" + query));
        m.put("query", query.isEmpty() ? "" : query + "&");
        Views.render(ctx, "tallies.mustache", m);
    }

    /**
     * A chart of the dead: over time (a line per group when the tally is by a time and by group, one line
     * otherwise) when the first breakdown is a time, else bars of the first breakdown's values (the
     * tally's rows as labelled on the page). None without a breakdown or deaths.
     */
    private static String chart(Messages t, TallyQuery q, Tally tally, List<Line> lines) {
        if (q.by().isEmpty() || tally.total().killed().low() == 0) {
            return null;
        }
        String title = t.get("tallies.chart", t.label("dimension", q.by().get(0).code()));
        Dimension first = q.by().get(0);
        boolean time = first == Dimension.DAY || first == Dimension.WEEK || first == Dimension.MONTH || first == Dimension.YEAR;
        if (time) {
            List<String> periods = tally.rows().stream().map(r -> r.key().get(0)).filter(k -> !"unknown".equals(k))
                    .distinct().sorted().toList();
            if (periods.size() < 2) {
                return null;
            }
            boolean byGroup = q.by().size() == 2 && q.by().get(1) == Dimension.GROUP;
            List<org.marsad.report.chart.Series> series = new ArrayList<>();
            List<String> groups = byGroup ? tally.rows().stream().map(r -> r.key().get(1)).distinct().sorted().toList()
                    : List.of("");
            for (String g : groups) {
                List<Long> counts = periods.stream().map(p -> tally.rows().stream()
                        .filter(r -> r.key().get(0).equals(p) && (!byGroup || r.key().get(1).equals(g)))
                        .mapToLong(r -> r.killed().low()).sum()).toList();
                series.add(new org.marsad.report.chart.Series(byGroup ? t.label("group", g) : t.get("outcome.killed"), counts));
            }
            return org.marsad.report.chart.Charts.timeline(t.lang(), t.digits(), title,
                    periods.stream().map(p -> label(t, first, p)).toList(), series);
        }
        List<org.marsad.report.chart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < tally.rows().size(); i++) {
            long killed = tally.rows().get(i).killed().low();
            if (killed > 0) {
                bars.add(new org.marsad.report.chart.Bar(String.join(" · ", lines.get(i).key()), killed));
            }
        }
        bars.sort((a, b) -> Long.compare(b.count(), a.count()));
        return bars.isEmpty() ? null : org.marsad.report.chart.Charts.bars(t.lang(), t.digits(), title,
                bars.subList(0, Math.min(bars.size(), CHART_BARS)));
    }

    /** Bars a chart shows at most; the table below it holds every row. */
    private static final int CHART_BARS = 20;

    /** A map on OCHA's borders when the tally is by governorate or by district alone; else none. */
    private static String map(Context ctx, TallyQuery q, Tally tally) {
        if (q.by().size() != 1 || q.by().get(0) != Dimension.GOVERNORATE && q.by().get(0) != Dimension.DISTRICT) {
            return null;
        }
        Map<String, Long> killed = new java.util.HashMap<>();
        tally.rows().forEach(r -> killed.put(r.key().get(0), r.killed().low()));
        Messages t = Views.words(ctx);
        boolean governorates = q.by().get(0) == Dimension.GOVERNORATE;
        return org.marsad.report.chart.Charts.tallyMap(t.lang(), t.digits(),
                t.label("dimension", q.by().get(0).code()),
                governorates ? org.marsad.place.AdminLevel.GOVERNORATE : org.marsad.place.AdminLevel.DISTRICT, killed);
    }

    private static Line line(List<String> key, Tally.Row r, Messages t) {
        return new Line(key, t.number(r.killed().low()), t.number(r.injured().low()),
                t.number(r.provisionalKilled().low()), doubt(r, t));
    }

    /** "−40 / +5": how far uncertain links may move a row's dead; empty when less than half a person either way. */
    private static String doubt(Tally.Row r, Messages t) {
        org.marsad.tally.LinkDoubt d = r.killedDoubt();
        return d.any() ? "\u2212" + t.number(d.unlinkedPersons()) + " / +" + t.number(d.mergedPersons()) : "";
    }

    /**
     * A row's key in the page's language: vocabulary labelled, places by name (SY11 is الرقة), months and
     * days in words, every number in the reader's digits.
     */
    static String label(Messages t, Dimension d, String value) {
        if ("unknown".equals(value)) {
            return t.get("tally.unknown");
        }
        return switch (d) {
            case GROUP -> t.label("group", value);
            case CAUSE -> t.label("cause", value);
            case PERPETRATOR -> t.label("perpetrator", value);
            case STATUS -> t.label("victimstatus", value);
            case AFFILIATION -> t.label("affiliation", value);
            case GOVERNORATE, DISTRICT, SUBDISTRICT, COMMUNITY -> t.place(value, value);
            case DAY -> t.date(java.time.LocalDate.parse(value));
            case MONTH -> org.marsad.report.ReportDates.month(value, t.lang(), t.lang() == org.marsad.report.Lang.EN
                    ? Digits.WESTERN : t.digits());
            case YEAR -> t.plain(Long.parseLong(value));
            case WEEK -> t.get("tally.week", t.plain(Long.parseLong(value.substring(6))), t.plain(Long.parseLong(value.substring(0, 4))));
        };
    }
}
