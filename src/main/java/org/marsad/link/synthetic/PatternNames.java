package org.marsad.link.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Given names made by rule rather than taken from a table: roots of three consonants poured into the
 * patterns Arabic names are built on (فاعل as in Kamil, فعيل Karim, فعال Jamal, مفعول Mahmud, فعلان
 * Adnan; for women فعيلة, فاعلة, فعال), each with the Latin spellings a recorder would write. Most are
 * names few tables hold, some no one bears: lists are like that (a fifth of the Arabic given names of
 * the Airwars list, kinship words aside, are in no table of common names Marsad keeps), and a generator
 * that only draws from the linker's own tables measures a linker that knows every name.
 */
final class PatternNames {

    /** A pattern: the Arabic with 1, 2, 3 for the root's letters, and its Latin spellings likewise. */
    private record Pattern(String arabic, List<String> latin) {
    }

    private static final List<Pattern> MEN = List.of(
            new Pattern("1ا23", List.of("1a2i3", "1a2e3")),
            new Pattern("12ي3", List.of("1a2i3", "1a2ee3")),
            new Pattern("12ا3", List.of("1a2a3")),
            new Pattern("م12و3", List.of("Ma12ou3", "Ma12u3")),
            new Pattern("123ان", List.of("1a23an")));
    private static final List<Pattern> WOMEN = List.of(
            new Pattern("12ي3ة", List.of("1a2i3a", "1a2ee3a")),
            new Pattern("1ا23ة", List.of("1a2i3a", "1a2e3a")),
            new Pattern("12ا3", List.of("1a2a3")));

    /** Root letters with one usual Latin spelling each; ع, و, ي and hamza are left out, whose spellings vary most. */
    private static final String LETTERS = "بتجحخدرزسشصطغفقكلمنه";
    private static final List<String> LATIN = List.of("b", "t", "j", "h", "kh", "d", "r", "z", "s", "sh", "s", "t", "gh",
            "f", "q", "k", "l", "m", "n", "h");

    private PatternNames() {
    }

    /**
     * {@code count} distinct names of one sex, none of which {@code taken} accepts (the tables' names),
     * the same ones for the same seed.
     */
    static List<SyntheticNames.Entry> of(boolean men, int count, long seed, Predicate<String> taken) {
        Random random = new Random(seed);
        List<Pattern> patterns = men ? MEN : WOMEN;
        Set<String> made = new LinkedHashSet<>();
        List<SyntheticNames.Entry> names = new ArrayList<>(count);
        while (names.size() < count) {
            int[] root = {random.nextInt(LETTERS.length()), random.nextInt(LETTERS.length()),
                    random.nextInt(LETTERS.length())};
            if (root[0] == root[1] || root[1] == root[2]) {
                continue;
            }
            Pattern pattern = patterns.get(random.nextInt(patterns.size()));
            String arabic = filled(pattern.arabic(), root, true);
            if (taken.test(arabic) || !made.add(arabic)) {
                continue;
            }
            names.add(new SyntheticNames.Entry(arabic,
                    pattern.latin().stream().map(latin -> capitalized(filled(latin, root, false))).toList()));
        }
        return List.copyOf(names);
    }

    private static String filled(String pattern, int[] root, boolean arabic) {
        StringBuilder out = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c >= '1' && c <= '3') {
                int letter = root[c - '1'];
                out.append(arabic ? String.valueOf(LETTERS.charAt(letter)) : LATIN.get(letter));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
