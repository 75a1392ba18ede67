package org.marsad.extract.victim;

import java.util.ArrayList;
import org.marsad.extract.Group;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.marsad.text.SpellingFolding;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;
import org.marsad.extract.victim.arabic.ArabicVictimReader;
import org.marsad.extract.victim.latin.LatinVictimReader;

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
        // what the text said of each victim where it was first named, to tell two namesakes apart
        List<Mention> first = new ArrayList<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        Map<String, List<Integer>> byFirstWord = new HashMap<>();
        Map<String, List<Integer>> byLastWord = new HashMap<>();
        for (Mention m : mentions) {
            String key = key(m.name());
            int same = samePerson(byName.getOrDefault(key, List.of()), first, m);
            if (same < 0 && key.indexOf(' ') < 0) {
                same = firstNameOf(byFirstWord.getOrDefault(key, List.of()), victims, first, m, text);
                if (same < 0 && byLastWord.getOrDefault(key, List.of()).size() == 1) {
                    // "الشهيد محمد محمود أبو خليفة … للشاب خليفة، ما أسفر عن استشهاده": the family name alone
                    // names again the one victim who bears it
                    same = firstNameOf(byLastWord.get(key), victims, first, m, text);
                }
            } else if (same < 0) {
                same = fullerOrShorter(byFirstWord.getOrDefault(key.substring(0, key.indexOf(' ')), List.of()),
                        victims, first, m, key, text);
            }
            if (same >= 0) {
                victims.set(same, completed(victims.get(same), m));
                continue;
            }
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(victims.size());
            int space = key.indexOf(' ');
            if (space > 0) {
                byFirstWord.computeIfAbsent(key.substring(0, space), k -> new ArrayList<>()).add(victims.size());
                byLastWord.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>())
                        .add(victims.size());
            }
            first.add(m);
            victims.add(new NamedVictim(m.name(), m.outcome(), m.sex(), m.age(), m.group(), null, null,
                    DeathDate.of(text, m.start(), m.end()), m.start(), m.end(), null));
        }
        return victims;
    }

    /** The victim of {@code candidates} that {@code m} names again, or -1 when it is a namesake or new. */
    private static int samePerson(List<Integer> candidates, List<Mention> first, Mention m) {
        for (int k : candidates) {
            if (!namesakes(first.get(k), m)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether two mentions of one name are two people: the text relates them differently to the victims
     * ("والدهما خضر التلاوي وابن شقيقه خضر التلاوي"; "his children: …, Ibrahim" and "his nephew Ibrahim"),
     * or gives them different ages, or names a wounded relative after a person of that name was killed
     * ("X and his son Y were killed … the wounded son as X": nobody is wounded after being killed). A
     * different outcome alone is not enough: a headline's metaphor ("يفتحان جرح", open the wound of) names
     * the dead again beside a word of injury, and one wounded who died later is told wounded first.
     */
    static boolean namesakes(Mention a, Mention b) {
        return a.relation() != null && b.relation() != null && a.relation() != b.relation()
                || a.age() != null && b.age() != null && !a.age().equals(b.age())
                || a.outcome() == VictimOutcome.KILLED && b.outcome() == VictimOutcome.INJURED
                        && a.relation() == null && b.relation() != null;
    }

    /** The victim with the sex and age a later mention adds. */
    private static NamedVictim completed(NamedVictim v, Mention m) {
        boolean vague = v.group() == Group.PERSON && m.group() != Group.PERSON; // "الطفلة X" after a bare X
        if (!(v.age() == null && m.age() != null || v.sex() == null && m.sex() != null || vague)) {
            return v;
        }
        return new NamedVictim(v.name(), v.outcome(), v.sex() != null ? v.sex() : m.sex(),
                v.age() != null ? v.age() : m.age(), m.age() != null && v.age() == null || vague ? m.group() : v.group(),
                v.placeText(), v.placePcode(), v.date(), v.start(), v.end(), v.claim());
    }

    /**
     * The victim whose name this one writes with a part more or less, the first and last names alike: a
     * heading's "ميار طارق عز الدين" and the text's "ميار طارق إبراهيم عز الدين" (the grandfather's name
     * added) in a later sentence. -1 when none, or when the text tells them apart.
     */
    private static int fullerOrShorter(List<Integer> sameFirstWord, List<NamedVictim> victims, List<Mention> first,
            Mention m, String key, String text) {
        String[] words = key.split(" ");
        for (int k : sameFirstWord) {
            String[] other = key(victims.get(k).name()).split(" ");
            // within one sentence (a list) they are two people: "علاء غنيم، … وعلاء محمد غنيم"
            if (victims.get(k).outcome() == m.outcome() && !namesakes(first.get(k), m)
                    && sentenceBreakBetween(text, victims.get(k).end(), m.start())
                    && words[words.length - 1].equals(other[other.length - 1])
                    && (inOrder(words, other) || inOrder(other, words))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether every word of {@code shorter} is in {@code longer}, in the same order, and longer has more. */
    private static boolean inOrder(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) {
            return false;
        }
        int j = 0;
        for (String w : longer) {
            if (j < shorter.length && shorter[j].equals(w)) {
                j++;
            }
        }
        return j == shorter.length;
    }

    /** A one-word name in a later sentence that is the first name of a victim already read. */
    private static int firstNameOf(List<Integer> sameFirstWord, List<NamedVictim> victims, List<Mention> first,
            Mention m, String text) {
        for (int k : sameFirstWord) {
            if (victims.get(k).outcome() == m.outcome() && !namesakes(first.get(k), m)
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
