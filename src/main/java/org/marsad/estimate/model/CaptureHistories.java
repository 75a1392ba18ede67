package org.marsad.estimate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many documented persons each combination of lists names: the overlap table every estimator reads.
 * A capture pattern is a bit set, bit {@code j} for list {@code j}; pattern 0 (no list) is the unknown the
 * estimators look for, so its count is always 0 here.
 *
 * @param lists  the lists' names, in the order of the pattern bits
 * @param counts persons per pattern, {@code 2^lists} entries
 */
public record CaptureHistories(List<String> lists, long[] counts) {
    public CaptureHistories {
        lists = List.copyOf(lists);
        if (counts.length != 1 << lists.size()) {
            throw new IllegalArgumentException(lists.size() + " lists need " + (1 << lists.size()) + " patterns");
        }
        if (counts[0] != 0) {
            throw new IllegalArgumentException("pattern 0 is the undocumented, never counted");
        }
        counts = counts.clone();
    }

    /** Patterns written as 0/1 strings, first character the first list ("1000" = the first list alone). */
    public static CaptureHistories of(List<String> lists, Map<String, Long> byPattern) {
        long[] counts = new long[1 << lists.size()];
        byPattern.forEach((pattern, n) -> counts[patternOf(pattern, lists.size())] += n);
        return new CaptureHistories(lists, counts);
    }

    public static int patternOf(String pattern, int lists) {
        if (pattern.length() != lists || !pattern.matches("[01]+")) {
            throw new IllegalArgumentException("pattern '" + pattern + "' is not " + lists + " digits 0 or 1");
        }
        int bits = 0;
        for (int j = 0; j < lists; j++) {
            if (pattern.charAt(j) == '1') {
                bits |= 1 << j;
            }
        }
        return bits;
    }

    public int listCount() {
        return lists.size();
    }

    public int patternCount() {
        return counts.length;
    }

    public long count(int pattern) {
        return counts[pattern];
    }

    /** Distinct persons documented by any list. */
    public long documented() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Persons on list {@code j}. */
    public long onList(int j) {
        long n = 0;
        for (int s = 1; s < counts.length; s++) {
            if ((s >> j & 1) == 1) {
                n += counts[s];
            }
        }
        return n;
    }

    /** Persons named by two lists or more: what the estimators learn from. */
    public long overlapping() {
        long n = 0;
        for (int s = 1; s < counts.length; s++) {
            if (Integer.bitCount(s) > 1) {
                n += counts[s];
            }
        }
        return n;
    }

    /** Persons on both list {@code a} and list {@code b}. */
    public long onBoth(int a, int b) {
        long n = 0;
        int both = 1 << a | 1 << b;
        for (int s = 1; s < counts.length; s++) {
            if ((s & both) == both) {
                n += counts[s];
            }
        }
        return n;
    }

    /** The patterns that hold anyone, the only ones an iteration of the sampler needs to visit. */
    public int[] occupiedPatterns() {
        List<Integer> seen = new ArrayList<>();
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > 0) {
                seen.add(s);
            }
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A pattern as 0/1 characters, first list first. */
    public String patternText(int pattern) {
        StringBuilder b = new StringBuilder(lists.size());
        for (int j = 0; j < lists.size(); j++) {
            b.append((pattern >> j & 1) == 1 ? '1' : '0');
        }
        return b.toString();
    }
}
