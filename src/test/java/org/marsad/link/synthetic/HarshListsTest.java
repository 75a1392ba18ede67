package org.marsad.link.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Linkage;
import org.marsad.link.Linker;
import org.marsad.link.PairwiseScore;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.KnownNames;
import org.marsad.link.name.NameTokens;

/**
 * Linking the lists of {@link HarshLists}: given-name slips beside siblings, vowel-less romanization,
 * names of two parts beside four, the article and عبد written apart or not. Prints pairwise scores.
 */
class HarshListsTest {

    /** Set under the score this linker reached at 10k people, seed 1: F1 0.9156 on 2026-12-05 before issue 13's changes, 0.9207 after them;
     * 0.9198 once a rare spelling is a slip only of an established name (NameLexicon.mayBeTypo), which keeps
     * siblings apart on small lists; 0.9247 once a spelling that is no name, one letter from a name, is a
     * slip of it (KnownNames, NameLexicon.slipOf); 0.9257 once a lone record joins the one person it may be
     * (SoleCandidate). With a fifth of the given names made by rule and unknown to the linker, and given
     * names beginning with ال romanized as letters (2026-12-06): 0.9342 (2k people 0.9579 -> 0.9477; the
     * romanizer's fix alone 0.9257 -> 0.9264 at 10k, 0.9579 -> 0.9585 at 2k). Rarer names meet fewer
     * namesakes, so the larger lists score higher than before while the small ones, where a name seen
     * once must be read without knowing it, score lower. 0.9431 (2k 0.9645) once slips of names no table
     * holds are read as slips (branch link16, 2026-12-06). */
    static final double FLOOR = 0.94;

    @Test
    void linksHarshListsOfTenThousandPeople() {
        PairwiseScore small = score(2_000, 1);
        PairwiseScore score = score(10_000, 1);
        System.out.printf("harsh generator, 2k people: %s%n", small);
        System.out.printf("harsh generator, 10k people: %s%n", score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void keepsItsPhenomena() {
        List<LabelledVictim> lists = HarshLists.generate(2_000, 4, 7);
        List<String> names = lists.stream().map(v -> v.record().name()).toList();
        // vowel-less machine romanization, and عبد joined to its second part, are there to be linked
        assertThat(names).anyMatch(n -> n.matches(".*\\b[A-Z][bcdfghjklmnpqrstvwxyz]{3,}\\b.*"));
        assertThat(names).anyMatch(n -> n.contains("عبدال"));
        assertThat(names).anyMatch(n -> n.contains("عبد ال"));
        assertThat(HarshLists.generate(2_000, 4, 7)).isEqualTo(lists);
    }

    @Test
    void writesNamesOfTwoThreeAndFourPartsAtItsStatedRates() {
        // given + family 20%; given, father, family 25% and given, grandfather, family 15%; four parts 40%
        List<Integer> parts = HarshLists.generate(2_000, 4, 7).stream()
                .map(v -> NameTokens.of(v.record().name()).size()).toList();
        double two = parts.stream().filter(n -> n == 2).count() / (double) parts.size();
        double three = parts.stream().filter(n -> n == 3).count() / (double) parts.size();
        double four = parts.stream().filter(n -> n == 4).count() / (double) parts.size();
        assertThat(two).isBetween(0.16, 0.24);
        assertThat(three).isBetween(0.35, 0.45);
        assertThat(four).isBetween(0.35, 0.45);
    }

    @Test
    void writesInItsSecondVersionNamesWithoutTheFamilyAndNamesOfFiveParts() {
        List<LabelledVictim> lists = HarshLists.generate(4_000, 4, 7, 2);
        List<List<String>> arabic = lists.stream().map(v -> v.record().name()).filter(NameTokens::isArabicScript)
                .map(NameTokens::of).toList();
        // the family left out: three words, the last no family name of the tables (those carry ال, أبو or
        // are family names only); 10% of the records, of which some end in a name that is also a family's
        java.util.Set<String> families = new java.util.HashSet<>();
        for (List<String> name : arabic) {
            if (name.size() == 4) {
                families.add(name.get(3));
            }
        }
        double five = arabic.stream().filter(n -> n.size() == 5).count() / (double) arabic.size();
        double threeWithoutFamily = arabic.stream().filter(n -> n.size() == 3 && !families.contains(n.get(2))).count()
                / (double) arabic.size();
        assertThat(five).isBetween(0.035, 0.065);
        assertThat(threeWithoutFamily).isBetween(0.06, 0.12);
        // one person's five-part records write one great-grandfather
        java.util.Map<String, List<String>> greatGrandfathers = new java.util.HashMap<>();
        for (LabelledVictim victim : lists) {
            List<String> name = NameTokens.of(victim.record().name());
            if (name.size() == 5 && NameTokens.isArabicScript(victim.record().name())) {
                greatGrandfathers.computeIfAbsent(victim.person(), k -> new java.util.ArrayList<>()).add(name.get(3));
            }
        }
        List<List<String>> recordedTwice = greatGrandfathers.values().stream().filter(names -> names.size() > 1).toList();
        assertThat(recordedTwice).isNotEmpty();
        assertThat(recordedTwice.stream().filter(names -> new java.util.HashSet<>(names).size() > 1).count())
                .as("persons whose five-part records name two great-grandfathers (a slip is 3%)")
                .isLessThanOrEqualTo(recordedTwice.size() / 5);
        // the first version is as it was
        assertThat(HarshLists.generate(2_000, 4, 7, 1)).isEqualTo(HarshLists.generate(2_000, 4, 7));
    }

    @Test
    void givesAFifthOfThePeopleNamesTheLinkerDoesNotKnow() {
        List<String> given = HarshLists.generate(2_000, 4, 7).stream().map(v -> NameTokens.of(v.record().name()))
                .filter(tokens -> !tokens.isEmpty() && NameTokens.isArabicScript(tokens.get(0)))
                .map(tokens -> tokens.get(0)).toList();
        double unknown = given.stream().filter(name -> !KnownNames.GIVEN.contains(name)).count() / (double) given.size();
        // 20% made by rule, and slips of known names on top (12% of given names, some leaving a name)
        assertThat(unknown).isBetween(0.25, 0.40);
    }

    @Test
    void romanizesAGivenNameBeginningWithAlAsLettersNotAsTheArticle() {
        List<String> latin = HarshLists.generate(10_000, 4, 7).stream().map(v -> v.record().name())
                .filter(name -> !NameTokens.isArabicScript(name)).toList();
        // an article before one or two letters ("Al-a" for الاء) is a name cut in two
        assertThat(latin).noneMatch(name -> name.matches("(?i)(al|el)-\\p{L}{1,2}\\b.*"));
        assertThat(latin).anyMatch(name -> name.matches("(?i).*\\b(al|el)-\\p{L}{3,}.*"));
    }

    static PairwiseScore score(int people, long seed) {
        List<LabelledVictim> lists = HarshLists.generate(people, 4, seed);
        List<VictimRecord> records = lists.stream().map(LabelledVictim::record).toList();
        Linkage linkage = Linker.link(records);
        return PairwiseScore.of(lists.stream().map(LabelledVictim::person).toList(),
                IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
    }
}
