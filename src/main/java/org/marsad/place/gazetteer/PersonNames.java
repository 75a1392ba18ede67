package org.marsad.place.gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.place.mention.Token;
import org.marsad.place.name.NameKeys;

/**
 * Given names and common words that are no place when written alone ({@code person-names.txt}): a victim
 * list's "Hassan" or "محمد", a report's "Mosque", are matched by villages of that name or spelling far more
 * often than they mean one; so are the words lists write for kin or the unknown (ابنة, "Mother", مجهول).
 * Folded as mentions are ({@link Token}), so خالد, "Khaled" and "KHALED" all read, and Latin names are
 * also compared by their sound, so "Souad" is "Suad".
 */
public final class PersonNames {
    private static final String RESOURCE = "person-names.txt";

    private final Set<String> words = new HashSet<>();
    /** The Latin names' sounds ({@link NameKeys#sound}): lists spell one name many ways (Souad, Suad). */
    private final Set<String> sounds = new HashSet<>();

    private PersonNames() {
        ListResource.read(RESOURCE, "list", (number, line) -> {
            List<String> folded = Token.foldedWords(line);
            if (folded.size() != 1) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected one word, found '" + line + "'");
            }
            words.add(folded.get(0));
            String sound = latinSound(folded.get(0));
            if (!sound.isEmpty()) {
                sounds.add(sound);
            }
        });
    }

    /** The shipped list, read at first use: a mention alone is rare enough not to load it with the gazetteer. */
    public static PersonNames shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final PersonNames INSTANCE = new PersonNames();
    }

    /** Whether every word of a mention from {@code start} to {@code end} is a given name or a common word. */
    public boolean all(List<Token> tokens, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).folded();
            // "المسجد", "المدينة": the article does not make a common word a place's name
            String bare = word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
            if (!words.contains(word) && !words.contains(bare) && !sounds.contains(latinSound(word))) {
                return false;
            }
        }
        return true;
    }

    /** The sound of a Latin word; "" for an Arabic one or one too short to have a sound. */
    private static String latinSound(String folded) {
        if (folded.isEmpty() || org.marsad.text.SpellingFolding.isArabic(folded.charAt(0))) {
            return "";
        }
        return NameKeys.sound(List.of(folded));
    }
}
