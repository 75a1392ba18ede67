package org.marsad.link.name;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consonant skeleton of a name token, meant to be the same for its Arabic spelling and its Latin
 * transliterations: محمد, Mohammad, Muhammad and Mohamed all become "mhmd"; محمود and Mahmoud become
 * "mhmwd". Arabic is romanized by ICU; both scripts are then reduced by the same rules, because Latin
 * spellings disagree mostly on short vowels, doubled letters and how to write one Arabic sound.
 */
public final class Skeleton {

    private static final Transliterator ROMANIZE = Transliterator.getInstance("Any-Latin");
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");

    /** Romanizing is slow (tens of microseconds) while names repeat a lot, so skeletons are kept. */
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private static final char INITIAL_VOWEL = 'a';

    private Skeleton() {
    }

    /**
     * The skeleton of a token made by {@link NameTokens} (folded Arabic or lower-case ASCII), without a
     * final h: ة and ه at the end are written h or not at all (Fatima, Fatimah), and Latin ends Samiha,
     * Maha or Taha with a vowel after the h that Arabic ends with.
     */
    static String of(String token) {
        return withoutFinalH(common(sounds(token)));
    }

    /**
     * The skeleton of a Latin token with h read as a letter of its own after d, s, k, g and t: a
     * romanization that writes no short vowels puts two Arabic letters side by side where a digraph would
     * be read (Dhdwh is دحدوح, Mdhwn مدهون, Mshhrawy مشهراوي); null when the token has no such pair.
     */
    static String ofLettersApart(String latinToken) {
        if (latinToken.indexOf('h') < 1) {
            return null;
        }
        String apart = H_AFTER_CONSONANT.matcher(latinToken).replaceAll("$1-h");
        return apart.equals(latinToken) ? null : of(apart);
    }

    private static final java.util.regex.Pattern H_AFTER_CONSONANT = java.util.regex.Pattern.compile("([dskgt])h");

    /**
     * The skeleton without the glides w and y, which Latin spellings write as vowels as often as not,
     * and then without a final h: Noha and نهى (nhy) meet as "n".
     */
    public static String loose(String token) {
        return withoutFinalH(common(sounds(token)).replace("w", "").replace("y", ""));
    }

    /**
     * The loose skeleton without the h that Latin writes or leaves out after t, d, s, k and g (Tahani and
     * تهاني, Adham and أدهم, Ishaq and إسحاق, where the Latin pair th, dh, sh is two Arabic letters),
     * sh and kh as s and k, and the Arabic interdentals kept apart: T for ث, Z for ذ and ظ, which
     * {@link #samePlain} lets Latin write in more than one way.
     */
    static String plain(String token) {
        String loose = withoutFinalH(sounds(token).replace("w", "").replace("y", ""));
        StringBuilder plain = new StringBuilder(loose.length());
        for (int i = 0; i < loose.length(); i++) {
            char c = switch (loose.charAt(i)) {
                case 'S' -> 's';
                case 'X' -> 'k';
                default -> loose.charAt(i);
            };
            char previous = plain.isEmpty() ? ' ' : plain.charAt(plain.length() - 1);
            if (c == previous || c == 'h' && "tdskjTZ".indexOf(previous) >= 0) {
                continue;
            }
            plain.append(c);
        }
        return plain.toString();
    }

