package org.marsad.link.synthetic;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.VictimRecord;
import org.marsad.link.block.Blocking;
import org.marsad.link.block.PairList;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NameTokens;
import org.marsad.link.score.NeverOne;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.RecordProfile;

/**
 * The processor time of comparing the candidate pairs of {@code bench link}'s lists on one thread (the
 * thread's own CPU time, which other processes on a shared machine disturb less than the process's),
 * and how many pairs a veto ends. Run by name: {@code -Dtest=ComparingCostDiagnosis -Dmarsad.people=50000}.
 */
class ComparingCostDiagnosis {

    @Test
    void printsTheCostOfComparing() {
        int people = Integer.getInteger("marsad.people", 50_000);
        List<VictimRecord> records = SyntheticLists.generate(people, 4, 2026).stream().map(LabelledVictim::record).toList();
        List<List<String>> tokens = records.stream().map(r -> NameTokens.of(r.name())).toList();
        NameLexicon lexicon = NameLexicon.ofTokens(tokens);
        List<RecordProfile> profiles = IntStream.range(0, records.size())
                .mapToObj(i -> RecordProfile.of(records.get(i), tokens.get(i), lexicon)).toList();
        long[] pairs = Blocking.candidatePairs(profiles).pairs();
        var thread = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            long start = thread.getCurrentThreadCpuTime();
            long vetoed = 0;
            for (long pair : pairs) {
                int pattern = PairPattern.of(profiles.get(PairList.first(pair)), profiles.get(PairList.second(pair)));
                if (NeverOne.conflict(pattern)) {
                    vetoed++;
                }
            }
            double seconds = (thread.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf("comparing %,d pairs on one thread: cpu %.2f s (%.0f ns a pair), %,d ended by a veto%n",
                    pairs.length, seconds, seconds * 1e9 / pairs.length, vetoed);
        }
    }
}
