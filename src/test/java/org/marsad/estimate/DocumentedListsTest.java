package org.marsad.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.extract.Group;
import org.marsad.store.Database;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;
import org.marsad.tally.TallyFilter;

/** The database's linked persons as lists: each source a list, strata estimated apart, small lists pooled. */
class DocumentedListsTest {
    @TempDir
    static Path dir;
    private static Database db;
    /** Persons documented per governorate, by the simulation that filled the database. */
    private static final Map<String, Long> DOCUMENTED = new HashMap<>();
    /** A district of Raqqa, and Kafranbel, a community of Idlib whose p-code does not start with Idlib's. */
    private static final String[] PLACES = {"SY1101", "C4068"};
    /** Odd-numbered persons are fighters on every list that names them. */
    private static long fighters;

    @BeforeAll
    static void fill() {
        db = Database.open(dir.resolve("lists.db").toString());
        org.marsad.place.PlaceTable.seed(db, org.marsad.place.Gazetteer.shipped());
        Sources sources = new Sources(db);
        long[] ids = {sources.named("SNHR", "ngo").id(), sources.named("VDC", "ngo").id(), sources.named("SOHR", "observatory").id(),
                sources.named("Small A", "witness").id(), sources.named("Small B", "witness").id()};
        List<Victim> records = new ArrayList<>();
        Map<String, String> personOf = new HashMap<>();
        int person = 0;
        String[] governorates = {"SY11", "SY07"};
        for (int g = 0; g < 2; g++) {
            CaptureHistories h = new SimulatedLists(g == 0 ? 900 : 400, new double[] {0.4, 0.35, 0.3}, 0, 1, 0).draw(g + 1);
            DOCUMENTED.put(governorates[g], h.documented());
            for (int s = 1; s < h.patternCount(); s++) {
                for (long i = 0; i < h.count(s); i++) {
                    person++;
                    fighters += person % 2;
                    for (int j = 0; j < 3; j++) {
                        if ((s >> j & 1) == 1) {
                            records.add(victim(ids[j], person, PLACES[g], person % 2 == 0 ? "civilian" : "fighter"));
                            personOf.put(ids[j] + "/" + person, "p" + person);
                        }
                    }
                    if (person % 50 == 0) {
                        long small = ids[3 + person / 50 % 2];
                        records.add(victim(small, person, PLACES[g], "civilian"));
                        personOf.put(small + "/" + person, "p" + person);
                    }
                }
            }
        }
        Victims victims = new Victims(db);
        victims.addAll(records);
        Map<String, List<Long>> clusters = new HashMap<>();
        for (Victim v : victims.all()) {
            clusters.computeIfAbsent(personOf.get(v.sourceId() + "/" + v.recordKey()), k -> new ArrayList<>()).add(v.id());
        }
        victims.assignPersons(new ArrayList<>(clusters.values()));
    }

    private static Victim victim(long source, int person, String pcode, String status) {
        return new Victim(null, source, Integer.toString(person), "name " + person, null, null, null, null, null, null, null,
                status, null, LocalDate.of(2017, 1 + person % 12, 1), null, pcode, null, null, null, null);
    }

    private static EstimateRun run(TallyFilter filter, DocumentedLists.Stratum by) {
        return new DocumentedLists(db).estimate(filter, by, DocumentedLists.MIN_LIST, new Estimator(Method.INDEPENDENCE, 1),
                Method.INDEPENDENCE);
    }

    private static TallyFilter all() {
        return new TallyFilter(null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void eachGovernorateIsEstimatedOnItsOwnAndSmallListsArePooled() {
        EstimateRun r = run(all(), DocumentedLists.Stratum.GOVERNORATE);
        assertThat(r.overall().documented()).isEqualTo(DOCUMENTED.get("SY11") + DOCUMENTED.get("SY07"));
        assertThat(r.overall().histories().lists()).containsExactly("SNHR", "VDC", "SOHR", "pooled: Small A + Small B");
        assertThat(r.notes()).extracting(Caution::kind).containsExactly(Caution.Kind.POOLED_LISTS);
        assertThat(r.strata()).extracting(StratumEstimate::stratum).containsExactly("SY07", "SY11");
        assertThat(r.strata().get(1).documented()).isEqualTo(DOCUMENTED.get("SY11"));
        // independent lists: each governorate's interval holds its true total
        assertThat(r.strata().get(0).estimate().low()).isLessThanOrEqualTo(400);
        assertThat(r.strata().get(0).estimate().high()).isGreaterThanOrEqualTo(400);
        assertThat(r.strata().get(1).estimate().low()).isLessThanOrEqualTo(900);
        assertThat(r.strata().get(1).estimate().high()).isGreaterThanOrEqualTo(900);
    }

    @Test
    void theTallysFiltersChooseThePersons() {
        EstimateRun place = run(new TallyFilter(null, null, "SY07", null, null, null, null, null, null, null), null);
        assertThat(place.overall().documented()).isEqualTo(DOCUMENTED.get("SY07"));
        EstimateRun fighters = run(new TallyFilter(null, null, null, Group.FIGHTER, null, null, null, null, null, null),
                DocumentedLists.Stratum.GROUP);
        assertThat(fighters.strata()).extracting(StratumEstimate::stratum).containsExactly("fighter");
        assertThat(fighters.overall().documented()).isEqualTo(DocumentedListsTest.fighters);
    }

    @Test
    void aMinimumAboveEveryListLeavesTooFewListsAndIsRefused() {
        EstimateRun r = new DocumentedLists(db).estimate(all(), null, 100_000, new Estimator(Method.INDEPENDENCE, 1),
                Method.INDEPENDENCE);
        assertThat(r.overall().refused()).isTrue();
        assertThat(r.overall().refusal().kind()).isEqualTo(Caution.Kind.TOO_FEW_LISTS);
    }
}
