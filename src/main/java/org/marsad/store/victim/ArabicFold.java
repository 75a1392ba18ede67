package org.marsad.store.victim;

import java.util.Locale;
import org.marsad.text.SpellingFolding;

/**
 * Folds a victim's name, and a search for one, so that a search finds every spelling writers use
 * interchangeably: Arabic letters by {@link SpellingFolding} (hamza forms, ة, ى, marks, tatweel), Latin
 * letters lower-cased, runs of spaces made one.
 */
final class ArabicFold {
    private ArabicFold() {
    }

    static String fold(String s) {
        return SpellingFolding.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
