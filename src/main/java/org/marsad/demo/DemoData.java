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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.place.Gazetteer;
import org.marsad.place.PlaceTable;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.Incidents;
import org.marsad.store.report.Report;
import org.marsad.store.report.ReportVictim;
import org.marsad.store.report.ReportVictims;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;

/**
 * The demo: three short reports written by the Marsad team about the battle for Raqqa (2017), with their
 * figures as a reviewer would have entered them. Loading is idempotent: a report already stored (same
 * text) is left as it is.
 */
public final class DemoData {
    private static final String RESOURCE = "/org/marsad/demo/demo-reports.json";
    /** Who the audit log says stored and reviewed the demo. */
    private static final String ACTOR = "demo";

    record Figure(String phrase, String outcome, long count, String qualifier, String group, Integer within,
                  String affiliation, String cause, String perpetrator, String place, String pcode,
                  LocalDate from, LocalDate to, String incident) {
    }

    record DemoIncident(String key, LocalDate from, LocalDate to, int datePrecision, String pcode, String place,
                        int placePrecision, String cause, String perpetrator, String grade) {
    }

    /** A person a demo report names, as a reviewer would have confirmed them; {@code figure} counts them. */
    record DemoVictim(String name, String outcome, String sex, Integer age, String group, Integer figure) {
    }

    record DemoReport(String title, String lang, LocalDate published, String text, List<Figure> figures,
                      List<DemoVictim> victims) {
        DemoReport {
            victims = victims == null ? List.of() : victims;
        }
    }

    record DemoSource(String name, String kind) {
    }

    record Demo(String note, DemoSource source, List<DemoReport> reports, List<DemoIncident> incidents) {
    }

    private DemoData() {
    }

    /**
     * Stores the demo reports that are not stored yet, with their figures and named victims confirmed (as a
     * reviewer entered them) and the figures that belong to an incident attached to it; returns how many
     * reports were added.
     */
    public static int load(Database db) {
        PlaceTable.seed(db, Gazetteer.shipped());
        return load(db, read());
    }

    static int load(Database db, Demo demo) {
        long source = new Sources(db).named(demo.source().name(), demo.source().kind(), ACTOR).id();
        Reports reports = new Reports(db);
        Map<String, Long> incidents = new HashMap<>();
        int added = 0;
        for (DemoReport r : demo.reports()) {
            Reports.Stored stored = reports.store(Report.of(source, r.title(), r.text(), r.lang(), r.published()), claims(r),
                    victims(r), ACTOR);
            if (!stored.created()) {
                continue;
            }
            added++;
            ReportVictims named = new ReportVictims(db);
            for (ReportVictim v : named.ofReport(stored.report().id())) {
                named.review(v.id(), ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, ACTOR);
            }
            List<StoredClaim> claims = reports.claims(stored.report().id());
            for (int i = 0; i < claims.size(); i++) {
                StoredClaim confirmed = reports.review(claims.get(i).id(), ReviewStatus.CONFIRMED, claims.get(i).version(),
                        ACTOR);
                String key = r.figures().get(i).incident();
                if (key != null) {
                    reports.attach(confirmed.id(), incidents.computeIfAbsent(key, k -> record(db, demo, k)),
                            confirmed.version(), ACTOR);
                }
            }
        }
        if (added > 0) {
            new AuditLog(db).append(ACTOR, "demo.load", "report", null, null, AuditJson.of("reports", added));
        }
        return added;
    }

    private static long record(Database db, Demo demo, String key) {
        DemoIncident i = demo.incidents().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo incident '" + key + "' is not described"));
        return new Incidents(db).add(new Incident(null, i.from(), i.to(), i.datePrecision(), i.pcode(), i.place(),
                i.placePrecision(), i.cause(), i.perpetrator(), Grade.valueOf(i.grade().toUpperCase(Locale.ROOT)),
                List.of(), null, 0), ACTOR).id();
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

    /** The persons a demo report names, each spanning their name, searched for after the previous one. */
    static List<NamedVictim> victims(DemoReport r) {
        List<NamedVictim> victims = new ArrayList<>();
        int from = 0;
        for (DemoVictim v : r.victims()) {
            int start = r.text().indexOf(v.name(), from);
            if (start < 0) {
                throw new IllegalStateException("demo victim '" + v.name() + "' is not in '" + r.title() + "'");
            }
            from = start + v.name().length();
            victims.add(new NamedVictim(v.name(), VictimOutcome.valueOf(v.outcome().toUpperCase(Locale.ROOT)), v.sex(),
                    v.age(), Group.valueOf(v.group().toUpperCase(Locale.ROOT)), null, null, null, start, from, v.figure()));
        }
        return victims;
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
