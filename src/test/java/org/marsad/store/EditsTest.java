package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.InputError;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.Database.Dialect;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentEdits;
import org.marsad.store.incident.IncidentFigure;
import org.marsad.store.incident.Incidents;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.person.PersonEdits;
import org.marsad.store.report.ClaimEdits;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.VictimEdits;
import org.marsad.store.victim.Victims;

/** The edit classes against a real SQLite file and a real PostgreSQL 17: versions, audit, deletion marks, merges, splits. */
class EditsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aVictimEditChecksTheVersionReadAndIsAuditedBeforeAndAfter(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("Local list", "list").id();
            VictimEdits edits = new VictimEdits(db);
            StoredVictim added = edits.add(victim(source, "سامر العلي", null), "reem");
            assertThat(added.version()).isZero();
            StoredVictim edited = edits.edit(added.id(), victim(source, "سامر خالد العلي", null), 0, "reem");
            assertThat(edited.version()).isEqualTo(1);
            assertThat(edited.victim().fullName()).isEqualTo("سامر خالد العلي");

            assertThatThrownBy(() -> edits.edit(added.id(), victim(source, "سامر", null), 0, "amal"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("now version 1, you had 0");
            assertThat(edits.find(added.id()).orElseThrow().victim().fullName()).isEqualTo("سامر خالد العلي");

            String[] last = db.jdbi().withHandle(h -> h.createQuery("SELECT action, before_json, after_json FROM audit_entry "
                    + "ORDER BY id DESC LIMIT 1").map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3)}).one());
            assertThat(last[0]).isEqualTo("victim.edit");
            assertThat(last[1]).contains("\"name\":\"سامر العلي\"", "\"version\":0");
            assertThat(last[2]).contains("\"name\":\"سامر خالد العلي\"", "\"version\":1");
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeletedVictimIsHiddenFromListsAndKeptWithWhoAndWhy(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("Local list", "list").id();
            VictimEdits edits = new VictimEdits(db);
            StoredVictim kept = edits.add(victim(source, "Hasan Ali", null), "reem");
            StoredVictim twice = edits.add(victim(source, "Hasan Ali (entered twice)", null), "reem");
            assertThatThrownBy(() -> edits.delete(twice.id(), " ", 0, "reem")).isInstanceOf(InputError.class)
                    .hasMessageContaining("reason");
            new LinkDecisions(db).propose(new LinkDecision(null, kept.id(), twice.id(), 0.6, Verdict.REVIEW, "linker", null));
            assertThat(new LinkDecisions(db).reviewQueue()).hasSize(1);
            edits.delete(twice.id(), "entered twice", 0, "reem");
            assertThat(new LinkDecisions(db).reviewQueue()).as("no question about a deleted record").isEmpty();

            Victims victims = new Victims(db);
            assertThat(victims.count()).isEqualTo(1);
            assertThat(victims.all()).extracting(Victim::id).containsExactly(kept.id());
            StoredVictim deleted = edits.find(twice.id()).orElseThrow();
            assertThat(deleted.deleted().reason()).isEqualTo("entered twice");
            assertThat(deleted.deleted().by()).isEqualTo("reem");
            assertThatThrownBy(() -> edits.edit(twice.id(), victim(source, "x", null), 1, "reem"))
                    .isInstanceOf(InputError.class).hasMessageContaining("deleted");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void mergingIncidentsMovesTheirFiguresAndNamedVictimsAndKeepsTheLargerFigure(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            IncidentEdits incidents = new IncidentEdits(db);
            Incident kept = incidents.create(incident(List.of(new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 10, 12, 15))), "reem");
            Incident absorbed = incidents.create(incident(List.of(new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 11, 11, 11),
                    new IncidentFigure(Group.CHILD, Outcome.KILLED, 4, 4, 4))), "reem");
            long source = new Sources(db).named("Local list", "list").id();
            StoredVictim named = new VictimEdits(db).add(victim(source, "Mona", absorbed.id()), "reem");
            long report = new Reports(db).store(Report.of(source, "t", "Twelve people were killed.", "en", null),
                    List.of(new Claim(Outcome.KILLED, 12, Qualifier.EXACT, Group.PERSON, null, null, null, null, null, null,
                            new Span(0, 6)))).report().id();
            StoredClaim claim = new Reports(db).claims(report).get(0);
            new Reports(db).attach(claim.id(), absorbed.id(), 0);

            Incident merged = incidents.merge(kept.id(), absorbed.id(), kept.version(), absorbed.version(), "amal");
            assertThat(merged.figures()).containsExactlyInAnyOrder(new IncidentFigure(Group.CIVILIAN, Outcome.KILLED, 11, 12, 15),
                    new IncidentFigure(Group.CHILD, Outcome.KILLED, 4, 4, 4));
            assertThat(new VictimEdits(db).find(named.id()).orElseThrow().victim().incidentId()).isEqualTo(kept.id());
            assertThat(new Reports(db).claim(claim.id()).orElseThrow().incidentId()).isEqualTo(kept.id());
            assertThat(incidents.deletion(absorbed.id()).orElseThrow().mergedInto()).isEqualTo(kept.id());
            assertThat(new Incidents(db).count()).isEqualTo(1);
            assertThatThrownBy(() -> incidents.merge(kept.id(), absorbed.id(), null, null, "amal"))
                    .hasMessageContaining("deleted");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void splittingAPersonIsKeptAsVerdictsSoThatMergingBackIsRefused(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("Local list", "list").id();
            VictimEdits edits = new VictimEdits(db);
            long a = edits.add(victim(source, "Khaled Omar", null), "reem").id();
            long b = edits.add(victim(source, "خالد عمر", null), "reem").id();
            long c = edits.add(victim(source, "Khalid Omar", null), "reem").id();
            Victims victims = new Victims(db);
            victims.assignPersons(List.of(List.of(a, b, c)));
            long person = victims.find(a).orElseThrow().personId();
            new LinkDecisions(db).decide(a, c, Verdict.CONFIRMED, "sami");

            PersonEdits persons = new PersonEdits(db);
            PersonEdits.Regrouped split = persons.split(person, List.of(c), "reem", "different fathers");
            assertThat(split.person()).isNotEqualTo(person);
            assertThat(victims.find(c).orElseThrow().personId()).isEqualTo(split.person());
            assertThat(victims.ofPerson(person)).extracting(Victim::id).containsExactly(a, b);
            LinkDecisions links = new LinkDecisions(db);
            assertThat(links.find(a, c).orElseThrow().verdict()).as("the split overrules the earlier verdict")
                    .isEqualTo(Verdict.REJECTED);
            assertThat(links.find(b, c).orElseThrow().verdict()).isEqualTo(Verdict.REJECTED);

            assertThatThrownBy(() -> persons.mergeRecords(List.of(a, c), "reem", null)).isInstanceOf(InputError.class)
                    .hasMessageContaining("different persons");
            assertThat(victims.find(c).orElseThrow().personId()).as("a refused merge changes nothing").isEqualTo(split.person());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void mergingRecordsNotLinkedYetMakesOnePersonHeldByAVerdict(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("Local list", "list").id();
            VictimEdits edits = new VictimEdits(db);
            long a = edits.add(victim(source, "Rasha Hamoud", null), "reem").id();
            long b = edits.add(victim(source, "رشا حمود", null), "reem").id();
            PersonEdits.Regrouped merged = new PersonEdits(db).mergeRecords(List.of(a, b), "reem", "same family list");
            assertThat(merged.records()).containsExactlyInAnyOrder(a, b);
            assertThat(new Victims(db).ofPerson(merged.person())).hasSize(2);
            assertThat(new LinkDecisions(db).find(a, b).orElseThrow().verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(new LinkDecisions(db).find(a, b).orElseThrow().note()).isEqualTo("same family list");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMissedFigureIsAddedAfterTheOthersWithinTheText(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            long report = reports.store(Report.of(null, "t", "Shelling killed 7 people and 3 children.", "en", null),
                    List.of(new Claim(Outcome.KILLED, 7, Qualifier.EXACT, Group.PERSON, null, null, null, null, null, null,
                            new Span(16, 24)))).report().id();
            ClaimEdits edits = new ClaimEdits(db);
            Claim children = new Claim(Outcome.KILLED, 3, Qualifier.EXACT, Group.CHILD, null, null, null, null, null, null,
                    new Span(29, 39));
            StoredClaim added = edits.add(report, children, "reem");
            assertThat(added.ordinal()).isEqualTo(1);
            assertThat(added.status()).isEqualTo(ReviewStatus.CONFIRMED);
            assertThatThrownBy(() -> edits.add(report, new Claim(Outcome.KILLED, 3, Qualifier.EXACT, Group.CHILD, null,
                    null, null, null, null, null, new Span(30, 400)), "reem")).hasMessageContaining("span");

            StoredClaim first = reports.claims(report).get(0);
            StoredClaim corrected = edits.edit(first.id(), new Claim(Outcome.KILLED, 8, Qualifier.AT_LEAST, Group.CIVILIAN,
                    null, null, null, null, null, null, first.claim().span()), first.version(), "reem");
            assertThat(corrected.status()).isEqualTo(ReviewStatus.EDITED);
            assertThat(corrected.claim().count()).isEqualTo(8);
            assertThatThrownBy(() -> edits.edit(first.id(), first.claim(), first.version(), "amal"))
                    .isInstanceOf(ConflictException.class);
        }
    }

    private static Incident incident(List<IncidentFigure> figures) {
        return new Incident(null, null, null, 5, null, "Raqqa", 7, null, null, Grade.FAIR, figures, null, 0);
    }

    private static Victim victim(long source, String name, Long incident) {
        return new Victim(null, source, null, name, null, null, null, null, null, null, null, "civilian", null, null,
                null, null, null, null, incident, null);
    }
}
