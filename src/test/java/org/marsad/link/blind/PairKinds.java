package org.marsad.link.blind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.link.Linkage;
import org.marsad.link.blind.BlindLists.Listed;

/**
 * The true pairs a linkage missed and the false pairs it made, by kind, counted exactly from what the
 * generator did to each record: a missed pair counts under every phenomenon either record carries, under
 * its scripts and under its name parts on each side; a false pair under how its two people are related.
 */
final class PairKinds {
    private final Map<String, long[]> missed = new TreeMap<>();
    private final Map<String, Long> wrong = new TreeMap<>();
    private long truePairs;
    private long missedPairs;
    private long falsePairs;

    static PairKinds of(List<Listed> lists, Linkage linkage) {
        PairKinds kinds = new PairKinds();
        Map<String, List<Integer>> byPerson = new HashMap<>();
        Map<String, List<Integer>> byLinked = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            byPerson.computeIfAbsent(lists.get(i).person().id(), k -> new ArrayList<>()).add(i);
            byLinked.computeIfAbsent(linkage.personOf(i), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> records : byPerson.values()) {
            for (int x = 0; x < records.size(); x++) {
                for (int y = x + 1; y < records.size(); y++) {
                    int a = records.get(x);
                    int b = records.get(y);
                    kinds.truePair(lists.get(a), lists.get(b), !linkage.samePerson(a, b));
                }
            }
        }
        for (List<Integer> records : byLinked.values()) {
            for (int x = 0; x < records.size(); x++) {
                for (int y = x + 1; y < records.size(); y++) {
                    Listed a = lists.get(records.get(x));
                    Listed b = lists.get(records.get(y));
                    if (!a.person().id().equals(b.person().id())) {
                        kinds.falsePair(a, b);
                    }
                }
            }
        }
        return kinds;
    }

    private void truePair(Listed a, Listed b, boolean wasMissed) {
        truePairs++;
        if (wasMissed) {
            missedPairs++;
        }
        List<String> labels = new ArrayList<>();
        labels.add(a.latin() || b.latin() ? "script: across" : "script: within Arabic");
        labels.add("parts: " + Math.min(a.parts(), b.parts()) + " beside " + Math.max(a.parts(), b.parts()));
        EnumSet<Phenomenon> both = EnumSet.noneOf(Phenomenon.class);
        both.addAll(a.phenomena());
        both.addAll(b.phenomena());
        both.forEach(p -> labels.add("applied: " + p.name().toLowerCase(Locale.ROOT)));
        both.remove(Phenomenon.LATIN_AS_PEOPLE_SPELL);
        both.remove(Phenomenon.LATIN_LETTER_BY_LETTER);
        if (both.isEmpty()) {
            labels.add("applied: nothing (beyond script)");
        }
        for (String label : labels) {
            long[] counts = missed.computeIfAbsent(label, k -> new long[2]);
            counts[0]++;
            if (wasMissed) {
                counts[1]++;
            }
        }
    }

    private void falsePair(Listed a, Listed b) {
        falsePairs++;
        var p = a.person();
        var q = b.person();
        String kind;
        if (p.household().equals(q.household())) {
            kind = p.father().equals(q.father()) ? "siblings (one father, one family, one day)"
                    : "one household, other father";
        } else if (p.given().equals(q.given()) && p.family().equals(q.family())) {
            kind = p.father().equals(q.father()) ? "namesakes: given, father, family" : "namesakes: given and family";
        } else if (p.family().equals(q.family())) {
            kind = "one family name, other household";
        } else {
            kind = "other";
        }
        wrong.merge(kind + (a.latin() || b.latin() ? ", across scripts" : ", within Arabic"), 1L, Long::sum);
    }

    long missedPairs() {
        return missedPairs;
    }

    /** The share of missed pairs that carry {@code label} ("applied: given_slip"). */
    double shareOfMissed(String label) {
        long[] counts = missed.get(label);
        return counts == null || missedPairs == 0 ? 0 : (double) counts[1] / missedPairs;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "true pairs %d, missed %d; false pairs %d%n"
                        + "| kind | true pairs | missed | missed of them | share of missed |%n|---|---:|---:|---:|---:|%n",
                truePairs, missedPairs, falsePairs));
        missed.forEach((label, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n",
                label, c[0], c[1], c[0] == 0 ? 0.0 : (double) c[1] / c[0],
                missedPairs == 0 ? 0.0 : (double) c[1] / missedPairs)));
        out.append("| false pairs | | | | |\n");
        wrong.forEach((kind, n) -> out.append(String.format(Locale.ROOT, "| %s | | %d | | %.3f |%n", kind, n,
                falsePairs == 0 ? 0.0 : (double) n / falsePairs)));
        return out.toString();
    }
}
