package org.marsad.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Shares out the linker's doubt (the pairs it left for review, with the chance that each is one person
 * and where linking left it) among the persons the tally counts, so that rows sum it like deaths.
 * <ul>
 * <li>A pair that holds a person together (a tie) with chance p splits that person in two with
 *     chance 1 − p: the person carries 1 − p of false merge.</li>
 * <li>Pairs left apart are read between persons, not records: of several pairs between the same two
 *     persons only the most probable counts (they ask one question: are these two persons one?). A
 *     person can be counted twice at most once, whatever the number of persons it may be the same as:
 *     where a person's chances of being each of several others add to more than one, the chances of its
 *     pairs are scaled down until they add to one. The approximation: the chances of several persons
 *     being one are added, not multiplied as dependent events (it is exact for one pair, and for a
 *     person doubted against several others who are different people); for a chain of doubt (A perhaps
 *     B, B perhaps C) the scaling makes it lower than if the links were independent. Each pair's
 *     expectation is shared half and half between its two persons, so a row holding both counts it whole.</li>
 * </ul>
 * Pairs people decided carry no doubt. A person is keyed by its id, a record not yet linked by minus its
 * victim id, as {@link CountUnits} keys them.
 */
final class LinkDoubts {
    private LinkDoubts() {
    }

    private record Apart(long a, long b, double p) {
    }

    static Map<Long, LinkDoubt> load(Handle h) {
        Map<Long, double[]> share = new HashMap<>();
        Map<List<Long>, Double> between = new HashMap<>();
        h.createQuery("""
                        SELECT COALESCE(d.chance, d.probability), d.linked, COALESCE(a.person_id, -a.id) AS pa, COALESCE(b.person_id, -b.id) AS pb
                        FROM link_decision d JOIN victim a ON a.id = d.victim_a JOIN victim b ON b.id = d.victim_b
                        WHERE d.decision = 'review' AND a.deleted_at IS NULL AND b.deleted_at IS NULL""")
                .map((rs, ctx) -> new Object[] {rs.getDouble(1), rs.getString(2), rs.getLong(3), rs.getLong(4)})
                .forEach(row -> {
                    double p = (double) row[0];
                    long pa = (long) row[2];
                    long pb = (long) row[3];
                    if ("tie".equals(row[1]) && pa == pb) {
                        share.computeIfAbsent(pa, k -> new double[2])[1] += 1 - p;
                    } else if ("apart".equals(row[1]) && pa != pb) {
                        between.merge(List.of(Math.min(pa, pb), Math.max(pa, pb)), p, Math::max);
                    }
                });
        List<Apart> apart = new ArrayList<>(between.size());
        Map<Long, Double> load = new HashMap<>();
        between.forEach((persons, p) -> {
            apart.add(new Apart(persons.get(0), persons.get(1), p));
            load.merge(persons.get(0), p, Double::sum);
            load.merge(persons.get(1), p, Double::sum);
        });
        for (Apart e : apart) {
            double scaled = e.p() * Math.min(1, Math.min(1 / load.get(e.a()), 1 / load.get(e.b())));
            share.computeIfAbsent(e.a(), k -> new double[2])[0] += scaled / 2;
            share.computeIfAbsent(e.b(), k -> new double[2])[0] += scaled / 2;
        }
        Map<Long, LinkDoubt> doubts = new HashMap<>(share.size() * 2);
        share.forEach((person, s) -> doubts.put(person, new LinkDoubt(s[0], s[1])));
        return doubts;
    }
}
