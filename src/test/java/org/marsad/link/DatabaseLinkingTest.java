package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.InputError;
import org.marsad.link.synthetic.SyntheticLists;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * Import of generated lists, linking over the database, and people's verdicts on any two records obeyed
 * and kept on every re-link.
 */
class DatabaseLinkingTest {
    private static final VictimImport.ListFile LIST = new VictimImport.ListFile("list.csv", "0".repeat(64));

    @Test
    void importsOnceLinksIntoPersonsAndKeepsPeoplesDecisions() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            List<LabelledVictim> generated = SyntheticLists.generate(300, 3, 7);
            StringBuilder csv = new StringBuilder("id,name,sex,age,date,place,status\n");
            for (LabelledVictim v : generated) {
                VictimRecord r = v.record();
                csv.append(String.join(",", r.id(), '"' + r.name() + '"', r.sex() == null ? "" : r.sex() == Sex.MALE ? "M" : "F",
                        r.age() == null ? "" : r.age().toString(), r.date() == null ? "" : r.date().toString(),
                        r.place() == null ? "" : '"' + r.place() + '"', r.status() == null ? "" : r.status().name().toLowerCase()))
                        .append('\n');
            }
            List<LinkageCsv.Row> rows = LinkageCsv.rows(new StringReader(csv.toString()), "lists.csv");
            assertThat(VictimImport.run(db, rows, "generated", place -> null, LIST, "test").added()).isEqualTo(generated.size());
            assertThat(VictimImport.run(db, rows, "generated", place -> null, LIST, "test").added()).as("idempotent").isZero();

            DatabaseLinking.Result first = new DatabaseLinking(db).run(null, "test");
            Victims victims = new Victims(db);
            List<Victim> stored = victims.all();
            assertThat(first.records()).isEqualTo(generated.size());
            assertThat(stored).extracting(Victim::personId).doesNotContainNull();
            long persons = stored.stream().map(Victim::personId).distinct().count();
            long truePersons = generated.stream().map(LabelledVictim::person).distinct().count();
            assertThat(persons).isBetween(truePersons * 9 / 10, truePersons * 11 / 10);

