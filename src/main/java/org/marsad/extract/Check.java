package org.marsad.extract;

import java.util.List;

/**
 * A consistency check between the claims of one report, for the person who reviews them. {@code kind}
 * is one of: {@code parts_add_up} / {@code sum_mismatch} (parts that split a whole, or separate figures
 * against a total), {@code part_exceeds_whole}, {@code parts_exceed_whole} (parts of distinct groups,
 * such as children and women, that together are more than their whole). {@code claims} are indices in
 * the report's claims, the whole first.
 */
public record Check(String kind, boolean ok, List<Integer> claims, String message) {
}
