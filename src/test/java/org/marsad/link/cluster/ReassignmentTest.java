package org.marsad.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.Decisions;
import org.marsad.link.Sex;
import org.marsad.link.VictimRecord;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.score.FieldComparator;
import org.marsad.link.score.MatchModel;
import org.marsad.link.score.NameComparator;
import org.marsad.link.score.NameRarity;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.RecordProfile;

class ReassignmentTest {

    @Test
    void movesARecordJoinedToTheWrongPersonToThePersonItMatches() {
        List<VictimRecord> records = List.of(
                record("محمد أحمد خالد الحسن"), record("محمد أحمد خالد الحسن"),
                record("محمد أحمد الحسن"), record("محمد سامي عمر الكرد"));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        PairScorer scorer = new PairScorer(profiles, namesModel(), NameRarity.of(profiles));
        long[] pairs = {PairList.of(0, 1), PairList.of(0, 2), PairList.of(1, 2), PairList.of(2, 3)};
        int[] patterns = new int[pairs.length];
        float[] probabilities = new float[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            int a = PairList.first(pairs[k]);
            int b = PairList.second(pairs[k]);
            patterns[k] = PairPattern.of(profiles.get(a), profiles.get(b));
            probabilities[k] = (float) scorer.probability(patterns[k], a, b);
        }
        // the short copy was joined to the other man, as a merge that came first might have done
        int[] person = {0, 0, 3, 3};
        Reassignment.improve(profiles, new ScoredPairs(pairs, patterns, probabilities), scorer, 0.5, Decisions.none(),
                person);
        assertThat(person).containsExactly(0, 0, 0, 3);

        // a record people joined to another stays with it
        int[] decided = {0, 0, 2, 2};
        Reassignment.improve(profiles, new ScoredPairs(pairs, patterns, probabilities), scorer, 0.5,
                Decisions.none().confirmSame(2, 3), decided);
        assertThat(decided).containsExactly(0, 0, 2, 2);
    }

    /** Agreeing name parts weigh for one person, differing ones against; the other fields weigh nothing. */
    private static MatchModel namesModel() {
        List<FieldComparator> fields = PairPattern.FIELDS;
        double[][] m = new double[fields.size()][];
        double[][] u = new double[fields.size()][];
        for (int field = 0; field < fields.size(); field++) {
            int levels = fields.get(field).levels().size();
            m[field] = new double[levels];
            u[field] = new double[levels];
            for (int level = 0; level < levels; level++) {
                boolean name = field <= PairPattern.FAMILY;
                boolean agrees = level < NameComparator.DIFFERENT;
                m[field][level] = name ? (agrees ? 0.3 : 0.01) : 1.0 / levels;
                u[field][level] = name ? (agrees ? 0.05 : 0.85) : 1.0 / levels;
            }
        }
        return new MatchModel(0.1, m, u);
    }

    private static VictimRecord record(String name) {
        return new VictimRecord(name, name, "a", Sex.MALE, null, null, null, null);
    }
}
