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
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        java.util.Map<String, List<Integer>> byFirstWord = new java.util.HashMap<>();
        for (Mention m : mentions) {
            String key = key(m.name());
            Integer known = index.get(key);
            int same = known != null ? known : firstNameOf(byFirstWord.getOrDefault(key, List.of()), victims, m, text);
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
            index.put(key, victims.size());
            int space = key.indexOf(' ');
            if (space > 0) {
                byFirstWord.computeIfAbsent(key.substring(0, space), k -> new ArrayList<>()).add(victims.size());
            }
            victims.add(new NamedVictim(m.name(), m.outcome(), m.sex(), m.age(), m.group(), null, null,
                    DeathDate.of(text, m.start(), m.end()), m.start(), m.end(), null));
        }
        return victims;
    }

    /** A one-word name in a later sentence that is the first name of a victim already read. */
    private static int firstNameOf(List<Integer> sameFirstWord, List<NamedVictim> victims, Mention m, String text) {
        for (int k : sameFirstWord) {
            if (victims.get(k).outcome() == m.outcome()
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
