package org.marsad.link.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.Skeleton;
import org.marsad.link.score.RecordProfile;

class BlockingTest {

    @Test
    void keysARareSpellingAsTheCommonNameItMayBeASlipForSoThatItsRecordsMeet() {
        List<VictimRecord> records = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new VictimRecord("" + i, "ختام سليمان الكرد", "a", null, null,
                        LocalDate.of(2024, 3, 1).plusDays(i * 10), null, null)).toList());
        records.add(new VictimRecord("30", "ختاف سليمان", "b", null, null, LocalDate.of(2024, 3, 1), null, null));
        records.add(new VictimRecord("31", "فتام سليمان", "b", null, null, LocalDate.of(2024, 3, 1), null, null));
        records.add(new VictimRecord("32", "سوسن سليمان", "b", null, null, LocalDate.of(2024, 3, 1), null, null));
        NameLexicon lexicon = NameLexicon.of(records);
        assertThat(lexicon.likelyMeant(Skeleton.loose("ختاف"))).containsExactly(Skeleton.loose("ختام"));
        // a slip may strike the first letter too; a name two letters away is another name
        assertThat(lexicon.likelyMeant(Skeleton.loose("فتام"))).containsExactly(Skeleton.loose("ختام"));
        assertThat(lexicon.likelyMeant(Skeleton.loose("سوسن"))).isEmpty();
        assertThat(lexicon.likelyMeant(Skeleton.loose("ختام"))).isEmpty();

        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        long[] pairs = Blocking.candidatePairs(profiles).pairs();
        java.util.Set<List<Integer>> found = java.util.Arrays.stream(pairs)
                .mapToObj(pair -> List.of(PairList.first(pair), PairList.second(pair)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(found).contains(List.of(0, 30), List.of(0, 31)).doesNotContain(List.of(0, 32));
    }
    @Test
    void aRareGivenNameMeetsTheRecordsItMayBeASlipOfThroughTheRestOfTheName() {
        // عبي (a slip of علي too short to guess from) shares only the father's name and the day of death
        List<VictimRecord> records = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 80)
                .mapToObj(i -> new VictimRecord("" + i, (i % 2 == 0 ? "علي" : "عمر") + " محمود الخطيب " + i, "a",
                        null, i, LocalDate.of(2024, 3, 1), null, null)).toList());
        records.add(new VictimRecord("80", "عبي محمود", "b", null, 40, LocalDate.of(2024, 3, 1), null, null));
        records.add(new VictimRecord("81", "سوسن محمود", "b", null, 40, LocalDate.of(2024, 3, 1), null, null));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        java.util.Set<List<Integer>> found = java.util.Arrays.stream(Blocking.candidatePairs(profiles).pairs())
                .mapToObj(pair -> List.of(PairList.first(pair), PairList.second(pair)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(found).contains(List.of(40, 80)).doesNotContain(List.of(40, 81), List.of(41, 80));
    }

    private static java.util.Set<List<Integer>> candidates(List<VictimRecord> records) {
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        return java.util.Arrays.stream(Blocking.candidatePairs(profiles).pairs())
                .mapToObj(pair -> List.of(PairList.first(pair), PairList.second(pair)))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aTwoPartNameMeetsTheFullNameWhoseFatherItsSecondWordIsOnTheSameDay() {
        // "أحمد محمود" (given and father's name) beside 100 "أحمد محمود … الأسطل" of one day: its second word
        // reads as a family name, yet it must sort beside those whose father bears it, by age
        List<String> grandfathers = List.of("علي", "سالم", "يوسف", "خالد", "عمر");
        List<VictimRecord> records = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new VictimRecord("" + i, "أحمد محمود " + grandfathers.get(i % 5) + " الأسطل", "a", null,
                        10 + i, LocalDate.of(2024, 3, 1), null, null)).toList());
        records.add(new VictimRecord("100", "أحمد محمود", "b", null, 60, LocalDate.of(2024, 3, 1), null, null));
        assertThat(candidates(records)).contains(List.of(50, 100));
    }
}
