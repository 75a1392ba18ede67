package org.marsad.link;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consonant skeleton of a name token, meant to be the same for its Arabic spelling and its Latin
 * transliterations: محمد, Mohammad, Muhammad and Mohamed all become "mhmd"; محمود and Mahmoud become
 * "mhmwd". Arabic is romanized by ICU; both scripts are then reduced by the same rules, because Latin
 * spellings disagree mostly on short vowels, doubled letters and how to write one Arabic sound.
 */
final class Skeleton {

    private static final Transliterator ROMANIZE = Transliterator.getInstance("Any-Latin");
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");

    /** Romanizing is slow (tens of microseconds) while names repeat a lot, so skeletons are kept. */
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private static final char INITIAL_VOWEL = 'a';

    private Skeleton() {
    }

    /** The skeleton of a token made by {@link NameTokens}: folded Arabic or lower-case ASCII. */
    static String of(String token) {
        return CACHE.computeIfAbsent(token, Skeleton::compute);
    }

    /** The skeleton without the glides w and y, which Latin spellings write as vowels as often as not. */
    static String loose(String skeleton) {
        return skeleton.replace("w", "").replace("y", "");
    }

    private static String compute(String token) {
        return reduce(NameTokens.isArabicScript(token) ? romanize(token) : token);
    }

    /**
     * ICU writes the Arabic letters that Latin spells with two letters as letter + ẖ (ث tẖ, خ kẖ, ش sẖ,
     * ذ dẖ, غ gẖ), and ح as ḥ. Before folding to ASCII, every other h gets a separator, so that س + ه
     * is not read as the digraph sh. After t the h is dropped instead: Latin writes فتحي (Fatḥī) as
     * Fathi, the same letters as ث, so both sides reduce t + h to t.
     */
    private static String romanize(String arabic) {
        String latin;
        synchronized (ROMANIZE) {
            latin = Normalizer2.getNFCInstance().normalize(ROMANIZE.transliterate(arabic));
        }
        latin = latin.replace("tḥ", "t").replace("th", "t")
                .replace("h", "-h").replace("ḥ", "-h").replace("ẖ", "h");
        synchronized (TO_ASCII) {
            return TO_ASCII.transliterate(latin).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reduces a lower-case romanization: an initial vowel or ʿayn to one mark, digraphs to one sound,
     * letters Latin uses for one Arabic sound to one letter, long vowels written ou/oo and ee/ei/ai or a
     * final i to w and y as Arabic writes them, doubled letters to one, other vowels dropped, and a final
     * h dropped (ة and ه at the end are written h or not at all).
     */
    static String reduce(String latin) {
        StringBuilder sounds = new StringBuilder(latin.length());
        int i = 0;
        while (i < latin.length() && !Character.isLetter(latin.charAt(i)) && !isAyn(latin.charAt(i))) {
            i++;
        }
        if (i < latin.length() && (isAyn(latin.charAt(i)) || "aeiou".indexOf(latin.charAt(i)) >= 0)) {
            sounds.append(INITIAL_VOWEL);
            i++;
            while (i < latin.length() && "aeiou".indexOf(latin.charAt(i)) >= 0) {
                i++;
            }
        }
        for (; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : ' ';
            char sound = digraph(c, next);
            if (sound != 0) {
                i++;
            } else {
                sound = letter(c, next);
            }
            if (sound != 0 && (sounds.length() == 0 || sounds.charAt(sounds.length() - 1) != sound)) {
                sounds.append(sound);
            }
        }
        StringBuilder skeleton = new StringBuilder(sounds.length());
        for (int k = 0; k < sounds.length(); k++) {
            char c = sounds.charAt(k);
            if (k == 0 || "aeiou".indexOf(c) < 0) {
                skeleton.append(c);
            }
        }
        int last = skeleton.length() - 1;
        // only an h the spelling ends with: Yehia's h is the root letter ح, not a final ة
        if (last > 0 && skeleton.charAt(last) == 'h' && endsWithH(latin)) {
            skeleton.setLength(last);
        }
        return skeleton.toString();
    }

    private static boolean endsWithH(String latin) {
        for (int i = latin.length() - 1; i >= 0; i--) {
            char c = latin.charAt(i);
            if (Character.isLetter(c)) {
                return c == 'h';
            }
        }
        return false;
    }

    private static boolean isAyn(char c) {
        return c == 'ʿ' || c == 'ʾ';
    }

    /** One sound written with two Latin letters, as one letter; 0 when the two are not a digraph. */
    private static char digraph(char c, char next) {
        String pair = "" + c + next;
        return switch (pair) {
            case "sh", "ch" -> 'S';      // ش shīn: sh, or ch in French spellings (Chahine)
            case "kh" -> 'X';            // خ khāʾ
            case "th" -> 't';            // ث thāʾ: th, or t/s in spoken forms
            case "dh" -> 'd';            // ذ dhāl
            case "gh" -> 'j';            // غ ghayn: written gh or g, so with ج below
            case "ph" -> 'f';
            case "ou", "oo", "uu" -> 'w'; // long ū as و: Mahmoud
            case "ee", "ei", "ai", "ay", "ey", "ii" -> 'y'; // long ī as ي: Waleed, Hussein
            default -> 0;
        };
    }

    /** The sound class of a single Latin letter; 0 for anything that is not a letter. */
    private static char letter(char c, char next) {
        return switch (c) {
            case 'q', 'c', 'k', 'x' -> 'k'; // ق qāf and ك kāf: q, k, c
            case 'g', 'j' -> 'j';           // ج jīm: j, or g in Egyptian spellings (Gamal)
            case 'z' -> 's';                // ز zāy and ظ ẓāʾ: z, often s (Aziz, Osama)
            case 'v' -> 'f';
            case 'p' -> 'b';
            case 'i' -> Character.isLetter(next) ? c : 'y'; // a final i is a written ي: Sami, Ali
            default -> c >= 'a' && c <= 'z' ? c : 0;
        };
    }
}
