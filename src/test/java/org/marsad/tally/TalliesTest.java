package org.marsad.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.TestDatabases;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentFigure;
import org.marsad.store.incident.Incidents;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * A small world with every counting rule in it:
 * <ul>
 * <li>P1, a civilian man named by sources A and B (one person, two records), on his own, Aug 2017, SY110000;</li>
 * <li>incident I1 (fair, airstrike, Aug 2017, SY1100): recorded 14/16/19 civilians and 3 children killed,
 *     20/25/30 civilians injured, a confirmed claim of 16 civilians, a rejected claim of 40, and two named
 *     persons attached: P2, a girl of 8, and P3, a woman of 30;</li>
 * <li>P4, a fighter on his own, Sep 2017, SY09; P5, a record of unknown status, no place, Sep 2017;</li>
 * <li>I2, single-source (weak), 5 civilians, SY09; I3 discounted, 100 people;</li>
 * <li>a confirmed cumulative claim of 1130 civilians attached to no incident.</li>
 * </ul>
 */
class TalliesTest {
    private static Database db;
    private static Tallies tallies;

    @BeforeAll
    static void buildTheWorldOnSqlite() {
        db = world(Dialect.SQLITE);
        tallies = new Tallies(db);
    }

    static Database world(Dialect dialect) {
        Database db = TestDatabases.fresh(dialect);
        new Places(db).save(List.of(
                new Place("SY11", null, 1, "الرقة", "Ar-Raqqa", null, null),
                new Place("SY1100", "SY11", 2, "الرقة", "Ar-Raqqa", null, null),
                new Place("SY110000", "SY1100", 3, "مركز الرقة", "Ar-Raqqa", null, null),
                new Place("SY09", null, 1, "دير الزور", "Deir-ez-Zor", null, null)));
        long a = new Sources(db).named("A", "observatory").id();
        long b = new Sources(db).named("B", "ngo").id();

        Incidents incidents = new Incidents(db);
        long i1 = incidents.add(incident(LocalDate.of(2017, 8, 3), "SY1100", "airstrike", Grade.FAIR,
                new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 14, 16, 19),
                new IncidentFigure(Group.CHILD, Outcome.KILLED, 3, 3, 3),
                new IncidentFigure(Group.CIVILIAN, Outcome.INJURED, 20, 25, 30))).id();
        incidents.add(incident(LocalDate.of(2017, 9, 1), "SY09", "shelling", Grade.WEAK,
                new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 5, 5, 5)));
        incidents.add(incident(LocalDate.of(2017, 9, 2), "SY09", "shelling", Grade.DISCOUNTED,
                new IncidentFigure(Group.PERSON, Outcome.KILLED, 100, 100, 100)));

        Reports reports = new Reports(db);
        long report = reports.store(Report.of(a, "I1", "16 civilians; 40 civilians; 1130 civilians", "en", null),
                List.of(claim(16), claim(40), claim(1130))).report().id();
        List<StoredClaim> claims = reports.claims(report);
        StoredClaim sixteen = reports.review(claims.get(0).id(), ReviewStatus.CONFIRMED, 0);
        reports.attach(sixteen.id(), i1, sixteen.version());
        StoredClaim forty = reports.attach(claims.get(1).id(), i1, 0);
        reports.review(forty.id(), ReviewStatus.REJECTED, forty.version());
        reports.review(claims.get(2).id(), ReviewStatus.CONFIRMED, 0);

        Victims victims = new Victims(db);
        victims.addAll(List.of(
                victim(a, "p1", 'M', 34, "civilian", LocalDate.of(2017, 8, 1), "SY110000", null),
                victim(b, "p1", 'M', 35, "civilian", LocalDate.of(2017, 8, 2), "SY11", null),
                victim(a, "p2", 'F', 8, "civilian", LocalDate.of(2017, 8, 3), "SY1100", i1),
                victim(b, "p3", 'F', 30, "civilian", LocalDate.of(2017, 8, 3), "SY1100", i1),
                victim(a, "p4", 'M', 25, "fighter", LocalDate.of(2017, 9, 10), "SY09", null),
                victim(b, "p5", null, null, null, LocalDate.of(2017, 9, 15), null, null)));
        List<Victim> stored = victims.all();
        List<List<Long>> persons = new ArrayList<>(List.of(List.of(stored.get(0).id(), stored.get(1).id())));
        stored.subList(2, 5).forEach(v -> persons.add(List.of(v.id())));
        victims.assignPersons(persons);
        return db;
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void postgresqlCountsExactlyAsSqlite() {
        try (Database pg = world(Dialect.POSTGRESQL)) {
            Tallies onPostgres = new Tallies(pg);
            for (List<Dimension> by : List.of(List.<Dimension>of(), List.of(Dimension.GROUP),
                    List.of(Dimension.MONTH, Dimension.GOVERNORATE, Dimension.GROUP), List.of(Dimension.CAUSE))) {
                for (TallyFilter f : List.of(TallyFilter.none(), filter(null, null, null, "A"),
                        filter("SY1100", Group.CIVILIAN, null, null))) {
                    assertThat(TallyJson.write(onPostgres.count(by, f))).isEqualTo(TallyJson.write(tallies.count(by, f)));
                }
            }
        }
    }

    @Test
    void countsEachDeathOnceAndAnIncidentByItsLargestAccount() {
        Tally t = tallies.count(List.of(), TallyFilter.none());
        // P1 + I1 (max of 16 confirmed, 14/16/19 recorded, 2 named, 3+1 parts) + P4 + P5
        assertThat(t.total().killed()).isEqualTo(new Range(19, 19, 22, 5));
        assertThat(t.total().injured()).isEqualTo(new Range(20, 25, 30, 0));
        assertThat(t.total().provisionalKilled()).isEqualTo(new Range(5, 5, 5, 0));
    }

    @Test
    void groupsNestChildrenAndWomenWithinCivilians() {
        List<Dimension> by = List.of(Dimension.GROUP);
        Tally t = tallies.count(by, TallyFilter.none());
        assertThat(t.rows()).extracting(r -> r.key().get(0) + "=" + r.killed().low()).containsExactly(
                "child=3", "civilian=17", "fighter=1", "man=1", "person=19", "woman=1");
        assertThat(t.total().killed().low()).isEqualTo(19);
    }

    @Test
    void namedPersonsOfAnIncidentAreInsideItsFigure() {
        Tally t = tallies.count(List.of(Dimension.GOVERNORATE), TallyFilter.none());
        assertThat(t.row("SY11").orElseThrow().killed()).isEqualTo(new Range(17, 17, 20, 3));
        assertThat(t.row("SY09").orElseThrow().killed().low()).isEqualTo(1);
        assertThat(t.row("SY09").orElseThrow().provisionalKilled().low()).isEqualTo(5);
        assertThat(t.row("unknown").orElseThrow().killed().low()).isEqualTo(1);
        assertThat(t.rows()).extracting(r -> r.key().get(0)).containsExactly("SY09", "SY11", "unknown");
    }

    @Test
    void rollsUpByMonthAndFiltersByPeriod() {
        Tally t = tallies.count(List.of(Dimension.MONTH), TallyFilter.none());
        assertThat(t.rows()).extracting(r -> r.key().get(0) + "=" + r.killed().low())
                .containsExactly("2017-08=17", "2017-09=2");
        Tally august = tallies.count(List.of(), new TallyFilter(LocalDate.of(2017, 8, 2), LocalDate.of(2017, 8, 31),
                null, null, null, null, null, null, null, null));
        // P1's earliest date (1 August, from source A) is before the period: the person is not counted twice over dates
        assertThat(august.total().killed().low()).isEqualTo(16);
    }

    @Test
    void filtersByPlaceIncludePlacesWithin() {
        Tally t = tallies.count(List.of(), filter("SY1100", null, null, null));
        assertThat(t.total().killed().low()).isEqualTo(17);
    }

    @Test
    void filtersByGroupStatusAndSource() {
        assertThat(tallies.count(List.of(), filter(null, Group.CHILD, null, null)).total().killed().low()).isEqualTo(3);
        assertThat(tallies.count(List.of(), filter(null, null, "fighter", null)).total().killed().low()).isEqualTo(1);
        assertThat(tallies.count(List.of(), filter(null, null, "civilian", null)).total().killed().low()).isEqualTo(17);
        // source A names P1, P4 and (through P2 and the confirmed claim) incident I1; P5 is B's only
        assertThat(tallies.count(List.of(), filter(null, null, null, "A")).total().killed().low()).isEqualTo(18);
    }

    @Test
    void civiliansBrokenDownByGroupShowOnlyTheirParts() {
        Tally t = tallies.count(List.of(Dimension.GROUP), filter(null, Group.CIVILIAN, null, null));
        assertThat(t.rows()).extracting(r -> r.key().get(0)).containsExactly("child", "civilian", "man", "woman");
        assertThat(t.total().killed().low()).isEqualTo(17);
    }

    @Test
    void weakIncidentsCountOnlyWhenTheGradeFilterLetsThemIn() {
        TallyFilter all = new TallyFilter(null, null, null, null, null, null, null, null, null,
                Set.of(Grade.CONFIRMED, Grade.FAIR, Grade.WEAK));
        Tally t = tallies.count(List.of(), all);
        assertThat(t.total().killed().low()).isEqualTo(24);
        assertThat(t.total().provisionalKilled().low()).isZero();
    }

    @Test
    void anIncidentWithMoreNamedPersonsThanItsFigureCountsTheNamed() {
        IncidentFigures f = new IncidentFigures();
        f.account(Group.CIVILIAN, new Range(1, 1, 2, 0));
        for (int i = 0; i < 3; i++) {
            f.account(Group.CIVILIAN, Range.exactly(1, 1));
        }
        assertThat(f.settle().get(Group.CIVILIAN)).isEqualTo(new Range(1, 1, 2, 1));
    }

    @Test
    void aCumulativeReportedFigureIsComparedNotCounted() {
        List<Reconciliation.Comparison> view = new Reconciliation(db, tallies).compare(TallyFilter.none());
        assertThat(view).singleElement().satisfies(c -> {
            assertThat(c.reported()).isEqualTo(1130);
            assertThat(c.group()).isEqualTo(Group.CIVILIAN);
            assertThat(c.source()).isEqualTo("A");
            // recorded civilians: P1 (named) + I1's 16, of whom P2 and P3 are named
            assertThat(c.recorded()).isEqualTo(new Range(17, 17, 20, 3));
            assertThat(c.unnamed()).isEqualTo(14);
        });
        assertThat(tallies.count(List.of(), TallyFilter.none()).total().killed().low()).isEqualTo(19);
    }

    @Test
    void aChangeToTheDataIsCountedAtTheNextTally() {
        try (Database other = TestDatabases.fresh(Dialect.SQLITE)) {
            Tallies counting = new Tallies(other);
            long source = new Sources(other).named("A", "observatory").id();
            new Victims(other).addAll(List.of(victim(source, "x1", 'F', 40, "civilian", LocalDate.of(2017, 8, 1), null, null)));
            assertThat(counting.count(List.of(), TallyFilter.none()).total().killed().low()).isEqualTo(1);
            new Victims(other).addAll(List.of(victim(source, "x2", 'M', 9, "civilian", LocalDate.of(2017, 8, 1), null, null)));
            assertThat(counting.count(List.of(), TallyFilter.none()).total().killed().low()).isEqualTo(2);
            other.jdbi().useHandle(h -> h.execute("UPDATE victim SET status = 'fighter' WHERE record_key = 'x2'"));
            assertThat(counting.count(List.of(), new TallyFilter(null, null, null, null, null, null, "civilian", null,
                    null, null)).total().killed().low()).isEqualTo(1);
        }
    }

    @Test
    void tallyJsonFollowsTheContract() throws Exception {
        Tally t = tallies.count(List.of(Dimension.GOVERNORATE, Dimension.GROUP),
                new TallyFilter(LocalDate.of(2017, 6, 5), LocalDate.of(2017, 10, 10), null, null, null, null, null,
                        null, null, null));
        JsonNode json = new ObjectMapper().readTree(TallyJson.write(t));
        assertThat(json.get("by")).extracting(JsonNode::asText).containsExactly("governorate", "group");
        assertThat(json.get("filters").get("from").asText()).isEqualTo("2017-06-05");
        JsonNode children = null;
        for (JsonNode row : json.get("rows")) {
            if (row.get("governorate").asText().equals("SY11") && row.get("group").asText().equals("child")) {
                children = row;
            }
        }
        assertThat(children).isNotNull();
        assertThat(children.get("killed").asLong()).isEqualTo(3);
        assertThat(children.get("injured").asLong()).isZero();
        assertThat(json.get("total").get("killed").asLong()).isEqualTo(19);
    }

    @Test
    void csvAndTableEndWithTheTotal() {
        Tally t = tallies.count(List.of(Dimension.MONTH), TallyFilter.none());
        // the linker's doubt comes last (killed_unlinked, killed_false_merges): none in this world, nothing linked
        assertThat(TallyText.csv(t)).startsWith("month,killed,").contains("2017-08,17,17,20,3,20,0,0.0,0.0\n")
                .endsWith("total,19,19,22,5,20,5,0.0,0.0\n");
        assertThat(TallyText.table(t).lines().reduce((x, y) -> y).orElseThrow()).startsWith("total").matches(".* 5 +0\\.0 +0\\.0");
    }

    @Test
    void namedPersonsOfAnIncidentCountAsTheirNumberWhenTheyOutnumberItsFigure() {
        try (Database small = TestDatabases.fresh(Dialect.SQLITE)) {
            long source = new Sources(small).named("A", "observatory").id();
            long incident = new Incidents(small).add(incident(LocalDate.of(2017, 8, 3), null, "airstrike", Grade.FAIR,
                    new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 2, 2, 2))).id();
            Victims victims = new Victims(small);
            victims.addAll(List.of(
                    victim(source, "n1", 'M', 40, "civilian", LocalDate.of(2017, 8, 3), null, incident),
                    victim(source, "n2", 'F', 35, "civilian", LocalDate.of(2017, 8, 3), null, incident),
                    victim(source, "n3", 'M', 12, "civilian", LocalDate.of(2017, 8, 3), null, incident),
                    victim(source, "n4", 'F', 9, "civilian", LocalDate.of(2017, 8, 3), null, incident)));
            victims.assignPersons(victims.all().stream().map(v -> List.of(v.id())).toList());
            // four named persons inside a figure of two: count = max(named, figure) = 4, never 2 and never 6
            assertThat(new Tallies(small).count(List.of(), TallyFilter.none()).total().killed()).isEqualTo(new Range(4, 4, 4, 4));
        }
    }

    private static TallyFilter filter(String place, Group group, String status, String source) {
        return new TallyFilter(null, null, place, group, null, null, status, null, source, null);
    }

    private static Incident incident(LocalDate date, String pcode, String cause, Grade grade, IncidentFigure... figures) {
        return new Incident(null, date, date, 1, pcode, null, 2, cause, null, grade, List.of(figures), null, 0);
    }

    private static Claim claim(long count) {
        return new Claim(Outcome.KILLED, count, Qualifier.EXACT, Group.CIVILIAN, null, null, null, null, null, null,
                new Span(0, 2));
    }

    private static Victim victim(long source, String key, Character sex, Integer age, String status, LocalDate died,
                                 String pcode, Long incident) {
        return new Victim(null, source, key, "name " + key, null, null, null, null, sex, age, null, status, null, died,
                null, pcode, null, null, incident, null);
    }
}
