package org.marsad.link;

/**
 * Whether two strings differ by at most one inserted, deleted or replaced character: the usual size of
 * a recorder's typo. Cheaper than a full edit distance, which linkage never needs beyond one.
 */
final class OneEdit {

    private OneEdit() {
    }

    static boolean within(String a, String b) {
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
            return shorter.regionMatches(i + 1, longer, i + 1, shorter.length() - i - 1) || i == shorter.length();
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