            // a person rejects a pair the linker joined; the verdict survives re-linking and is obeyed
            List<Victim> linked = stored.stream().collect(Collectors.groupingBy(Victim::personId)).values().stream()
                    .filter(p -> p.size() >= 2).findFirst().orElseThrow();
            Victim a = linked.get(0);
            Victim b = linked.get(1);
            LinkDecisions decisions = new LinkDecisions(db);
            decisions.propose(new org.marsad.store.person.LinkDecision(null, Math.min(a.id(), b.id()), Math.max(a.id(), b.id()),
                    0.95, Verdict.AUTO, "linker", null));
            decisions.decide(a.id(), b.id(), Verdict.REJECTED, "editor", null);
            new DatabaseLinking(db).run(null, "test");
            var byId = victims.all().stream().collect(Collectors.toMap(Victim::id, Victim::personId));
            assertThat(byId.get(a.id())).isNotEqualTo(byId.get(b.id()));
            assertThat(decisions.find(a.id(), b.id()).orElseThrow().verdict()).isEqualTo(Verdict.REJECTED);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Dialect.class)
    void queuesDoubtfulPairsByExpectedChangeOfTheCountAndForgetsOldProposals(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            List<LabelledVictim> generated = SyntheticLists.generate(400, 3, 11);
            List<LinkageCsv.Row> rows = generated.stream()
                    .map(v -> new LinkageCsv.Row(v.record(), java.util.Map.of())).toList();
            VictimImport.run(db, rows, "generated", place -> null, LIST, "test");
            Victims victims = new Victims(db);
            List<Victim> stored = victims.all();
            LinkDecisions decisions = new LinkDecisions(db);
            // a proposal of an earlier run that this run will not make: it must leave the queue
            decisions.propose(new org.marsad.store.person.LinkDecision(null, stored.get(0).id(), stored.get(stored.size() - 1).id(),
                    0.5, Verdict.REVIEW, "linker", null));

            DatabaseLinking.Result result = new DatabaseLinking(db).run(null, "test");
            List<org.marsad.store.person.LinkDecision> queue = decisions.reviewQueue();
            assertThat(queue).hasSize(result.review()).isNotEmpty();
            assertThat(queue).extracting(org.marsad.store.person.LinkDecision::priority)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(decisions.find(stored.get(0).id(), stored.get(stored.size() - 1).id())).isEmpty();
            // where the queue says the linker left a pair is where the persons are
            var personOf = victims.all().stream().collect(Collectors.toMap(Victim::id, Victim::personId));
            for (org.marsad.store.person.LinkDecision d : queue) {
                boolean together = personOf.get(d.victimA()).equals(personOf.get(d.victimB()));
                assertThat(together).as("pair %d-%d, %s", d.victimA(), d.victimB(), d.linked())
                        .isEqualTo(d.linked() != org.marsad.store.person.LinkDecision.Placement.APART);
            }
            // the pairs linked are the likelier mistakes, so they come before those left apart
            assertThat(queue.get(0).linked()).isNotEqualTo(org.marsad.store.person.LinkDecision.Placement.APART);
        }
    }

    /**
     * Verdicts on pairs the linker linked without asking, and on pairs it never proposed: a split holds
     * even against a third record that matches both sides, a forced link joins what the model keeps
     * apart, verdicts that contradict each other are refused, and every verdict is in the audit log.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void verdictsOnAnyTwoRecordsAreObeyedOnEveryRun(Dialect dialect) {
        try (Database db = TestDatabases.fresh(dialect)) {
            importList(db, "list-a", SmallListsTest.NINE.lines().limit(6));
            importList(db, "list-b", java.util.stream.Stream.concat(SmallListsTest.NINE.lines().limit(1),
                    SmallListsTest.NINE.lines().skip(6)));
            DatabaseLinking.Result first = new DatabaseLinking(db).run(null, "test");
            assertThat(first.records()).isEqualTo(9);
            assertThat(first.persons()).isEqualTo(5);
            Map<String, Long> id = ids(db);
            LinkDecisions decisions = new LinkDecisions(db);
            // the linker joined a1 and b1 without asking; a person splits them
            assertThat(person(db, "a1")).isEqualTo(person(db, "b1"));
            LinkDecision split = decisions.decide(id.get("a1"), id.get("b1"), Verdict.REJECTED, "editor1",
                    "two men of one name, the Ministry's ids differ");
            assertThat(split.probability()).as("the linker stored nothing about the pair").isNull();

            // a record matching both sides of the split joins one side only
            importList(db, "list-c", java.util.stream.Stream.of("id,name,sex,age,date,place",
                    "c1,محمود علي حسونه,M,38,2023-12-06,رفح", "c2,Reem Hassouna,F,6,2023-12-20,Khan Younis"));
            new DatabaseLinking(db).run(null, "test");
            id = ids(db);
            assertThat(person(db, "a1")).isNotEqualTo(person(db, "b1"));
            assertThat(person(db, "c1")).isIn(person(db, "a1"), person(db, "b1"));
            // the model keeps Reem apart (two weeks and a town between the records); a person joins them
            assertThat(person(db, "c2")).isNotEqualTo(person(db, "a2"));
            decisions.decide(id.get("c2"), id.get("a2"), Verdict.CONFIRMED, "editor1", null);

            // contradictions are refused, naming what is in the way
            decisions.decide(id.get("c2"), id.get("b2"), Verdict.CONFIRMED, "editor1", null);
            long a2 = id.get("a2");
            long b2 = id.get("b2");
            assertThatThrownBy(() -> decisions.decide(a2, b2, Verdict.REJECTED, "editor1", null))
                    .isInstanceOf(InputError.class).hasMessageContaining("one person by the 'same person' verdicts");
            decisions.decide(id.get("c1"), id.get("a1"), Verdict.CONFIRMED, "editor1", null);
            long c1 = id.get("c1");
            long b1 = id.get("b1");
            assertThatThrownBy(() -> decisions.decide(c1, b1, Verdict.CONFIRMED, "editor1", null))
                    .isInstanceOf(InputError.class).hasMessageContaining("calls different persons");
            assertThatThrownBy(() -> decisions.decide(c1, c1, Verdict.CONFIRMED, "editor1", null))
                    .isInstanceOf(InputError.class);
            assertThatThrownBy(() -> decisions.decide(c1, 999_999, Verdict.CONFIRMED, "editor1", null))
                    .isInstanceOf(InputError.class).hasMessageContaining("no victim record 999999");

            for (int run = 0; run < 2; run++) {
                DatabaseLinking.Result result = new DatabaseLinking(db).run(null, "test");
                assertThat(result.verdicts()).isEqualTo(4);
                assertThat(person(db, "a1")).isNotEqualTo(person(db, "b1"));
                assertThat(person(db, "c1")).isEqualTo(person(db, "a1"));
                assertThat(person(db, "c2")).isEqualTo(person(db, "a2")).isEqualTo(person(db, "b2"));
            }
            assertThat(decisions.byPeople()).extracting(LinkDecision::note).containsOnlyOnce(
                    "two men of one name, the Ministry's ids differ");
            List<String> audited = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT after_json FROM audit_entry WHERE action = 'link.decide' ORDER BY id").mapTo(String.class).list());
            assertThat(audited).hasSize(4);
            assertThat(audited.get(0)).contains("rejected").contains("the Ministry's ids differ");
        }
    }

    /**
     * Persons are written set-based (ids taken from the sequence, arrays on PostgreSQL): both databases get
     * the same persons and queue from the same lists, a second run gives every person a new id (an old
     * person's address never names another), and the table's own counter goes on after them.
     */
    @org.junit.jupiter.api.Test
    void bothDatabasesStoreTheSamePersonsWithNewIdsOnEveryRun() {
        List<LinkageCsv.Row> rows = SyntheticLists.generate(500, 3, 5).stream()
                .map(v -> new LinkageCsv.Row(v.record(), java.util.Map.of())).toList();
        Map<Dialect, java.util.Set<java.util.Set<String>>> persons = new java.util.EnumMap<>(Dialect.class);
        Map<Dialect, Integer> queued = new java.util.EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            try (Database db = TestDatabases.fresh(dialect)) {
                VictimImport.run(db, rows, "generated", place -> null, LIST, "test");
                new DatabaseLinking(db).run(null, "test");
                java.util.Set<Long> firstIds = new Victims(db).all().stream().map(Victim::personId)
                        .collect(Collectors.toSet());
                DatabaseLinking.Result second = new DatabaseLinking(db).run(null, "test");
                List<Victim> stored = new Victims(db).all();
                long firstMax = firstIds.stream().mapToLong(Long::longValue).max().orElseThrow();
                assertThat(stored).extracting(Victim::personId).doesNotContainNull()
                        .allMatch(id -> id > firstMax, "a new id, after the first run's");
                assertThat(new Victims(db).personCount()).isEqualTo(second.persons());
                long next = db.jdbi().withHandle(h -> h.createQuery(
                        "INSERT INTO person (created_at) VALUES ('2026-12-06T00:00:00Z') RETURNING id").mapTo(Long.class).one());
                assertThat(next).isGreaterThan(stored.stream().mapToLong(Victim::personId).max().orElseThrow());
                persons.put(dialect, stored.stream().collect(Collectors.groupingBy(Victim::personId,
                        Collectors.mapping(Victim::recordKey, Collectors.toSet()))).values().stream()
                        .collect(Collectors.toSet()));
                queued.put(dialect, new LinkDecisions(db).reviewQueue().size());
                assertThat(queued.get(dialect)).isEqualTo(second.review());
            }
        }
        assertThat(persons.get(Dialect.POSTGRESQL)).isEqualTo(persons.get(Dialect.SQLITE));
        assertThat(queued.get(Dialect.POSTGRESQL)).isEqualTo(queued.get(Dialect.SQLITE));
    }

    private static void importList(Database db, String source, java.util.stream.Stream<String> lines) {
        String csv = lines.collect(Collectors.joining("\n", "", "\n"));
        VictimImport.run(db, LinkageCsv.rows(new StringReader(csv), source + ".csv"), source, place -> null, LIST, "test");
    }

    /** Each victim's id by its record key (a1, b1, …; unique in these lists). */
    private static Map<String, Long> ids(Database db) {
        return new Victims(db).all().stream().collect(Collectors.toMap(Victim::recordKey, Victim::id));
    }

    private static Long person(Database db, String key) {
        return new Victims(db).all().stream().filter(v -> v.recordKey().equals(key)).findFirst().orElseThrow().personId();
    }
}
