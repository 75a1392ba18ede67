package org.marsad.link.blind;

import java.io.IOException;
import java.util.List;
import org.marsad.link.LabelledVictim;

/** {@link BlindLists} as labelled records, for the diagnosis that prints missed pairs one by one in another package. */
public final class BlindListsAccess {
    private BlindListsAccess() {
    }

    public static boolean present() {
        return BlindLists.present();
    }

    public static List<LabelledVictim> generate(int people, long seed) throws IOException {
        return BlindLists.generate(people, seed).stream()
                .map(listed -> new LabelledVictim(listed.record(), listed.person().id())).toList();
    }
}
