package org.marsad.store.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.InputError;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.TestDatabases;
import org.marsad.store.audit.AuditEntry;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.store.victim.Victims;

/** The persons reports name, stored with their report and figure and reviewed, on SQLite and PostgreSQL. */
class ReportVictimsTest {
    /** "قتل ثلاثة مدنيين بينهم سامر العلي (9 أعوام) ووالده خالد العلي، وأصيبت هدى" as the extractor reads it. */
    private static final String TEXT = "قتل ثلاثة مدنيين بينهم سامر العلي (9 أعوام) ووالده خالد العلي، وأصيبت هدى";
    private static final Claim THREE = new Claim(Outcome.KILLED, 3, Qualifier.EXACT, Group.CIVILIAN, null, null,
            "shelling", "government forces", null, null, new Span(4, 16));
    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
    private static final List<NamedVictim> NAMED = List.of(
            named("سامر العلي", VictimOutcome.KILLED, "M", 9, Group.CHILD, 0),
            named("خالد العلي", VictimOutcome.KILLED, "M", null, Group.MAN, 0),
            named("هدى", VictimOutcome.INJURED, "F", null, Group.WOMAN, null));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aReportsNamedVictimsAreRecordsOfItsSourceWithTheirFigureAndStoringItAgainAddsNothing(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("SOHR", "observatory").id();
            Reports reports = new Reports(db);
            Report report = Report.of(source, "Shelling", TEXT, "ar", DAY);
            Reports.Stored stored = reports.store(report, List.of(THREE), NAMED, "reem");
            reports.store(report, List.of(THREE), NAMED, "reem");

            List<ReportVictim> victims = new ReportVictims(db).ofReport(stored.report().id());
            long claimId = reports.claims(stored.report().id()).get(0).id();
            assertThat(victims).extracting(v -> v.record().fullName()).containsExactly("سامر العلي", "خالد العلي", "هدى");
            assertThat(victims).extracting(ReportVictim::status).containsOnly(ReviewStatus.EXTRACTED);
            assertThat(victims).extracting(v -> v.record().sourceId()).containsOnly(source);
            assertThat(victims).extracting(ReportVictim::claimId).containsExactly(claimId, claimId, null);
            assertThat(victims).extracting(ReportVictim::claim).containsExactly(0, 0, null);
            assertThat(victims).extracting(ReportVictim::outcome)
                    .containsExactly(VictimOutcome.KILLED, VictimOutcome.KILLED, VictimOutcome.INJURED);
            ReportVictim boy = victims.get(0);
            assertThat(TEXT.substring(boy.span().start(), boy.span().end())).isEqualTo("سامر العلي");
            assertThat(boy.record()).extracting(Victim::age, Victim::ageGroup, Victim::status, Victim::diedOn,
                    Victim::cause, Victim::perpetrator).containsExactly(9, "child", "civilian", DAY, "shelling",
                    "government forces");
            assertThat(victims.get(1).record().ageGroup()).isEqualTo("adult");
            assertThat(victims.get(2).record().diedOn()).as("an injury is no date of death").isNull();
            assertThat(new Victims(db).count()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyConfirmedOrCorrectedDeathsAreInTheRegisterAndEveryDecisionIsAudited(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long list = new Sources(db).named("list", "list").id();
            new Victims(db).addAll(List.of(new Victim(null, list, "1", "محمد الأحمد", null, null, null, null, 'M', 40,
                    null, "civilian", null, DAY, null, null, null, null, null, null)));
            Reports.Stored stored = new Reports(db).store(Report.of(null, "t", TEXT, "ar", DAY), List.of(THREE), NAMED,
                    "reem");
            ReportVictims named = new ReportVictims(db);
            List<ReportVictim> victims = named.ofReport(stored.report().id());
            assertThat(victims).extracting(v -> v.record().sourceId()).as("a report without source")
                    .containsOnly(new Sources(db).find(Sources.UNATTRIBUTED).orElseThrow().id());
            assertThat(register(db)).as("a list's records are in, extracted ones are not").containsExactly("محمد الأحمد");

            ReportVictim confirmed = named.review(victims.get(0).id(), ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, "reem");
            named.review(victims.get(1).id(), ReviewStatus.REJECTED, ReviewStatus.EXTRACTED, "amal");
            named.review(victims.get(2).id(), ReviewStatus.CONFIRMED, null, "reem");

            assertThat(confirmed.reviewedBy()).isEqualTo("reem");
            assertThat(confirmed.reviewedAt()).isNotNull();
            assertThat(register(db)).as("the rejected and the injured are not among the dead")
                    .containsExactly("محمد الأحمد", "سامر العلي");
            assertThat(audit(db, "victim.review")).hasSize(3).first().satisfies(e -> {
                assertThat(e.before()).contains("\"status\":\"extracted\"");
                assertThat(e.after()).contains("\"status\":\"confirmed\"");
            });
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCorrectionIsKeptWithWhoMadeItAndCountsLikeAConfirmation(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports.Stored stored = new Reports(db).store(Report.of(null, "t", TEXT, "ar", DAY), List.of(THREE), NAMED,
                    "reem");
            ReportVictims named = new ReportVictims(db);
            long injured = named.ofReport(stored.report().id()).get(2).id();

            ReportVictim corrected = named.correct(injured, new VictimCorrection("هدى محمد الحسن", 12, 'F',
                    VictimOutcome.KILLED), ReviewStatus.EXTRACTED, "amal");

            assertThat(corrected.status()).isEqualTo(ReviewStatus.EDITED);
            assertThat(corrected.reviewedBy()).isEqualTo("amal");
            assertThat(corrected.record()).extracting(Victim::fullName, Victim::age, Victim::ageGroup, Victim::sex)
                    .containsExactly("هدى محمد الحسن", 12, "child", 'F');
            assertThat(register(db)).containsExactly("هدى محمد الحسن");
            AuditEntry entry = audit(db, "victim.correct").get(0);
            assertThat(entry.actor()).isEqualTo("amal");
            assertThat(entry.before()).contains("\"name\":\"هدى\"", "\"age\":null", "\"outcome\":\"injured\"");
            assertThat(entry.after()).contains("\"name\":\"هدى محمد الحسن\"", "\"age\":12", "\"outcome\":\"killed\"",
                    "\"status\":\"edited\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDecisionOnWhatSomeoneElseDecidedSinceIsAConflict(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports.Stored stored = new Reports(db).store(Report.of(null, "t", TEXT, "ar", DAY), List.of(THREE), NAMED,
                    "reem");
            ReportVictims named = new ReportVictims(db);
            long boy = named.ofReport(stored.report().id()).get(0).id();
            named.review(boy, ReviewStatus.CONFIRMED, ReviewStatus.EXTRACTED, "reem");

            assertThatThrownBy(() -> named.review(boy, ReviewStatus.REJECTED, ReviewStatus.EXTRACTED, "amal"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("confirmed now");
            assertThatThrownBy(() -> named.review(boy, ReviewStatus.EDITED, ReviewStatus.CONFIRMED, "amal"))
                    .isInstanceOf(InputError.class);
            assertThat(named.find(boy).orElseThrow().status()).isEqualTo(ReviewStatus.CONFIRMED);
            // an edit on the victim's own page made from what was read before the review is stale
            VictimEdits edits = new VictimEdits(db);
            StoredVictim read = edits.find(boy).orElseThrow();
            named.correct(boy, new VictimCorrection("سامر خالد العلي", 9, 'M', VictimOutcome.KILLED), null, "amal");
            assertThatThrownBy(() -> edits.edit(boy, read.victim(), read.version(), "reem"))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> new VictimCorrection(" ", 3, 'M', VictimOutcome.KILLED))
                    .isInstanceOf(InputError.class).hasMessageStartingWith("name");
            assertThatThrownBy(() -> new VictimCorrection("x", 140, 'M', VictimOutcome.KILLED))
                    .isInstanceOf(InputError.class).hasMessageStartingWith("age");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void recordsImportedBeforeV7StayInTheRegisterAsConfirmedDeaths(Dialect dialect) {
        String url = TestDatabases.url(dialect);
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/dialect/" + dialect.name().toLowerCase(java.util.Locale.ROOT))
                .placeholders(dialect.placeholders()).target("6").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("INSERT INTO source (name, kind, reliability, created_at) VALUES ('list', 'list', 'F', '2026-01-01')");
            s.execute("INSERT INTO victim (source_id, record_key, full_name) SELECT id, '1', 'محمد الأحمد' FROM source");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Database db = Database.open(url)) {
            assertThat(register(db)).containsExactly("محمد الأحمد");
            String state = db.jdbi().withHandle(h -> h.createQuery("SELECT outcome || ' ' || review_status FROM victim")
                    .mapTo(String.class).one());
            assertThat(state).isEqualTo("killed confirmed");
        }
    }

    private static List<String> register(Database db) {
        return new Victims(db).register().stream().map(Victim::fullName).toList();
    }

    private static List<AuditEntry> audit(Database db, String action) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM audit_entry WHERE action = :a ORDER BY id")
                .bind("a", action).map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Columns.instant(rs, "at"),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                        rs.getString("before_json"), rs.getString("after_json"), rs.getString("prev_hash"),
                        rs.getString("hash"))).list());
    }

    private static NamedVictim named(String name, VictimOutcome outcome, String sex, Integer age, Group group,
                                     Integer claim) {
        int start = TEXT.indexOf(name);
        return new NamedVictim(name, outcome, sex, age, group, null, null, outcome == VictimOutcome.KILLED ? DAY : null,
                start, start + name.length(), claim);
    }
}
