package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's own measure, over two tables written before the resolver was tuned: community mentions
 * ({@code communities.tsv}: top-1 must be the community's p-code) and mentions of places outside Syria or
 * misspelled ({@code not-syrian.tsv}: "no place found" is acceptable, a place apart from the one meant is
 * a wrong place). A wrong place is worse than none, so the second rate has the tighter bound.
 */
class CommunityResolutionTest {
    /** The target is 0.95; the floor is the score reached (0.9834), so a slide shows at once. */
    private static final double TOP_ONE_FLOOR = 0.983;
    /** The held-out target of the press's spellings is 0.90; 0.8884 before tuning; the floor is the score reached (0.9821). */
    private static final double PRESS_TOP_ONE_FLOOR = 0.982;
    private static final double WRONG_PLACE_LIMIT = 0.01;
    private static final String NONE = "NONE";

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER);

    @Test
    void resolvesCommunityMentionsToTheirOwnPcodeFirst() throws IOException {
        List<MentionTable> table = table("communities.tsv");
        List<String> misses = MentionTable.topOneMisses(resolver, table, NONE);
        double topOne = 1.0 - (double) misses.size() / table.size();
        System.out.printf("community top-1: %.4f over %d mentions%n", topOne, table.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(table).hasSizeGreaterThanOrEqualTo(300);
        assertThat(topOne).as("misses: %s", misses).isGreaterThanOrEqualTo(TOP_ONE_FLOOR);
    }

    /**
     * Towns as the press spells them ({@code press-towns.tsv}, written before the spelling rules it measures):
     * Latin spellings of Reuters, AFP and SOHR, Arabic with the press's prefixes, names shared by several
     * communities decided by the governorate beside them.
     */
    @Test
    void resolvesTownsAsThePressSpellsThem() throws IOException {
        List<MentionTable> table = table("press-towns.tsv");
        List<String> misses = MentionTable.topOneMisses(resolver, table, NONE);
        double topOne = 1.0 - (double) misses.size() / table.size();
        System.out.printf("press towns top-1: %.4f over %d mentions%n", topOne, table.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(table).hasSizeGreaterThanOrEqualTo(150);
        assertThat(topOne).as("misses: %s", misses).isGreaterThanOrEqualTo(PRESS_TOP_ONE_FLOOR);
    }

    @Test
    void rarelyResolvesForeignOrMisspelledPlacesToAWrongPlace() throws IOException {
        List<MentionTable> table = table("not-syrian.tsv");
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (MentionTable m : table) {
            Optional<Candidate> best = resolver.best(m.text());
            if (best.isEmpty()) {
                continue;
            }
            found++;
            if (!agrees(best.get().pcode(), m.pcode())) {
                wrong.add(m.text() + " → " + best.get().pcode() + " " + best.get().nameEn() + " (expected " + m.pcode() + ")");
            }
        }
        double wrongRate = (double) wrong.size() / table.size();
        System.out.printf("non-Syrian/misspelled: %.4f wrong place over %d mentions (%d resolved)%n",
                wrongRate, table.size(), found);
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertThat(table).hasSizeGreaterThanOrEqualTo(200);
        assertThat(wrongRate).as("wrong: %s", wrong).isLessThanOrEqualTo(WRONG_PLACE_LIMIT);
    }

    /** A place agrees with the one meant when one holds the other ("Raqqa city" for the governorate meant). */
    private static boolean agrees(String found, String meant) {
        if (meant.equals(NONE)) {
            return false;
        }
        Optional<Place> a = GAZETTEER.place(found);
        Optional<Place> b = GAZETTEER.place(meant);
        return a.isPresent() && b.isPresent() && (GAZETTEER.within(a.get(), b.get()) || GAZETTEER.within(b.get(), a.get()));
    }

    @Test
    void theTablesNameOnlyKnownPcodes() throws IOException {
        for (String file : List.of("communities.tsv", "not-syrian.tsv", "press-towns.tsv")) {
            for (MentionTable m : table(file)) {
                if (!m.pcode().equals(NONE)) {
                    assertThat(GAZETTEER.place(m.pcode())).as(file + ": " + m.text()).isPresent();
                }
            }
        }
    }

    private static List<MentionTable> table(String resource) throws IOException {
        return MentionTable.read(resource);
    }
}