    /**
     * Whether a Latin plain skeleton spells an Arabic one, letter by letter, where Latin writes ث as th
     * or s (Othman, Osman) and ذ or ظ as z, th, dh or d (Moaz, Muath, Munther, Dhaher).
     */
    static boolean samePlain(String latin, String arabic) {
        if (latin.length() != arabic.length()) {
            return false;
        }
        for (int i = 0; i < latin.length(); i++) {
            char l = latin.charAt(i);
            char a = arabic.charAt(i);
            boolean same = l == a || a == 'T' && (l == 't' || l == 's') || a == 'Z' && "zsdt".indexOf(l) >= 0;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The sounds with ث read as t and ذ, ظ as z, as Latin writes them most. */
    private static String common(String sounds) {
        return sounds.replace('T', 't').replace('Z', 'z');
    }

    private static String withoutFinalH(String sounds) {
        int last = sounds.length() - 1;
        return last > 0 && sounds.charAt(last) == 'h' ? sounds.substring(0, last) : sounds;
    }

    /** The consonants of a token, a final h included. */
    private static String sounds(String token) {
        return CACHE.computeIfAbsent(token, Skeleton::compute);
    }

    private static String compute(String token) {
        if (NameTokens.isArabicScript(token)) {
            token = withoutTaMarbutaBeforeAllah(token);
            // a final ة/ه is left out before romanizing, so the ح of سميحة is not taken for it; طه keeps its ه
            boolean finalH = token.length() >= 3 && token.endsWith("ه");
            return reduce(romanize(finalH ? token.substring(0, token.length() - 1) : token));
        }
        return reduce(token);
    }

    /** الله written after a first half ending in ة, folded ه. */
    private static final String TA_MARBUTA_ALLAH = "\u0647\u0627\u0644\u0644\u0647";

    /**
     * A compound name whose first half ends in ة before الله (منة الله, هبة الله, نعمة الله, joined by the
     * tokens as منهالله) without the ة: Latin writes Menna Allah or Mennaallah, the ة as a vowel, while the
     * skeleton read the folded ه inside the word as a letter (mnhl beside mnl; three rows of the real names).
     * Mennatallah, with the ة as t, is read as a slip of one letter as before.
     */
    static String withoutTaMarbutaBeforeAllah(String arabic) {
        return arabic.length() > TA_MARBUTA_ALLAH.length() + 1 && arabic.endsWith(TA_MARBUTA_ALLAH)
                ? arabic.substring(0, arabic.length() - TA_MARBUTA_ALLAH.length()) + arabic.substring(arabic.length() - 4)
                : arabic;
    }

    /**
     * ICU writes the Arabic letters that Latin spells with two letters as letter + ẖ (ث tẖ, خ kẖ, ش sẖ,
     * ذ dẖ, غ gẖ), and ح as ḥ. Before folding to ASCII, every other h gets a separator, so that س + ه
     * is not read as the digraph sh. After t the h is dropped instead: Latin writes فتحي (Fatḥī) as
     * Fathi, the same letters as ث, so both sides reduce t + h to t. ث is marked T, ذ and ظ Z: Latin
     * writes them in more than one way ({@link #samePlain}).
     */
    static String romanize(String arabic) {
        String latin;
        synchronized (ROMANIZE) {
            latin = Normalizer2.getNFCInstance().normalize(ROMANIZE.transliterate(arabic));
        }
        latin = latin.replace("dẖ", "Z").replace("ẓ", "Z").replace("tẖ", "T").replace("tḥ", "t").replace("th", "t")
                .replace("h", "-h").replace("ḥ", "-h").replace("ẖ", "h");
        synchronized (TO_ASCII) {
            return TO_ASCII.transliterate(latin);
        }
    }

    /**
     * Reduces a lower-case romanization: an initial vowel or ʿayn to one mark, digraphs to one sound,
     * letters Latin uses for one Arabic sound to one letter, long vowels written ou/oo and ee/ei/ai or a
     * final i to w and y as Arabic writes them, doubled letters to one, other vowels dropped.
     */
    static String reduce(String latin) {
        StringBuilder sounds = soundsOf(latin);
        StringBuilder skeleton = new StringBuilder(sounds.length());
        for (int k = 0; k < sounds.length(); k++) {
            char c = sounds.charAt(k);
            if (k == 0 || "aeiou".indexOf(c) < 0) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /**
     * A Latin token's skeleton with its short vowels kept as marks where they stand: U for o or u, I for
     * i or e, A for a. Tells Mahmud (mAhmUd), which writes the و of محمود as u, from Muhammad
     * (mUhAmmAd), which has a where محمود has و. Without the final h, as {@link #of}.
     */
    static String vowelled(String latinToken) {
        StringBuilder sounds = soundsOf(latinToken);
        StringBuilder marked = new StringBuilder(sounds.length() + 1);
        for (int k = 0; k < sounds.length(); k++) {
            char c = sounds.charAt(k);
            if (k == 0 || "aeiou".indexOf(c) < 0) {
                marked.append(c);
                if (k == 0 && c == INITIAL_VOWEL) {
                    // the initial vowels were folded to one mark: Iman and Issa open with ي, Odeh with و
                    char first = initialVowelMark(latinToken);
                    if (first != 0) {
                        marked.append(first);
                    }
                }
                continue;
            }
            char mark = c == 'o' || c == 'u' ? 'U' : c == 'a' ? 'A' : 'I';
            if (marked.charAt(marked.length() - 1) != mark) {
                marked.append(mark);
            }
        }
        return common(marked.toString());
    }

    private static char initialVowelMark(String latin) {
        for (int i = 0; i < latin.length() && "aeiou".indexOf(latin.charAt(i)) >= 0; i++) {
            char c = latin.charAt(i);
            if (c == 'i' || c == 'e') {
                return 'I';
            }
            if (c == 'o' || c == 'u') {
                return 'U';
            }
        }
        return 0;
    }

    private static StringBuilder soundsOf(String latin) {
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
                sound = letter(latin, i);
            }
            if (isAyn(c)) {
                // ʿayn inside a name is written as a vowel or an apostrophe, or not at all, but it
                // keeps the letters around it apart: معمر is Muammar, not Mamar
                sound = 'e';
            }
            if (sound != 0 && (sounds.length() == 0 || sounds.charAt(sounds.length() - 1) != sound)) {
                sounds.append(sound);
            }
        }
        return sounds;
    }

    private static boolean endsWithA(String latin, int from) {
        String rest = latin.substring(from);
        return rest.equals("a") || rest.equals("ah");
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
    private static char letter(String latin, int i) {
        char c = latin.charAt(i);
        char next = i + 1 < latin.length() ? latin.charAt(i + 1) : ' ';
        return switch (c) {
            case 'c' -> "eiy".indexOf(next) >= 0 ? 's' : 'k'; // Celine, Nancy, Cyrine: س
            case 'q', 'k', 'x' -> 'k'; // ق qāf and ك kāf: q, k, c
            case 'g', 'j' -> 'j';           // ج jīm: j, or g in Egyptian spellings (Gamal)
            case 'z' -> 'z';                // ز zāy, and ظ as romanized: z (Aziz, Hafez); kept apart from s, or Ziyad were سعيد
            case 'v' -> 'f';
            case 'p' -> 'b';
            case 'i' -> Character.isLetter(next) && !endsWithA(latin, i + 1) ? c : 'y'; // a final i is ي: Sami; and Nadia ends in ي + ة
            case 'T', 'Z' -> c;             // ث, and ذ or ظ, marked by romanize
            default -> c >= 'a' && c <= 'z' ? c : 0;
        };
    }
}
