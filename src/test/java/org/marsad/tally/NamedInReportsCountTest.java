package org.marsad.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.link.DatabaseLinking;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.TestDatabases;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incidents;
import org.marsad.store.report.Report;
import org.marsad.store.report.ReportVictim;
import org.marsad.store.report.ReportVictims;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * Persons a report names, counted by the counting rules once an editor confirms them: inside the figure
 * that counts them, never on top of it; linked with the imported lists; never while extracted or rejected.
 */
class NamedInReportsCountTest {
    private static final String TEXT = "قتل ثلاثة مدنيين بينهم أحمد خالد الحسين ومحمود سعيد العمر في قصف على البلدة";
    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
    private static final Claim THREE = new Claim(Outcome.KILLED, 3, Qualifier.EXACT, Group.CIVILIAN, null, null,
            "shelling", null, null, new Period(DAY, DAY), new Span(4, 16));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void threeKilledIncludingTwoNamedCountThreeNotFiveOnceTheNamedAreConfirmed(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            long report = store(db);
            StoredClaim claim = reports.claims(report).get(0);
            claim = reports.review(claim.id(), ReviewStatus.CONFIRMED, claim.version());
            reports.attach(claim.id(), new Incidents(db).addFor(claim.claim(), Grade.FAIR, "reem").id(), claim.version());
            assertThat(killed(db)).isEqualTo(3);

            ReportVictims named = new ReportVictims(db);
            for (ReportVictim v : named.ofReport(report)) {
                named.review(v.id(), ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, "reem");
            }
            assertThat(killed(db)).as("the named are inside the figure that counts them").isEqualTo(3);
            assertThat(new Tallies(db).count(List.of(), TallyFilter.none()).total().killed().named()).isEqualTo(2);
        }
    }

    @Test
    void withoutAnIncidentTheConfirmedNamedCountThemselvesAndTheExtractedAndRejectedDoNot() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            long report = store(db);
            ReportVictims named = new ReportVictims(db);
            List<ReportVictim> victims = named.ofReport(report);
            assertThat(killed(db)).as("extracted: not counted until an editor confirms").isZero();

            named.review(victims.get(0).id(), ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, "reem");
            named.review(victims.get(1).id(), ReviewStatus.REJECTED, ReviewStatus.EXTRACTED, "reem");
            assertThat(killed(db)).isEqualTo(1);

            named.review(victims.get(1).id(), ReviewStatus.CONFIRMED, ReviewStatus.REJECTED, "amal");
            assertThat(killed(db)).isEqualTo(2);
        }
    }

    @Test
    void aConfirmedNamedVictimIsLinkedWithTheSamePersonOfAnImportedListAndCountedOnce() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            long list = new Sources(db).named("list", "list").id();
            Victims victims = new Victims(db);
            victims.addAll(List.of(
                    listed(list, "1", "أحمد خالد الحسين", DAY),
                    listed(list, "2", "ياسر عبد الله الشيخ", DAY.plusDays(3)),
                    listed(list, "3", "رامي حسن المصطفى", DAY.minusDays(20)),
                    listed(list, "4", "فادي عمر الخطيب", DAY.plusDays(40))));
            long report = store(db);
            ReportVictims named = new ReportVictims(db);
            List<ReportVictim> fromReport = named.ofReport(report);
            named.review(fromReport.get(0).id(), ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, "reem");
            named.review(fromReport.get(1).id(), ReviewStatus.REJECTED, ReviewStatus.EXTRACTED, "reem");

            DatabaseLinking.Result linked = new DatabaseLinking(db).run(null, "test");

            assertThat(linked.records()).as("the rejected is never linked").isEqualTo(5);
            Victim confirmed = victims.find(fromReport.get(0).id()).orElseThrow();
            Victim listedTwin = victims.find(list, "1").orElseThrow();
            assertThat(confirmed.personId()).isNotNull().isEqualTo(listedTwin.personId());
            assertThat(victims.find(fromReport.get(1).id()).orElseThrow().personId()).isNull();
            assertThat(killed(db)).as("four listed persons, one of them also named in the report").isEqualTo(4);
        }
    }

    @Test
    void aPersonNamedInTwoReportsOfOneSourceIsOnePersonCountedOnce() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            long source = new Sources(db).named("list", "list").id();
            new Victims(db).addAll(List.of(
                    listed(source, "1", "ياسر عبد الله الشيخ", DAY.plusDays(3)),
                    listed(source, "2", "رامي حسن المصطفى", DAY.minusDays(20))));
            long first = store(db);
            String again = "وثّق الفريق أسماء ضحايا قصف البلدة، ومنهم احمد الحسين.";
            int start = again.indexOf("احمد الحسين");
            long second = new Reports(db).store(Report.of(new Sources(db).find("SOHR").orElseThrow().id(), "Names", again,
                    "ar", DAY), List.of(), List.of(new NamedVictim("احمد الحسين", VictimOutcome.KILLED, "M", null,
                    Group.MAN, null, null, DAY, start, start + 11, null)), "reem").report().id();
            ReportVictims named = new ReportVictims(db);
            for (long report : List.of(first, second)) {
                for (ReportVictim v : named.ofReport(report)) {
                    named.review(v.id(), ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, "reem");
                }
            }

            new DatabaseLinking(db).run(null, "test");

            Victims victims = new Victims(db);
            long inFirst = victims.find(named.ofReport(first).get(0).id()).orElseThrow().personId();
            long inSecond = victims.find(named.ofReport(second).get(0).id()).orElseThrow().personId();
            assertThat(inSecond).as("each report is a list of its own: one report names a person once, "
                    + "a source's reports name them again").isEqualTo(inFirst);
            assertThat(killed(db)).isEqualTo(2 + 2);
        }
    }

    /** Stores the report with its figure of three and its two named persons; returns the report's id. */
    private static long store(Database db) {
        long source = new Sources(db).named("SOHR", "observatory").id();
        return new Reports(db).store(Report.of(source, "Shelling", TEXT, "ar", DAY), List.of(THREE),
                List.of(named("أحمد خالد الحسين"), named("محمود سعيد العمر")), "reem").report().id();
    }

    private static NamedVictim named(String name) {
        int start = TEXT.indexOf(name);
        return new NamedVictim(name, VictimOutcome.KILLED, "M", null, Group.MAN, null, null, DAY, start,
                start + name.length(), 0);
    }

    private static Victim listed(long source, String key, String name, LocalDate died) {
        return new Victim(null, source, key, name, null, null, null, null, 'M', null, null, "civilian", null, died,
                null, null, null, null, null, null);
    }

    private static long killed(Database db) {
        return new Tallies(db).count(List.of(), TallyFilter.none()).total().killed().low();
    }
}
