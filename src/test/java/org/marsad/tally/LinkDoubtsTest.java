package org.marsad.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.person.LinkDecision.Placement;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * The doubt a tally states, from the pairs the linker left for review, on real SQLite and PostgreSQL
 * databases. Seven records: A1+A2 one person held by a doubtful tie; B, C, D, E and F on their own; the
 * linker doubts B against C and against D (B may be one of them, not both), C against D twice over
 * (two pairs, one question), and E against F; a person rejected E–F.
 */
class LinkDoubtsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void statesExpectedDuplicatesAndFalseMergesCountingEachPersonOnce(Dialect dialect) throws Exception {
        try (Database db = TestDatabases.fresh(dialect)) {
            long source = new Sources(db).named("list", "list").id();
            Victims victims = new Victims(db);
            List<String> keys = List.of("A1", "A2", "B", "C", "C2", "D", "E", "F");
            victims.addAll(keys.stream().map(k -> victim(source, k)).toList());
            java.util.Map<String, Long> id = new java.util.HashMap<>();
            victims.all().forEach(v -> id.put(v.recordKey(), v.id()));
            victims.assignPersons(List.of(List.of(id.get("A1"), id.get("A2")), List.of(id.get("B")),
                    List.of(id.get("C"), id.get("C2")), List.of(id.get("D")), List.of(id.get("E")), List.of(id.get("F"))));
            LinkDecisions decisions = new LinkDecisions(db);
            decisions.replaceProposals(List.of(
                    pair(id, "A1", "A2", Placement.TIE, 0.8),
                    pair(id, "B", "C", Placement.APART, 0.6),
                    pair(id, "B", "D", Placement.APART, 0.6),
                    pair(id, "C", "D", Placement.APART, 0.1),
                    pair(id, "C2", "D", Placement.APART, 0.2),
                    pair(id, "E", "F", Placement.APART, 0.5)));
            Tallies tallies = new Tallies(db);

            LinkDoubt before = tallies.count(List.of(), TallyFilter.none()).total().killedDoubt();
            // B's chances of being C and of being D add to 1.2 > 1: scaled to 1, so B–C and B–D give 0.5 each;
            // C–D is one question (0.2, not 0.3), C's load 0.8 and D's 0.8 leave it whole; E–F 0.5
            assertThat(before.unlinked()).isCloseTo(0.5 + 0.5 + 0.2 + 0.5, within(1e-9));
            assertThat(before.merged()).isCloseTo(0.2, within(1e-9));

            // a person's verdict takes its pair's doubt away, and the tally sees it at once
            decisions.decide(id.get("E"), id.get("F"), Verdict.REJECTED, "editor");
            Tally after = tallies.count(List.of(), TallyFilter.none());
            assertThat(after.total().killedDoubt().unlinked()).isCloseTo(1.2, within(1e-9));

            JsonNode json = new ObjectMapper().readTree(TallyJson.write(after));
            assertThat(json.at("/total/killed").asLong()).isEqualTo(6);
            assertThat(json.at("/total/killed_unlinked").asDouble()).isEqualTo(1.2);
            assertThat(json.at("/total/killed_false_merges").asDouble()).isEqualTo(0.2);
            assertThat(TallyText.table(after)).contains("killed 6 (-1/+0 from uncertain links");
        }
    }

    private static LinkDecision pair(java.util.Map<String, Long> id, String a, String b, Placement linked, double chance) {
        long x = id.get(a);
        long y = id.get(b);
        return new LinkDecision(null, Math.min(x, y), Math.max(x, y), chance, Verdict.REVIEW, "linker", null, linked,
                chance, 0);
    }

    private static Victim victim(long source, String key) {
        return new Victim(null, source, key, "name " + key, null, null, null, null, 'M', 30, null, "civilian", null,
                LocalDate.of(2017, 8, 1), null, null, null, null, null, null);
    }
}
