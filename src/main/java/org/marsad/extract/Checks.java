package org.marsad.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
    /**
     * Characters either side of a total within which separate figures are its report's: a long
     * observatory report is under 100 KB (see {@link ReportText#MAX_BYTES}), so this spans any one report.
     */
    private static final int REPORT_REACH = 100_000;

    private Checks() {
    }

    /**
     * The checks of {@code claims}; {@code splits} are the indices of parts found because they add up
     * to their whole. Parts listed after بينهم (among them) of the whole's own group are a subset
     * ("among them an activist") and are not expected to add up; civilians and fighters among persons are.
     */
    static List<Check> of(List<Claim> claims, Set<Integer> splits) {
        List<List<Integer>> parts = partsByWhole(claims);
        List<Check> checks = new ArrayList<>();
        for (int w = 0; w < claims.size(); w++) {
            wholeAndParts(claims, splits, w, parts.get(w), checks);
        }
        Map<Outcome, List<Integer>> separate = separateByOutcome(claims);
        for (int t = 0; t < claims.size(); t++) {
            totalAndSeparate(claims, t, separate, checks);
        }
        return checks;
    }

    /** The indices of the parts of each claim, in text order: one pass, instead of all claims per whole. */
    private static List<List<Integer>> partsByWhole(List<Claim> claims) {
        List<List<Integer>> parts = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            parts.add(new ArrayList<>(0));
        }
        for (int p = 0; p < claims.size(); p++) {
            Integer w = claims.get(p).within();
            if (w != null && w >= 0 && w < claims.size()) {
                parts.get(w).add(p);
            }
        }
        return parts;
    }

    private static void wholeAndParts(List<Claim> claims, Set<Integer> splits, int w, List<Integer> parts,
            List<Check> checks) {
        Claim whole = claims.get(w);
        List<Integer> same = new ArrayList<>();
        List<Integer> disjoint = new ArrayList<>();
        long sameSum = 0;
        long disjointSum = 0;
        for (int p : parts) {
            Claim part = claims.get(p);
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

    /** The top-level claims of each outcome that count one group rather than persons, in text order. */
    private static Map<Outcome, List<Integer>> separateByOutcome(List<Claim> claims) {
        Map<Outcome, List<Integer>> separate = new EnumMap<>(Outcome.class);
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            if (claim.within() == null && claim.group() != Group.PERSON) {
                separate.computeIfAbsent(claim.outcome(), o -> new ArrayList<>()).add(c);
            }
        }
        return separate;
    }

    /**
     * A total of persons against the separate top-level figures of the same outcome in its report: those
     * within {@link #REPORT_REACH} characters of it, which in a report of ordinary length is all of them.
     * In a long compilation of reports, one total compared with every figure of every other report would
     * say nothing, and its list of figures would grow with the whole document for each total.
     */
    private static void totalAndSeparate(List<Claim> claims, int t, Map<Outcome, List<Integer>> separateByOutcome,
            List<Check> checks) {
        Claim total = claims.get(t);
        if (total.within() != null || total.group() != Group.PERSON) {
            return;
        }
        List<Integer> candidates = separateByOutcome.getOrDefault(total.outcome(), List.of());
        int from = firstWithin(claims, candidates, total.span().start() - REPORT_REACH);
        int to = firstWithin(claims, candidates, total.span().start() + REPORT_REACH + 1);
        List<Integer> separate = candidates.subList(from, to);
        if (separate.size() < 2) {
            return;
        }
        long sum = 0;
        for (int c : separate) {
            sum += claims.get(c).count();
        }
        boolean ok = agrees(total, sum);
        checks.add(new Check(ok ? "parts_add_up" : "sum_mismatch", ok, indices(t, separate),
                String.format("separate figures add up to %d; the total is %s%d", sum, hedge(total), total.count())));
    }

    /** The position in {@code candidates} (in text order) of the first claim starting at or after {@code offset}. */
    private static int firstWithin(List<Claim> claims, List<Integer> candidates, long offset) {
        int low = 0;
        int high = candidates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (claims.get(candidates.get(mid)).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
