package org.marsad.link.blind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words of an Arabic name joined into its parts: عبد (ʿabd, "servant of") and أبو (abū, "father of")
 * with the word after them, and الدين / الله after a name they complete (نور الدين, عطا الله), so that
 * "محمد عبد الله أبو عودة" has three parts: given, father, family.
 */
final class NameParts {
    private static final Set<String> HEADS = Set.of("عبد", "ابو", "أبو");
    private static final Set<String> TAILS = Set.of("الدين", "الله");

    private NameParts() {
    }

    static List<String> join(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (HEADS.contains(w) && i + 1 < words.size()) {
                parts.add(w + " " + words.get(++i));
            } else if (TAILS.contains(w) && !parts.isEmpty() && !parts.get(parts.size() - 1).contains(" ")) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + w);
            } else {
                parts.add(w);
            }
        }
        return parts;
    }
}
