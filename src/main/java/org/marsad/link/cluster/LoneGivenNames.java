package org.marsad.link.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.PersonName;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.RecordProfile;

/**
 * Weighs a pair of records that name a victim by a given name alone ("أحمد" in one list, "Ahmed" in the
 * other), as lists name the children of a family listed after their parents. A given name alone says
 * little: the model weighs it against every namesake of the lists, and a common one (محمد) scores near
 * nothing. What a list does hold is the day: when each record is the only one of its list that day whose
 * given name is written so (no other Ahmed that day, with a full name or without), the two are each other's only such partner, agree on
 * the day and differ in nothing else they give (sex, age within a year, place), there is no one else
 * either can be. Such a pair gains {@link #SUPPORT} log odds ({@link org.marsad.link.score.PairScorer#withSupport}).
 *
 * <p>Evidence the linker does not have and so does not use: a family's identifier, the order of rows in
 * a list (children listed after their parents), the household; a list that gives them may add them as
 * columns, which are ignored today.
 */
public final class LoneGivenNames {

    /** Log odds a lone given name's pair gains when both records are the only ones of their lists that day. */
    public static final double SUPPORT = 4;

    private LoneGivenNames() {
    }

    /** The candidate pairs (packed, sorted) of two records named by a given name alone, each alone that day. */
    public static long[] supported(List<RecordProfile> profiles, ScoredPairs pairs) {
        int n = profiles.size();
        boolean[] lone = new boolean[n];
        Map<String, Integer> borne = new HashMap<>();
        Set<Integer> days = new HashSet<>();
        for (int i = 0; i < n; i++) {
            RecordProfile r = profiles.get(i);
            if (givenAlone(r)) {
                lone[i] = true;
                borne.put(key(r), 0);
                days.add(r.epochDay());
            }
        }
        if (borne.isEmpty()) {
            return new long[0];
        }
        // how many records of each list bear that given name that day, full names included
        int[] bearers = new int[n];
        for (int i = 0; i < n; i++) {
            RecordProfile r = profiles.get(i);
            if (days.contains(r.epochDay()) && r.list() != null && r.name().given() != null && !r.name().kinship()) {
                borne.computeIfPresent(key(r), (k, count) -> count + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            if (lone[i]) {
                bearers[i] = borne.get(key(profiles.get(i)));
            }
        }
        long[] out = new long[16];
        int m = 0;
        int[] partners = new int[n];
        for (int k = 0; k < pairs.size(); k++) {
            int a = pairs.first(k);
            int b = pairs.second(k);
            if (lone[a] && lone[b] && bearers[a] == 1 && bearers[b] == 1
                    && !profiles.get(a).list().equals(profiles.get(b).list())
                    && PairPattern.sameGivenNameAndDayAlone(pairs.pattern(k))) {
                partners[a]++;
                partners[b]++;
                if (m == out.length) {
                    out = Arrays.copyOf(out, m * 2);
                }
                out[m++] = PairList.of(a, b);
            }
        }
        // each the other's only partner: a Latin Lian beside ليان and لانا (one skeleton) may be either
        long[] supported = Arrays.stream(out, 0, m)
                .filter(pair -> partners[PairList.first(pair)] == 1 && partners[PairList.second(pair)] == 1)
                .sorted().toArray();
        return supported;
    }

    /** Whether a record names a victim by a given name alone, on a known day, in a named list. */
    private static boolean givenAlone(RecordProfile r) {
        PersonName name = r.name();
        return name.given() != null && !name.kinship() && name.father() == null && name.grandfather() == null
                && name.family() == null && r.epochDay() != RecordProfile.UNKNOWN && r.list() != null;
    }

    private static String key(RecordProfile r) {
        return r.list() + '\u0000' + r.epochDay() + '\u0000' + r.name().given().spelling();
    }
}
