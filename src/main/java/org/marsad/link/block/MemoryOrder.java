package org.marsad.link.block;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.PersonName;
import org.marsad.link.score.RecordProfile;

/**
 * The order in which linking keeps the records in memory: by the skeletons of given and family name,
 * so that the two records of a candidate pair, which blocking found through their names, mostly lie
 * near each other and comparing them does not wait on memory for each. At half a million records the
 * input order (list after list) made comparing take 10.4–13.0 s, this order 5.6–7.6 s. Outside, every
 * index is the record's place in the input.
 */
public final class MemoryOrder {

    /** For each place in memory, the record's index in the input; and the reverse. */
    private final int[] toInput;
    private final int[] toMemory;

    private MemoryOrder(int[] toInput) {
        this.toInput = toInput;
        this.toMemory = new int[toInput.length];
        for (int k = 0; k < toInput.length; k++) {
            toMemory[toInput[k]] = k;
        }
    }

    public static MemoryOrder of(List<RecordProfile> profiles) {
        TreeSet<String> skeletons = new TreeSet<>();
        for (RecordProfile p : profiles) {
            skeletons.add(skeleton(p.name().given()));
            skeletons.add(skeleton(p.name().family()));
        }
        java.util.Map<String, Long> rank = new java.util.HashMap<>();
        for (String skeleton : skeletons) {
            rank.put(skeleton, (long) rank.size());
        }
        // given's rank (19 bits), family's rank (20 bits), input index (24 bits, as in blocking); ranks
        // beyond their bits share the last one
        long[] keys = new long[profiles.size()];
        for (int i = 0; i < keys.length; i++) {
            PersonName name = profiles.get(i).name();
            keys[i] = Math.min((1 << 19) - 1, rank.get(skeleton(name.given()))) << 44
                    | Math.min((1 << 20) - 1, rank.get(skeleton(name.family()))) << 24 | i;
        }
        Arrays.parallelSort(keys);
        int[] toInput = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            toInput[k] = (int) (keys[k] & ((1 << 24) - 1));
        }
        return new MemoryOrder(toInput);
    }

    private static String skeleton(NamePart part) {
        return part == null ? "" : part.looseSkeleton();
    }

    /**
     * The profiles in memory order, each copied anew one after the other so that the copies, not only
     * the references to them, lie in that order.
     */
    public List<RecordProfile> arrange(List<RecordProfile> profiles) {
        RecordProfile[] arranged = new RecordProfile[toInput.length];
        for (int k = 0; k < arranged.length; k++) {
            RecordProfile p = profiles.get(toInput[k]);
            PersonName n = p.name();
            arranged[k] = new RecordProfile(new PersonName(n.given(), n.father(), n.grandfather(), n.family()),
                    p.sex(), p.age(), p.epochDay(), p.swappedDay(), p.place(), p.placeCode(), p.status(), p.list());
        }
        return List.of(arranged);
    }

    public int toInput(int inMemory) {
        return toInput[inMemory];
    }

    public int toMemory(int input) {
        return toMemory[input];
    }

    /**
     * Each input record's person, named by the input index of the person's first record, from each
     * in-memory record's person.
     */
    public int[] personsInInput(int[] personInMemory) {
        int[] first = new int[toInput.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int k = 0; k < personInMemory.length; k++) {
            first[personInMemory[k]] = Math.min(first[personInMemory[k]], toInput[k]);
        }
        int[] person = new int[toInput.length];
        for (int k = 0; k < personInMemory.length; k++) {
            person[toInput[k]] = first[personInMemory[k]];
        }
        return person;
    }
}
