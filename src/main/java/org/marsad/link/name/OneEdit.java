package org.marsad.link.name;

/**
 * Whether two strings differ by at most one inserted, deleted or replaced character, or two neighbours
 * swapped (ممحود for محمود): the usual size of a recorder's typo (Damerau's four kinds). Cheaper than a
 * full edit distance, which linkage never needs beyond one.
 */
public final class OneEdit {

    private OneEdit() {
    }

    public static boolean within(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (shorter.length() == longer.length()) {
            if (i == shorter.length() || shorter.regionMatches(i + 1, longer, i + 1, shorter.length() - i - 1)) {
                return true;
            }
            return i + 1 < shorter.length() && shorter.charAt(i) == longer.charAt(i + 1)
                    && shorter.charAt(i + 1) == longer.charAt(i)
                    && shorter.regionMatches(i + 2, longer, i + 2, shorter.length() - i - 2);
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
