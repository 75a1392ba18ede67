package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.InputError;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.Database.Dialect;
import org.marsad.store.account.Account;
import org.marsad.store.account.Accounts;
import org.marsad.store.audit.AuditEntry;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentFigure;
import org.marsad.store.incident.Incidents;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.place.Place;
import org.marsad.store.place.Places;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/** Every repository against a real SQLite file and a real PostgreSQL 17. */
class StoreTest {

    private static final Claim CIVILIANS = new Claim(Outcome.KILLED, 156, Qualifier.AT_LEAST, Group.CIVILIAN, null,
            null, "landmine", "Islamic State", new PlaceMention("مدينة الرقة", "SY1101"),
            new Period(LocalDate.of(2017, 6, 5), LocalDate.of(2017, 10, 10)), new Span(10, 42));
    private static final Claim CHILDREN = new Claim(Outcome.KILLED, 36, Qualifier.EXACT, Group.CHILD, 0,
            null, null, null, null, null, new Span(50, 60));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migratingTwiceChangesNothing(Dialect dialect) {
        String url = TestDatabases.url(dialect);
        try (Database first = Database.open(url)) {
            assertThat(first.dialect()).isEqualTo(dialect);
            new Sources(first).add(Source.of("SOHR", "observatory"));
        }
        try (Database again = Database.open(url)) {
            assertThat(again.migrate()).isZero();
            assertThat(new Sources(again).all()).extracting(Source::name).containsExactly("SOHR");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sourceRoundTripsWithItsConfidentialIdentity(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Sources sources = new Sources(db);
            Source added = sources.add(new Source(null, "Observatory network", "observatory", 'B',
                    "field contact in Raqqa, +963 …", null));
            assertThat(sources.find(added.id())).contains(added);
            assertThat(sources.named("Observatory network", "ngo")).isEqualTo(added);
            assertThat(sources.named("Airwars", "ngo").id()).isNotEqualTo(added.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reportAndItsClaimsRoundTripAndTheSameTextIsStoredOnce(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).add(Source.of("SOHR", "observatory")).id();
            Reports reports = new Reports(db);
            Report report = Report.of(source, "Raqqa toll", "نص التقرير ١٥٦ مدنياً", "ar", LocalDate.of(2017, 10, 10));

            Reports.Stored first = reports.store(report, List.of(CIVILIANS, CHILDREN));
            Reports.Stored second = reports.store(report, List.of(CIVILIANS));

            assertThat(first.created()).isTrue();
            assertThat(second.created()).isFalse();
            assertThat(second.report().id()).isEqualTo(first.report().id());
            assertThat(reports.find(first.report().id())).contains(first.report());
            assertThat(reports.claims(first.report().id()))
                    .extracting(StoredClaim::claim).containsExactly(CIVILIANS, CHILDREN);
            assertThat(reports.claims(first.report().id()))
                    .extracting(StoredClaim::status).containsOnly(ReviewStatus.EXTRACTED);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void secondEditorOfTheSameClaimGetsAConflict(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            long reportId = reports.store(Report.of(null, null, "text", "en", null), List.of(CIVILIANS)).report().id();
            StoredClaim read = reports.claims(reportId).get(0);

            StoredClaim confirmed = reports.review(read.id(), ReviewStatus.CONFIRMED, read.version());

            assertThat(confirmed.status()).isEqualTo(ReviewStatus.CONFIRMED);
            assertThat(confirmed.version()).isEqualTo(read.version() + 1);
            assertThatThrownBy(() -> reports.review(read.id(), ReviewStatus.REJECTED, read.version()))
                    .isInstanceOf(ConflictException.class);
            assertThat(reports.claims(reportId).get(0).status()).isEqualTo(ReviewStatus.CONFIRMED);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void incidentRoundTripsWithItsFigureRanges(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            new Places(db).save(List.of(new Place("SY11", null, 1, "الرقة", "Ar-Raqqa", 35.95, 38.99)));
            Incidents incidents = new Incidents(db);
            Incident incident = new Incident(null, LocalDate.of(2017, 8, 20), LocalDate.of(2017, 8, 20), 1, "SY11",
                    "حي الرميلة", 2, "airstrike", "international coalition", Grade.FAIR,
                    List.of(new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 14, 16, 19),
                            new IncidentFigure(Group.CHILD, Outcome.KILLED, 3, 3, 3)),
                    null, 0);

            Incident stored = incidents.add(incident);

            assertThat(stored.id()).isNotNull();
            assertThat(stored).usingRecursiveComparison().ignoringFields("id", "createdAt").isEqualTo(incident);
            assertThat(incidents.find(stored.id())).contains(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void incidentWithAnUnknownPlaceIsRejectedWhole(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Incident incident = new Incident(null, null, null, 5, "SY99", null, 7, null, null, Grade.WEAK,
                    List.of(new IncidentFigure(Group.PERSON, Outcome.KILLED, 1, 1, 1)), null, 0);
            assertThatThrownBy(() -> new Incidents(db).add(incident)).isNotNull();
            assertThat(count(db, "incident")).isZero();
            assertThat(count(db, "incident_figure")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void placesSaveIdempotentlyParentsFirst(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Places places = new Places(db);
            Place district = new Place("SY1100", "SY11", 2, "الرقة", "Ar-Raqqa", 35.95, 39.01);
            Place governorate = new Place("SY11", null, 1, "الرقة", "Ar-Raqqa", null, null);
            places.save(List.of(district, governorate));
            places.save(List.of(district, governorate));
            assertThat(places.count()).isEqualTo(2);
            assertThat(places.find("SY1100")).contains(district);
            assertThat(places.find("SY11")).contains(governorate);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void victimsImportOnceAndRoundTrip(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).add(Source.of("list A", "list")).id();
            Victim victim = new Victim(null, source, "A-17", "محمد أحمد الحسن", "محمد", "أحمد", null, "الحسن", 'M', 34,
                    "adult", "civilian", null, LocalDate.of(2017, 8, 1), "الرقة", "SY11", "airstrike", "international coalition",
                    null, null);
            Victims victims = new Victims(db);

            assertThat(victims.addAll(List.of(victim))).isEqualTo(new Victims.ImportResult(1, 0));
            assertThat(victims.addAll(List.of(victim))).isEqualTo(new Victims.ImportResult(0, 1));
            Victim stored = victims.find(source, "A-17").orElseThrow();
            assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(victim);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBadRecordLeavesTheWholeImportUnwritten(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).add(Source.of("list A", "list")).id();
            Victim good = new Victim(null, source, "1", "علي", null, null, null, null, 'M', 20, null, null, null,
                    null, null, null, null, null, null, null);
            Victim impossibleAge = new Victim(null, source, "2", "عمر", null, null, null, null, 'M', 300, null, null,
                    null, null, null, null, null, null, null, null);
            assertThatThrownBy(() -> new Victims(db).addAll(List.of(good, impossibleAge))).isNotNull();
            assertThat(count(db, "victim")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void personsGroupRecordsAndAHumanVerdictSurvivesRelinking(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).add(Source.of("list A", "list")).id();
            Victims victims = new Victims(db);
            victims.addAll(List.of(named(source, "1", "محمد الحسن"), named(source, "2", "محمد احمد حسن")));
            List<Long> ids = victims.all().stream().map(Victim::id).toList();
            victims.assignPersons(List.of(ids));
            assertThat(victims.personCount()).isEqualTo(1);
            assertThat(victims.all()).extracting(Victim::personId).doesNotContainNull().hasSize(2)
                    .allMatch(p -> p.equals(victims.all().get(0).personId()));

            LinkDecisions decisions = new LinkDecisions(db);
            decisions.propose(new LinkDecision(null, ids.get(0), ids.get(1), 0.6, Verdict.REVIEW, "linker", null));
            assertThat(decisions.reviewQueue()).hasSize(1);
            decisions.decide(ids.get(1), ids.get(0), Verdict.REJECTED, "editor1", null);
            decisions.propose(new LinkDecision(null, ids.get(0), ids.get(1), 0.9, Verdict.AUTO, "linker", null));

            LinkDecision kept = decisions.find(ids.get(0), ids.get(1)).orElseThrow();
            assertThat(kept.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(kept.decidedBy()).isEqualTo("editor1");
            assertThat(kept.probability()).isEqualTo(0.6);
            assertThat(decisions.reviewQueue()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void accountsRoundTripAndNamesAreUnique(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Accounts accounts = new Accounts(db);
            Account added = accounts.add("reem", Account.Role.EDITOR, "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA");
            assertThat(accounts.find("reem")).contains(added);
            assertThatThrownBy(() -> accounts.add("reem", Account.Role.ADMIN, "x")).isInstanceOf(InputError.class)
                    .hasMessageContaining("reem");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void auditChainShowsAnEditedOrDeletedEntry(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            AuditLog log = new AuditLog(db);
            AuditEntry first = log.append("reem", "confirm", "claim", "1", "{\"status\":\"extracted\"}",
                    "{\"status\":\"confirmed\"}");
            AuditEntry second = log.append("omar", "reject", "claim", "2", null, "{\"status\":\"rejected\"}");
            AuditEntry third = log.append("reem", "add", "source", "3", null, "{}");
            assertThat(second.prevHash()).isEqualTo(first.hash());
            assertThat(log.verify()).isEmpty();

            db.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET actor = 'someone' WHERE id = ?", second.id()));
            assertThat(log.broken()).containsExactly(second.id());

            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE id = ?", second.id()));
            assertThat(log.broken()).containsExactly(third.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void dataVersionMovesWithEveryChangeToCountedData(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long start = db.dataVersion();
            long source = new Sources(db).add(Source.of("list A", "list")).id();
            long afterSource = db.dataVersion();
            new Victims(db).addAll(List.of(named(source, "1", "علي")));
            long afterVictim = db.dataVersion();
            db.jdbi().useHandle(h -> h.execute("UPDATE victim SET age = 40"));
            long afterUpdate = db.dataVersion();
            new Accounts(db).add("reem", Account.Role.EDITOR, "hash");
            assertThat(start).isLessThan(afterSource);
            assertThat(afterSource).isLessThan(afterVictim);
            assertThat(afterVictim).isLessThan(afterUpdate);
            assertThat(db.dataVersion()).as("accounts are not counted data").isEqualTo(afterUpdate);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void auditedChangesCommitWithTheirEntryAndARefusedChangeWritesNone(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            Source source = new Sources(db).add(new Source(null, "Network", "witness", 'C', "v1:sealed", null), "reem");
            long reportId = reports.store(Report.of(source.id(), null, "text", "en", null), List.of(CIVILIANS), "reem")
                    .report().id();
            StoredClaim read = reports.claims(reportId).get(0);
            StoredClaim confirmed = reports.review(read.id(), ReviewStatus.CONFIRMED, read.version(), "reem");
            Incident incident = new Incidents(db).addFor(CIVILIANS, Grade.FAIR, "reem");
            assertThat(incident.placePcode()).as("SY1101 is not in the gazetteer").isNull();
            assertThat(incident.placeText()).isEqualTo("مدينة الرقة");
            assertThat(incident.datePrecision()).isEqualTo(4);
            reports.attach(read.id(), incident.id(), confirmed.version(), "reem");
            new Accounts(db).add("sami", Account.Role.ANALYST, "$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA", "amal");

            assertThatThrownBy(() -> reports.review(read.id(), ReviewStatus.REJECTED, read.version(), "omar"))
                    .isInstanceOf(ConflictException.class);

            List<String> actions = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT actor || ' ' || action FROM audit_entry ORDER BY id").mapTo(String.class).list());
            assertThat(actions).containsExactly("reem source.create", "reem report.create", "reem claim.review",
                    "reem incident.create", "reem claim.attach", "amal account.create");
            String all = db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(before_json, '') || after_json "
                    + "FROM audit_entry").mapTo(String.class).list()).toString();
            assertThat(all).contains("\"has_confidential_identity\":true").doesNotContain("sealed", "argon2id");
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void victimsAreFoundByNameWhateverTheSpellingAndListedByPage(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).add(Source.of("list A", "list")).id();
            Victims victims = new Victims(db);
            victims.addAll(List.of(named(source, "1", "أسامة الرقاوي"), named(source, "2", "اسامه الرقاوى"),
                    named(source, "3", "سامر")));
            assertThat(victims.search("اسامة الرقاوي", 10)).extracting(Victim::recordKey).containsExactly("1", "2");
            assertThat(victims.search("سام", 1)).hasSize(1);
            assertThat(victims.page(1, 5)).extracting(Victim::recordKey).containsExactly("2", "3");
            assertThat(victims.count()).isEqualTo(3);
            assertThat(new Sources(db).names()).containsEntry(source, "list A");
        }
    }

    @Test
    void missingDatabaseFolderIsAOneLineError(@TempDir Path tmp) {
        Path file = tmp.resolve("no-such-folder").resolve("marsad.db");
        assertThatThrownBy(() -> Database.open(file.toString()))
                .isInstanceOf(InputError.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("no-such-folder")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unreadableDatabaseFileIsAOneLineError(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("marsad.db"), "not a database");
        assertThatThrownBy(() -> Database.open(file.toString()))
                .isInstanceOf(InputError.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unreachableServerIsAOneLineErrorWithoutThePassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/marsad?password=secret"))
                .isInstanceOf(InputError.class)
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void sqliteConnectionsEnforceForeignKeysAndUseWal(@TempDir Path tmp) {
        try (Database db = Database.open(tmp.resolve("m.db").toString())) {
            String mode = db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            int fk = db.jdbi().withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(fk).isEqualTo(1);
        }
    }

    private static Victim named(long source, String key, String name) {
        return new Victim(null, source, key, name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static int count(Database db, String table) {
        return db.jdbi().withHandle((Handle h) -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }
}
