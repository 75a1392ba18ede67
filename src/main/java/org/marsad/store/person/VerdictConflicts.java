package org.marsad.store.person;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.store.person.LinkDecision.Verdict;

/**
 * Whether a person's verdict contradicts the verdicts already given: "same person" verdicts join records
 * through each other (a = b and b = c make a = c), so "different persons" between two records already
 * joined so, or "same person" that would join two records a verdict keeps apart, cannot both be obeyed.
 * Linking would have to drop one silently; instead the new verdict is refused, naming the verdicts in
 * its way.
 */
final class VerdictConflicts {
    /** Records joined by "same person" verdicts: each record's neighbours. */
    private final Map<Long, Set<Long>> same = new HashMap<>();
    private final List<long[]> different = new ArrayList<>();

    /** @param verdicts people's verdicts (confirmed, rejected), the pair about to be decided left out */
    VerdictConflicts(List<LinkDecision> verdicts) {
        for (LinkDecision d : verdicts) {
            if (d.verdict() == Verdict.CONFIRMED) {
                same.computeIfAbsent(d.victimA(), k -> new HashSet<>()).add(d.victimB());
                same.computeIfAbsent(d.victimB(), k -> new HashSet<>()).add(d.victimA());
            } else if (d.verdict() == Verdict.REJECTED) {
                different.add(new long[] {d.victimA(), d.victimB()});
            }
        }
    }

    /** Why a verdict on records {@code a} and {@code b} cannot be obeyed with the others, or null if it can. */
    String conflict(long a, long b, Verdict verdict) {
        if (verdict == Verdict.REJECTED) {
            List<Long> path = path(a, b);
            return path == null ? null : "victims " + a + " and " + b + " are one person by the 'same person' verdicts "
                    + steps(path) + ": change one of those first";
        }
        Set<Long> left = joined(a);
        Set<Long> right = joined(b);
        for (long[] apart : different) {
            if (left.contains(apart[0]) && right.contains(apart[1]) || left.contains(apart[1]) && right.contains(apart[0])) {
                return "a 'same person' verdict on victims " + a + " and " + b + " would make one person of victims "
                        + apart[0] + " and " + apart[1] + ", which a verdict calls different persons: change that first";
            }
        }
        return null;
    }

    private Set<Long> joined(long record) {
        Set<Long> seen = new HashSet<>(Set.of(record));
        ArrayDeque<Long> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (long next : same.getOrDefault(queue.poll(), Set.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** The records from {@code from} to {@code to} through "same person" verdicts, or null. */
    private List<Long> path(long from, long to) {
        Map<Long, Long> previous = new HashMap<>(Map.of(from, from));
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            long at = queue.poll();
            if (at == to) {
                List<Long> path = new ArrayList<>();
                for (long r = to; r != from; r = previous.get(r)) {
                    path.add(r);
                }
                path.add(from);
                Collections.reverse(path);
                return path;
            }
            for (long next : same.getOrDefault(at, Set.of())) {
                if (previous.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static String steps(List<Long> path) {
        List<String> steps = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            steps.add(path.get(i - 1) + "–" + path.get(i));
        }
        return String.join(", ", steps);
    }
}
