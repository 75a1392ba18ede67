package org.marsad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
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
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;
import org.marsad.tally.TallyFilter;

/**
 * One airstrike in August 2017 (at least 14, best 16, at most 19 civilians, 3 children, 4 women; a named girl and a named woman)
 * and a cumulative toll of 1130 civilians that an observatory reported for June to October.
 */
class NarrativeReportTest {
    private static Database db;

    @BeforeAll
    static void world() {
        db = TestDatabases.fresh(Dialect.SQLITE);
        new Places(db).save(List.of(new Place("SY11", null, 1, "الرقة", "Ar-Raqqa", 35.95, 38.99),
                new Place("SY1101", "SY11", 2, "الرقة", "Ar-Raqqa", 35.95, 39.01)));
        long sohr = new Sources(db).named("SOHR", "observatory").id();
        long incident = new Incidents(db).add(new Incident(null, LocalDate.of(2017, 8, 20), LocalDate.of(2017, 8, 20),
                1, "SY1101", null, 2, "airstrike", "international coalition", Grade.FAIR,
                List.of(new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 14, 16, 19),
                        new IncidentFigure(Group.CHILD, Outcome.KILLED, 3, 3, 3),
                        new IncidentFigure(Group.WOMAN, Outcome.KILLED, 4, 4, 4)), null, 0)).id();
        new Victims(db).addAll(List.of(victim(sohr, "1", 'F', 6, incident), victim(sohr, "2", 'F', 31, incident)));
        Reports reports = new Reports(db);
        long report = reports.store(Report.of(sohr, "toll", "1130 civilians", "en", null), List.of(new Claim(
                Outcome.KILLED, 1130, Qualifier.EXACT, Group.CIVILIAN, null, null, null, null, null,
                new Period(LocalDate.of(2017, 6, 5), LocalDate.of(2017, 10, 10)), new Span(0, 14)))).report().id();
        reports.review(reports.claims(report).get(0).id(), ReviewStatus.CONFIRMED, 0);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void arabicHeadlineAgreesNumbersWithTheirNouns() {
        String md = NarrativeReport.write(db, TallyFilter.none(), Lang.AR, Digits.WESTERN, NarrativeReport.Format.MD);
        assertThat(md).startsWith("# حصيلة الضحايا الموثقة\n")
                .contains("وثّق مرصد مقتل ما لا يقل عن 14 مدنياً، بينهم 3 أطفال و4 نساء، في الفترة الممتدة من "
                        + "20 آب / أغسطس 2017 وحتى 20 آب / أغسطس 2017.")
                .contains("والتقدير الأرجح 16، وقد يبلغ العدد 19.");
    }

    @Test
    void reportedTollIsComparedWithTheRecordedCountNotAdded() {
        String md = NarrativeReport.write(db, TallyFilter.none(), Lang.AR, Digits.WESTERN, NarrativeReport.Format.MD);
        assertThat(md).contains("أعلن SOHR مقتل 1,130 مدنياً؛ ووثّق مرصد منهم 2 بالاسم و12 دون أسماء.");
        String en = NarrativeReport.write(db, TallyFilter.none(), Lang.EN, Digits.WESTERN, NarrativeReport.Format.MD);
        assertThat(en).contains("SOHR reported 1,130 civilians killed; Marsad has recorded 2 by name and 12 more without names.");
    }

    @Test
    void englishHeadlineAndTheFigureTable() {
        String md = NarrativeReport.write(db, TallyFilter.none(), Lang.EN, Digits.WESTERN, NarrativeReport.Format.MD);
        assertThat(md).contains("Marsad documented the deaths of at least 14 civilians, including 3 children and 4 women, "
                + "between 20 August 2017 and 20 August 2017.")
                .contains("| civilians | 14 | 16 | 19 | 2 |")
                .contains("| children | 3 | 3 | 3 | 1 |")
                .contains("| airstrike | 14 |");
    }

    @Test
    void arabicIndicDigitsByChoice() {
        String md = NarrativeReport.write(db, TallyFilter.none(), Lang.AR, Digits.ARABIC_INDIC, NarrativeReport.Format.MD);
        assertThat(md).contains("ما لا يقل عن ١٤ مدنياً، بينهم ٣ أطفال و٤ نساء");
    }

    @Test
    void placeFilterNamesThePlaceInTheTitle() {
        TallyFilter raqqa = new TallyFilter(null, null, "SY11", null, null, null, null, null, null, null);
        assertThat(NarrativeReport.write(db, raqqa, Lang.AR, Digits.WESTERN, NarrativeReport.Format.MD))
                .startsWith("# حصيلة الضحايا الموثقة في الرقة\n").contains("، في الرقة،");
        TallyFilter damascus = new TallyFilter(null, null, "SY01", null, null, null, null, null, null, null);
        assertThat(NarrativeReport.write(db, damascus, Lang.EN, Digits.WESTERN, NarrativeReport.Format.MD))
                .contains("No deaths are recorded under these filters.");
    }

    @Test
    void htmlIsRightToLeftWithChartsAndNothingFromElsewhere() {
        String html = NarrativeReport.write(db, TallyFilter.none(), Lang.AR, Digits.WESTERN, NarrativeReport.Format.HTML);
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "<svg", "<table>", "وثّق مرصد")
                .doesNotContain("<script", "src=\"http", "href=\"http");
    }

    private static Victim victim(long source, String key, char sex, int age, long incident) {
        return new Victim(null, source, key, "name " + key, null, null, null, null, sex, age, null, "civilian", null,
                LocalDate.of(2017, 8, 20), null, "SY1101", "airstrike", null, incident, null);
    }
}
