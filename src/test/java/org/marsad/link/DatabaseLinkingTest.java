package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.LinkDecision.Verdict;
import org.marsad.store.LinkDecisions;
import org.marsad.store.TestDatabases;
import org.marsad.store.Victim;
import org.marsad.store.Victims;

/** Import of generated lists, linking over the database, and a person's decision surviving re-linking. */
class DatabaseLinkingTest {

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
            assertThat(VictimImport.run(db, rows, "generated", place -> null).added()).isEqualTo(generated.size());
            assertThat(VictimImport.run(db, rows, "generated", place -> null).added()).as("idempotent").isZero();

            DatabaseLinking.Result first = new DatabaseLinking(db).run(null);
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
            decisions.propose(new org.marsad.store.LinkDecision(null, Math.min(a.id(), b.id()), Math.max(a.id(), b.id()),
                    0.95, Verdict.AUTO, "linker", null));
            decisions.decide(a.id(), b.id(), Verdict.REJECTED, "editor");
            new DatabaseLinking(db).run(null);
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
            VictimImport.run(db, rows, "generated", place -> null);
            Victims victims = new Victims(db);
            List<Victim> stored = victims.all();
            LinkDecisions decisions = new LinkDecisions(db);
            // a proposal of an earlier run that this run will not make: it must leave the queue
            decisions.propose(new org.marsad.store.LinkDecision(null, stored.get(0).id(), stored.get(stored.size() - 1).id(),
                    0.5, Verdict.REVIEW, "linker", null));

            DatabaseLinking.Result result = new DatabaseLinking(db).run(null);
            List<org.marsad.store.LinkDecision> queue = decisions.reviewQueue();
            assertThat(queue).hasSize(result.review()).isNotEmpty();
            assertThat(queue).extracting(org.marsad.store.LinkDecision::priority)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(decisions.find(stored.get(0).id(), stored.get(stored.size() - 1).id())).isEmpty();
            // where the queue says the linker left a pair is where the persons are
            var personOf = victims.all().stream().collect(Collectors.toMap(Victim::id, Victim::personId));
            for (org.marsad.store.LinkDecision d : queue) {
                boolean together = personOf.get(d.victimA()).equals(personOf.get(d.victimB()));
                assertThat(together).as("pair %d-%d, %s", d.victimA(), d.victimB(), d.linked())
                        .isEqualTo(d.linked() != org.marsad.store.LinkDecision.Placement.APART);
            }
            // the pairs linked are the likelier mistakes, so they come before those left apart
            assertThat(queue.get(0).linked()).isNotEqualTo(org.marsad.store.LinkDecision.Placement.APART);
        }
    }
}
