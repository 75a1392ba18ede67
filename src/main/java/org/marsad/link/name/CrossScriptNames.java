package org.marsad.link.name;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finding a name in either script: a name's keys are the consonant skeletons of its tokens (see
 * {@link Skeleton#of}), the same for خالد and Khaled or Khalid, for محمد and Mohammad. A search
 * matches a name when every word asked for is a word of the name in one script or the other.
 */
public final class CrossScriptNames {
    private CrossScriptNames() {
    }

    /** The keys of a name's words; empty for a name without letters. */
    public static Set<String> of(String name) {
        List<String> tokens = NameTokens.of(name == null ? "" : name);
        Set<String> keys = new HashSet<>();
        for (String t : tokens) {
            String k = Skeleton.of(t);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** Whether every word of {@code query} is, by its key, a word of {@code name}. */
    public static boolean matches(Set<String> queryKeys, String name) {
        return !queryKeys.isEmpty() && of(name).containsAll(queryKeys);
    }
}
