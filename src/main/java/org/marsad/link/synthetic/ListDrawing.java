package org.marsad.link.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.marsad.link.LabelledVictim;
import org.marsad.link.VictimRecord;

/**
 * How the generators (SyntheticLists, HarshLists) turn a population into lists: who each list holds,
 * a person written twice in one list now and then, the last list in Latin script, each list shuffled and
 * its records numbered. The draws come from the generator's own {@link Random} in a fixed order, so a
 * seed gives the same lists as before this was shared.
 */
final class ListDrawing {

    /** Writes one record of a person in a list (1-based), in Latin script or not. */
    interface Writer<P> {
        LabelledVictim write(P person, int list, boolean latin);
    }

    private ListDrawing() {
    }

    /** Each person is in each list with probability {@code inList}; one drawn into no list goes into a random one. */
    static boolean[][] membership(Random random, int people, int lists, double inList) {
        boolean[][] listed = new boolean[people][lists];
        for (boolean[] person : listed) {
            boolean any = false;
            for (int list = 0; list < lists; list++) {
                person[list] = random.nextDouble() < inList;
                any |= person[list];
            }
            if (!any) {
                person[random.nextInt(lists)] = true;
            }
        }
        return listed;
    }

    /**
     * The records of every list in list order, ids {@code prefix + list + "-" + n}: a listed person is
     * written once, and again with probability {@code duplicate}; the last of two or more lists is Latin.
     */
    static <P> List<LabelledVictim> lists(Random random, List<P> people, ToIntFunction<P> id, boolean[][] listed,
                                          int lists, double duplicate, String prefix, Writer<P> writer) {
        List<LabelledVictim> all = new ArrayList<>();
        for (int list = 1; list <= lists; list++) {
            boolean latin = lists >= 2 && list == lists;
            List<LabelledVictim> entries = new ArrayList<>();
            for (P person : people) {
                if (listed[id.applyAsInt(person)][list - 1]) {
                    entries.add(writer.write(person, list, latin));
                    if (random.nextDouble() < duplicate) {
                        entries.add(writer.write(person, list, latin));
                    }
                }
            }
            Collections.shuffle(entries, random);
            for (int n = 0; n < entries.size(); n++) {
                VictimRecord r = entries.get(n).record();
                all.add(new LabelledVictim(new VictimRecord(prefix + list + "-" + (n + 1), r.name(), r.source(), r.sex(),
                        r.age(), r.date(), r.place(), r.status()), entries.get(n).person()));
            }
        }
        return all;
    }
}
