package org.marsad.link.blind;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The ways one Arabic spelling of a name becomes another on another list: slips of the hand in a given
 * name, and the spellings Arabic allows (ال, عبد, ة/ه, ى/ي, hamza). Each returns its input unchanged
 * when there is nothing to change, so the caller knows whether a phenomenon was applied.
 */
final class Spellings {
    /** Letters told apart by their dots only: misread from handwriting, retyped wrong. */
    private static final List<String> DOTTED_ALIKE = List.of("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق");
    /** The rows of the Arabic keyboard: a key struck beside the one meant. */
    private static final List<String> ARABIC_KEYS = List.of("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرلاىةوزظ");
    private static final List<String> LATIN_KEYS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm");

    private Spellings() {
    }

    /** A letter dropped, written twice or replaced, in the last word of a given name of three letters or more. */
    static String slip(String given, boolean latin, SplittableRandom random) {
        int space = given.lastIndexOf(' ');
        String head = given.substring(0, space + 1);
        String word = given.substring(space + 1);
        if (word.length() < 3) {
            return given;
        }
        int at = random.nextInt(word.length());
        String slipped = switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at + 1) + word.substring(at);
            default -> replaced(word, at, latin, random);
        };
        if (latin && at == 0 && !slipped.isEmpty()) {
            slipped = Character.toUpperCase(slipped.charAt(0)) + slipped.substring(1);
        }
        return head + slipped;
    }

    private static String replaced(String word, int at, boolean latin, SplittableRandom random) {
        char c = Character.toLowerCase(word.charAt(at));
        String by = null;
        if (!latin) {
            for (String group : DOTTED_ALIKE) {
                if (group.indexOf(c) >= 0 && random.nextBoolean()) {
                    by = group.replace(String.valueOf(c), "");
                }
            }
        }
        if (by == null) {
            by = neighbours(c, latin ? LATIN_KEYS : ARABIC_KEYS);
        }
        if (by.isEmpty()) {
            return word.substring(0, at) + word.substring(at + 1);
        }
        return word.substring(0, at) + by.charAt(random.nextInt(by.length())) + word.substring(at + 1);
    }

    private static String neighbours(char c, List<String> rows) {
        for (String row : rows) {
            int i = row.indexOf(c);
            if (i >= 0) {
                String before = i > 0 ? row.substring(i - 1, i) : "";
                return before + (i + 1 < row.length() ? row.substring(i + 1, i + 2) : "");
            }
        }
        return "";
    }

    /** الخضر → خضر. */
    static String articleDropped(String family) {
        return family.startsWith("ال") && family.length() > 4 && !family.contains(" ") ? family.substring(2) : family;
    }

    /** عبد الله ↔ عبدالله. */
    static String abdSpacing(String part) {
        if (part.startsWith("عبد ")) {
            return "عبد" + part.substring(4);
        }
        if (part.startsWith("عبد") && part.length() > 4) {
            return "عبد " + part.substring(3);
        }
        return part;
    }

    /** Every word-final ة as ه. */
    static String taMarbuta(String name) {
        return name.replaceAll("ة(?=\\s|$)", "ه");
    }

    /** Every word-final ى as ي; a name with none has its final ي written ى instead. */
    static String alefMaqsura(String name) {
        String changed = name.replaceAll("ى(?=\\s|$)", "ي");
        return changed.equals(name) ? name.replaceAll("(?<=\\S\\S)ي(?=\\s|$)", "ى") : changed;
    }

    /** Hamza left off word-initial alefs (أحمد → احمد, إبراهيم → ابراهيم) and off ؤ, ئ; a name with none gets one. */
    static String hamza(String name) {
        String changed = name.replaceAll("(?<=^|\\s)[أإآ]", "ا").replace('ؤ', 'و').replace('ئ', 'ي');
        return changed.equals(name) ? name.replaceAll("(?<=^|\\s)ا(?!ل)", "أ") : changed;
    }
}
