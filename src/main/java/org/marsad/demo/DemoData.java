package org.marsad.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.Database;
import org.marsad.store.Report;
import org.marsad.store.Reports;
import org.marsad.store.Sources;

/**
 * The demo: three short reports written by the Marsad team about the battle for Raqqa (2017), with their
 * figures as a reviewer would have entered them. Loading is idempotent: a report already stored (same
 * text) is left as it is.
 */
public final class DemoData {
    private static final String RESOURCE = "/org/marsad/demo/demo-reports.json";

    record Figure(String phrase, String outcome, long count, String qualifier, String group, Integer within,
                  String affiliation, String cause, String perpetrator, String place, String pcode,
                  LocalDate from, LocalDate to) {
    }

    record DemoReport(String title, String lang, LocalDate published, String text, List<Figure> figures) {
    }

    record DemoSource(String name, String kind) {
    }

    record Demo(String note, DemoSource source, List<DemoReport> reports) {
    }

    private DemoData() {
    }

    /** Stores the demo reports that are not stored yet; returns how many were added. */
    public static int load(Database db) {
        Demo demo = read();
        long source = new Sources(db).named(demo.source().name(), demo.source().kind()).id();
        Reports reports = new Reports(db);
        int added = 0;
        for (DemoReport r : demo.reports()) {
            Report report = Report.of(source, r.title(), r.text(), r.lang(), r.published());
            if (reports.store(report, claims(r)).created()) {
                added++;
            }
        }
        return added;
    }

    static Demo read() {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, Demo.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo data in the jar is unreadable", e);
        }
    }

    /** The figures of a demo report, each spanning its phrase, searched for after the previous figure. */
    static List<Claim> claims(DemoReport r) {
        List<Claim> claims = new ArrayList<>();
        int from = 0;
        for (Figure f : r.figures()) {
            int start = r.text().indexOf(f.phrase(), from);
            if (start < 0) {
                throw new IllegalStateException("demo figure '" + f.phrase() + "' is not in '" + r.title() + "'");
            }
            from = start + f.phrase().length();
            claims.add(new Claim(
                    Outcome.valueOf(f.outcome().toUpperCase(Locale.ROOT)),
                    f.count(),
                    Qualifier.valueOf(f.qualifier().toUpperCase(Locale.ROOT)),
                    Group.valueOf(f.group().toUpperCase(Locale.ROOT)),
                    f.within(), f.affiliation(), f.cause(), f.perpetrator(),
                    f.place() == null ? null : new PlaceMention(f.place(), f.pcode()),
                    f.from() == null && f.to() == null ? null : new Period(f.from(), f.to()),
                    new Span(start, from)));
        }
        return claims;
    }
}
