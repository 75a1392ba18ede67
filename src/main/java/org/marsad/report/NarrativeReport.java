package org.marsad.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marsad.extract.Group;
import org.marsad.report.chart.Bar;
import org.marsad.report.chart.Charts;
import org.marsad.report.chart.ChoroplethMap;
import org.marsad.report.chart.Series;
import org.marsad.store.Database;
import org.marsad.store.place.Place;
import org.marsad.tally.Range;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;

/**
 * A narrative report in the observatory's register, in Arabic or English: the headline count with its
 * "including" breakdown, the period and place, breakdowns by cause, perpetrator and governorate, the
 * figures reported by others beside Marsad's, the sources and the method; with charts in HTML.
 */
public final class NarrativeReport {
    public enum Format { MD, HTML }

    private final ReportFacts facts;
    private final org.marsad.estimate.EstimateRun estimate;
    private final Lang lang;
    private final Digits digits;
    private final ResourceBundle words;
    private final ResourceBundle labels;
    private final String signedBy;

    private NarrativeReport(ReportFacts facts, org.marsad.estimate.EstimateRun estimate, Lang lang, Digits digits,
                            String signedBy) {
        this.signedBy = signedBy;
        this.facts = facts;
        this.estimate = estimate;
        this.lang = lang;
        this.digits = digits;
        Locale locale = Locale.forLanguageTag(lang.code());
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.words = ResourceBundle.getBundle("i18n.report", locale, exact);
        this.labels = ResourceBundle.getBundle("i18n.messages", locale, exact);
    }

    public static String write(Database db, TallyFilter filter, Lang lang, Digits digits, Format format) {
        return write(db, new Tallies(db), filter, lang, digits, format);
    }

    /** The report counted by {@code tallies}: a server passes its own, whose count units are already made. */
    public static String write(Database db, Tallies tallies, TallyFilter filter, Lang lang, Digits digits,
                               Format format) {
        NarrativeReport r = new NarrativeReport(ReportFacts.of(db, tallies, filter), org.marsad.estimate.Estimates.of(db, filter,
                org.marsad.estimate.DocumentedLists.Stratum.GOVERNORATE, org.marsad.estimate.Method.LCMCR), lang, digits,
                observatory(db, lang));
        List<Block> blocks = r.blocks();
        String title = ((Block.Heading) blocks.get(0)).text();
        return format == Format.MD ? ReportRenderer.markdown(blocks, r.words) : ReportRenderer.html(blocks, lang, title);
    }

    /** The observatory that signs the report: its name as set ({@code serve --org-name}), else Marsad's own. */
    static String observatory(Database db, Lang lang) {
        return new org.marsad.store.SiteSettings(db).get(org.marsad.store.SiteSettings.ORG_NAME)
                .orElse(lang == Lang.AR ? "مرصد" : "Marsad");
    }

    List<Block> blocks() {
        List<Block> b = new ArrayList<>();
        String place = placeName(facts.filter().place());
        b.add(new Block.Heading(1, place == null ? words.getString("title")
                : MessageFormat.format(words.getString("title.place"), place)));
        if (facts.total().low() == 0) {
            b.add(new Block.Paragraph(words.getString("none")));
            return b;
        }
        b.add(new Block.Paragraph(Headline.sentence(facts, lang, digits, place, this::dateText, signedBy)));
        b.add(new Block.Heading(2, words.getString("figures")));
        b.add(groupTable());
        breakdown(b, "by.cause", "col.cause", "chart.cause", facts.byCause(), code -> label("cause", code));
        breakdown(b, "by.perpetrator", "col.perpetrator", "chart.perpetrator", facts.byPerpetrator(), code -> code);
        breakdown(b, "by.place", "col.place", "chart.map", facts.byGovernorate(), this::placeName);
        map(b);
        timeline(b);
        if (estimate.overall().documented() > 0) {
            b.addAll(new EstimateSection(lang, digits, words, this::nameOrUnknownPlace).blocks(estimate));
        }
        if (!facts.reported().isEmpty()) {
            b.add(new Block.Heading(2, words.getString("reported")));
            b.add(new Block.Bullets(facts.reported().stream().map(c -> Headline.comparison(c, lang, digits, signedBy)).toList()));
        }
        b.add(new Block.Heading(2, words.getString("sources")));
        b.add(new Block.Bullets(facts.sources()));
        b.add(new Block.Heading(2, words.getString("method")));
        b.add(new Block.Bullets(List.of(words.getString("method.1"), words.getString("method.2"),
                words.getString("method.3"), words.getString("method.4"))));
        return b;
    }

