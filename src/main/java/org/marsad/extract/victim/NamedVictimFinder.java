package org.marsad.extract.victim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.marsad.text.SpellingFolding;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Lists the people a report names as killed, injured, missing or detained, in order of first mention:
 * {@code NamedVictimFinder.find(text)}. One person named twice is one victim: the same name again, or
 * the first name alone in a later sentence ("الطفل ياسين" after "الطفل ياسين سليمان أبو خوصة"). Thread-safe;
 * linear in the length of the text.
 */
public final class NamedVictimFinder {

    private NamedVictimFinder() {
    }

    public static List<NamedVictim> find(String text) {
        return find(text, Tokenizer.tokenize(text));
    }

    /** The named victims of {@code text}, read from its tokens (as {@link Tokenizer} gives them). */
    public static List<NamedVictim> find(String text, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>(new ArabicVictimReader(text, tokens).read());
        mentions.addAll(new LatinVictimReader(text, tokens).read());
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<NamedVictim> victims = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Mention m : mentions) {
            String key = key(m.name());
            int same = keys.indexOf(key);
            if (same < 0) {
                same = firstNameOf(keys, key, victims, m, text);
            }
            if (same >= 0) {
                NamedVictim v = victims.get(same);
                if (v.age() == null && m.age() != null || v.sex() == null && m.sex() != null) {
                    victims.set(same, new NamedVictim(v.name(), v.outcome(), v.sex() != null ? v.sex() : m.sex(),
                            v.age() != null ? v.age() : m.age(), m.age() != null && v.age() == null ? m.group()
                            : v.group(), v.placeText(), v.placePcode(), v.date(), v.start(), v.end(), v.claim()));
                }
                continue;
            }
            keys.add(key);
            victims.add(new NamedVictim(m.name(), m.outcome(), m.sex(), m.age(), m.group(), null, null, null,
                    m.start(), m.end(), null));
        }
        return victims;
    }

    /** A one-word name in a later sentence that is the first name of a victim already read. */
    private static int firstNameOf(List<String> keys, String key, List<NamedVictim> victims, Mention m, String text) {
        if (key.indexOf(' ') >= 0) {
            return -1;
        }
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).startsWith(key + " ") && victims.get(k).outcome() == m.outcome()
                    && sentenceBreakBetween(text, victims.get(k).end(), m.start())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean sentenceBreakBetween(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n' || c == '؟' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    /** A name as compared: Arabic spelling folded, Latin case-folded, spaces single. */
    public static String key(String name) {
        return SpellingFolding.fold(name).toLowerCase(Locale.ROOT).replaceAll("[\"“”«»()'’‘]", "")
                .replaceAll("\\s+", " ").strip();
    }
}
