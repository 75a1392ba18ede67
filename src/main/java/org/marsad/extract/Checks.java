package org.marsad.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the figures of a report agree with each other: the parts that split a whole add up to it
 * (1114 + 16 = 1130), no part is larger than its whole, disjoint groups among the parts (children,
 * women, men) do not exceed it, and a total of persons agrees with the separate figures of the same
 * outcome (1130 + 1338 + 624 + 156 = 3248, about 3250).
 */
final class Checks {

    /** Groups that do not overlap, so their parts of one whole can be summed. */
    private static final Set<Group> DISJOINT = EnumSet.of(Group.CHILD, Group.WOMAN, Group.MAN);
    /** How far an "about" (نحو) total may be from the sum of its figures: 2 %, at least 2 people. */
    private static final double APPROX_TOLERANCE = 0.02;

    private Checks() {
    }

    /**
     * The checks of {@code claims}; {@code splits} are the indices of parts found because they add up
     * to their whole. Parts listed after بينهم (among them) of the whole's own group are a subset
     * ("among them an activist") and are not expected to add up; civilians and fighters among persons are.
     */
    static List<Check> of(List<Claim> claims, Set<Integer> splits) {
        List<Check> checks = new ArrayList<>();
        for (int w = 0; w < claims.size(); w++) {
            wholeAndParts(claims, splits, w, checks);
        }
        for (int t = 0; t < claims.size(); t++) {
            totalAndSeparate(claims, t, checks);
        }
        return checks;
    }

    private static void wholeAndParts(List<Claim> claims, Set<Integer> splits, int w, List<Check> checks) {
        Claim whole = claims.get(w);
        List<Integer> same = new ArrayList<>();
        List<Integer> disjoint = new ArrayList<>();
        long sameSum = 0;
        long disjointSum = 0;
        for (int p = 0; p < claims.size(); p++) {
            Claim part = claims.get(p);
            if (part.within() == null || part.within() != w) {
                continue;
            }
            if (part.count() > whole.count() && whole.qualifier() != Qualifier.MORE_THAN) {
                checks.add(new Check("part_exceeds_whole", false, List.of(w, p),
                        String.format("%d %s is more than the %d %s it is part of", part.count(), part.group().code(),
                                whole.count(), whole.group().code())));
            }
            if (splits.contains(p) || whole.group() == Group.PERSON
                    && (part.group() == Group.CIVILIAN || part.group() == Group.FIGHTER)) {
                same.add(p);
                sameSum += part.count();
            } else if (DISJOINT.contains(part.group())) {
                disjoint.add(p);
                disjointSum += part.count();
            }
        }
        if (same.size() > 1 || same.size() == 1 && splits.contains(same.get(0))) {
            boolean ok = agrees(whole, sameSum);
            checks.add(new Check(ok ? "parts_add_up" : "sum_mismatch", ok, indices(w, same),
                    String.format("parts add up to %d; the whole is %s%d", sameSum, hedge(whole), whole.count())));
        }
        if (disjoint.size() > 1 && disjointSum > whole.count() && whole.qualifier() != Qualifier.MORE_THAN) {
            checks.add(new Check("parts_exceed_whole", false, indices(w, disjoint),
                    String.format("%d children, women and men among %d %s", disjointSum, whole.count(),
                            whole.group().code())));
        }
    }

    /** A total of persons against the separate top-level figures of the same outcome after it. */
    private static void totalAndSeparate(List<Claim> claims, int t, List<Check> checks) {
        Claim total = claims.get(t);
        if (total.within() != null || total.group() != Group.PERSON) {
            return;
        }
        List<Integer> separate = new ArrayList<>();
        long sum = 0;
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            if (c != t && claim.within() == null && claim.outcome() == total.outcome() && claim.group() != Group.PERSON) {
                separate.add(c);
                sum += claim.count();
            }
        }
        if (separate.size() < 2) {
            return;
        }
        boolean ok = agrees(total, sum);
        checks.add(new Check(ok ? "parts_add_up" : "sum_mismatch", ok, indices(t, separate),
                String.format("separate figures add up to %d; the total is %s%d", sum, hedge(total), total.count())));
    }

    private static boolean agrees(Claim whole, long sum) {
        switch (whole.qualifier()) {
            case APPROX:
                return Math.abs(sum - whole.count()) <= Math.max(2, Math.round(whole.count() * APPROX_TOLERANCE));
            case AT_LEAST:
                return sum >= whole.count();
            case MORE_THAN:
                return sum > whole.count();
            default:
                return sum == whole.count();
        }
    }

    private static String hedge(Claim c) {
        switch (c.qualifier()) {
            case APPROX:
                return "about ";
            case AT_LEAST:
                return "at least ";
            case MORE_THAN:
                return "more than ";
            default:
                return "";
        }
    }

    private static List<Integer> indices(int first, List<Integer> rest) {
        List<Integer> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