    private Block groupTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Group g : List.of(Group.PERSON, Group.CIVILIAN, Group.CHILD, Group.WOMAN, Group.MAN, Group.FIGHTER)) {
            Range r = facts.groups().get(g);
            if (r != null && r.high() > 0) {
                rows.add(List.of(label("group", g.code()), number(r.low()), number(r.best()), number(r.high()),
                        number(r.named())));
            }
        }
        return new Block.Table(List.of(words.getString("col.group"), words.getString("col.killed"),
                words.getString("col.best"), words.getString("col.high"), words.getString("col.named")), rows, 1);
    }

    private void breakdown(List<Block> b, String heading, String column, String chart, Tally t,
                           java.util.function.Function<String, String> name) {
        List<Tally.Row> rows = t.rows().stream().filter(r -> r.killed().low() > 0)
                .sorted((x, y) -> Long.compare(y.killed().low(), x.killed().low())).toList();
        if (rows.isEmpty()) {
            return;
        }
        b.add(new Block.Heading(2, words.getString(heading)));
        b.add(new Block.Table(List.of(words.getString(column), words.getString("col.count")),
                rows.stream().map(r -> List.of(nameOrUnknown(name.apply(r.key().get(0))), number(r.killed().low()))).toList(), 1));
        if (!heading.equals("by.place")) {
            b.add(new Block.Chart(words.getString(chart), Charts.bars(lang, digits, words.getString(chart),
                    rows.stream().map(r -> new Bar(nameOrUnknown(name.apply(r.key().get(0))), r.killed().low())).toList())));
        }
    }

    /**
     * Maps of governorates and districts on OCHA's borders, shaded by deaths, with the towns and villages
     * where deaths were recorded as circles. A unit outside the report's place filter has no data.
     */
    private void map(List<Block> b) {
        List<ChoroplethMap.Point> points = new ArrayList<>();
        for (Tally.Row r : facts.byCommunity().rows()) {
            Place p = facts.places().get(r.key().get(0));
            if (p != null && p.level() == 4 && p.lat() != null && p.lon() != null && r.killed().low() > 0) {
                points.add(new ChoroplethMap.Point(p.nameAr(), p.nameEn(), p.lat(), p.lon(), r.killed().low()));
            }
        }
        for (int level : new int[] {1, 2}) {
            Tally t = level == 1 ? facts.byGovernorate() : facts.byDistrict();
            List<ChoroplethMap.Unit> units = new ArrayList<>();
            for (Place p : facts.places().values()) {
                if (p.level() == level && p.lat() != null && p.lon() != null) {
                    Long n = covered(p) ? t.row(p.pcode()).map(r -> r.killed().low()).orElse(0L) : null;
                    units.add(new ChoroplethMap.Unit(p.pcode(), p.nameAr(), p.nameEn(), p.lat(), p.lon(), n));
                }
            }
            if (!units.isEmpty()) {
                String title = words.getString(level == 1 ? "chart.map" : "chart.map.district");
                b.add(new Block.Chart(title, Charts.choropleth(lang, digits, title,
                        level == 1 ? org.marsad.place.AdminLevel.GOVERNORATE : org.marsad.place.AdminLevel.DISTRICT,
                        units, level == 1 ? points : List.of())));
            }
        }
    }

    /** Whether the report counts deaths in this unit: all units, or those of the place it is filtered to. */
    private boolean covered(Place unit) {
        String area = facts.filter().place();
        if (area == null) {
            return true;
        }
        for (Place p = unit; p != null; p = p.parentPcode() == null ? null : facts.places().get(p.parentPcode())) {
            if (p.pcode().equals(area)) {
                return true;
            }
        }
        Place a = facts.places().get(area);
        while (a != null) {
            if (a.pcode().equals(unit.pcode())) {
                return true;
            }
            a = a.parentPcode() == null ? null : facts.places().get(a.parentPcode());
        }
        return false;
    }

    private void timeline(List<Block> b) {
        Tally t = facts.byMonthAndGroup();
        List<String> months = t.rows().stream().map(r -> r.key().get(0)).filter(m -> !m.equals("unknown"))
                .distinct().sorted().toList();
        if (months.size() < 2) {
            return;
        }
        List<Series> series = new ArrayList<>();
        for (Group g : List.of(Group.CIVILIAN, Group.CHILD, Group.WOMAN, Group.FIGHTER)) {
            List<Long> counts = months.stream().map(m -> t.row(m, g.code()).map(r -> r.killed().low()).orElse(0L)).toList();
            if (counts.stream().anyMatch(n -> n > 0)) {
                series.add(new Series(label("group", g.code()), counts));
            }
        }
        if (!series.isEmpty()) {
            b.add(new Block.Heading(2, words.getString("over.time")));
            b.add(new Block.Chart(words.getString("chart.time"), Charts.timeline(lang, digits, words.getString("chart.time"),
                    months.stream().map(m -> ReportDates.month(m, lang, digits)).toList(), series)));
        }
    }

    private String dateText(java.time.LocalDate d) {
        return ReportDates.date(d, lang, digits);
    }

    private String placeName(String pcode) {
        if (pcode == null) {
            return null;
        }
        Place p = facts.places().get(pcode);
        return p == null ? pcode : lang == Lang.AR ? p.nameAr() : p.nameEn();
    }

    private String nameOrUnknownPlace(String pcode) {
        return nameOrUnknown(placeName(pcode));
    }

    private String nameOrUnknown(String name) {
        return name == null || name.equals("unknown") ? words.getString("unknown") : name;
    }

    private String label(String prefix, String code) {
        String key = prefix + "." + code;
        return labels.containsKey(key) ? labels.getString(key) : code;
    }

    private String number(long n) {
        return lang == Lang.EN ? String.format(Locale.ROOT, "%,d", n) : digits.grouped(n);
    }
}
