package org.marsad.link.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.marsad.link.LabelledVictim;
import org.marsad.link.VictimRecord;

/**
 * Lists with what neither {@link HarshLists} nor the second-hand generator writes: a list that came back
 * into Arabic through English, and dates and ages written another way. Built on {@link HarshLists} with
 * five lists, whose fifth is in Latin script; here that fifth list is retyped in Arabic by someone who
 * never saw the names in Arabic (double transliteration: بلال القاسم → "Bilal Al-Qasem" → بيلال القاسيم).
 * Its rates, on top of {@link HarshLists}':
 * <ul>
 *   <li>the fifth list, all of it: each Latin word written back letter by letter: a short vowel as its long
 *       letter (a ا, e and i ي, o and u و) half of the time and left out otherwise, a final a as ة, ا or ه,
 *       h as ه (ح is lost) in 70% of the words and as ح in the others, ص ط ض ظ as س ت د ز (the Latin has
 *       no emphatic letters), ع lost, doubled letters once, al- as ال, Abd and Abu as عبد and أبو; its
 *       places written back the same way;</li>
 *   <li>every list: 5% of the dates whose day is 12 or less written with day and month swapped (2024-03-07
 *       for 2024-07-03, as a day-first list read month-first); 15% of the ages given as the year of death
 *       less a year of birth (the age, or a year more for one whose birthday had not come).</li>
 * </ul>
 * The same seed gives the same records.
 */
public final class RetypedLists {

    private static final int LISTS = 5;
    private static final double SHORT_VOWEL_WRITTEN = 0.5;
    private static final double H_AS_HA = 0.7;
    private static final double DAY_MONTH_SWAPPED = 0.05;
    private static final double AGE_FROM_BIRTH_YEAR = 0.15;

    /** The Arabic letters of each Latin consonant, and of the two-letter sounds, as one who knows no Arabic writes them. */
    private static final Map<String, String> CONSONANTS = Map.ofEntries(
            Map.entry("sh", "ش"), Map.entry("ch", "ش"), Map.entry("kh", "خ"), Map.entry("th", "ث"), Map.entry("dh", "ذ"),
            Map.entry("gh", "غ"), Map.entry("b", "ب"), Map.entry("p", "ب"), Map.entry("t", "ت"), Map.entry("j", "ج"),
            Map.entry("g", "ج"), Map.entry("d", "د"), Map.entry("r", "ر"), Map.entry("z", "ز"), Map.entry("s", "س"),
            Map.entry("f", "ف"), Map.entry("v", "ف"), Map.entry("q", "ق"), Map.entry("k", "ك"), Map.entry("c", "ك"),
            Map.entry("l", "ل"), Map.entry("m", "م"), Map.entry("n", "ن"), Map.entry("w", "و"), Map.entry("y", "ي"),
            Map.entry("x", "كس"));

    private final Random random;

    private RetypedLists(long seed) {
        this.random = new Random(seed ^ 0x5EED_0F_BAC4L);
    }

    /** Records of {@code people} persons over five lists named list-1 … list-5, all in Arabic script. */
    public static List<LabelledVictim> generate(int people, long seed) {
        RetypedLists retyping = new RetypedLists(seed);
        List<LabelledVictim> out = new ArrayList<>();
        for (LabelledVictim victim : HarshLists.generate(people, LISTS, seed)) {
            out.add(new LabelledVictim(retyping.retyped(victim.record()), victim.person()));
        }
        return out;
    }

    private VictimRecord retyped(VictimRecord r) {
        boolean backInArabic = r.source().equals("list-" + LISTS);
        String name = backInArabic ? backTransliterated(r.name()) : r.name();
        String place = backInArabic && r.place() != null ? backTransliterated(r.place()) : r.place();
        LocalDate date = r.date();
        if (date != null && date.getDayOfMonth() <= 12 && random.nextDouble() < DAY_MONTH_SWAPPED) {
            date = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        }
        Integer age = r.age();
        if (age != null && random.nextDouble() < AGE_FROM_BIRTH_YEAR) {
            age = age + (random.nextBoolean() ? 1 : 0);
        }
        return new VictimRecord(r.id(), name, r.source(), r.sex(), age, date, place, r.status());
    }

    /** A Latin name written back in Arabic letters word by word, its particles as Arabic writes them. */
    String backTransliterated(String latin) {
        List<String> words = new ArrayList<>();
        String pendingArticle = "";
        for (String written : latin.trim().split("\\s+")) {
            String word = written.toLowerCase(Locale.ROOT).replace("'", "");
            if (word.equals("al") || word.equals("el")) {
                pendingArticle = "ال";
                continue;
            }
            StringBuilder arabic = new StringBuilder(pendingArticle);
            pendingArticle = "";
            String rest = word;
            if (rest.matches("all?a?h")) {
                words.add("الله");
                continue;
            }
            if (rest.matches("abd(ul|el|al)?")) {
                words.add("عبد");
                pendingArticle = rest.length() > 3 ? "ال" : "";
                continue;
            }
            if (rest.startsWith("abu") && rest.length() > 3) {
                words.add("أبو");
                rest = stripHyphen(rest.substring(3));
            } else if (rest.equals("abu")) {
                words.add("أبو");
                continue;
            } else if (rest.matches("abd(ul|el|al)?-?(al-|el-)?.+") && !rest.matches("abd(u|e|a)?ll?ah")) {
                words.add("عبد");
                rest = rest.replaceFirst("^abd(ul|el|al)?-?(al-|el-)?", "");
                arabic.append("ال");
            } else if (rest.matches("abd(u|e|a)?ll?ah")) {
                words.add("عبد");
                words.add("الله");
                continue;
            }
            if (rest.matches("(al|el)-.+")) {
                arabic.append("ال");
                rest = rest.substring(3);
            }
            arabic.append(letters(rest.replace("-", "")));
            words.add(arabic.toString());
        }
        return String.join(" ", words);
    }

    private static String stripHyphen(String word) {
        return word.startsWith("-") ? word.substring(1) : word;
    }

    /** One Latin word's letters in Arabic letters. */
    private String letters(String word) {
        boolean haAsHa = random.nextDouble() >= H_AS_HA;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            String pair = i + 1 < word.length() ? word.substring(i, i + 2) : "";
            boolean first = i == 0;
            boolean last = i == word.length() - 1;
            if (pair.equals("ou") || pair.equals("oo") || pair.equals("uu")) {
                out.append(first ? "او" : "و");
                i += 2;
            } else if (pair.equals("ee") || pair.equals("ei") || pair.equals("ii")) {
                out.append(first ? "اي" : "ي");
                i += 2;
            } else if (pair.equals("ai") || pair.equals("ay")) {
                out.append(first ? "اي" : "اي");
                i += 2;
            } else if (CONSONANTS.containsKey(pair)) {
                out.append(CONSONANTS.get(pair));
                i += 2;
            } else if (c == 'a' && last && i > 0 || pair.equals("ah") && i + 2 == word.length() && i > 0) {
                double ending = random.nextDouble();
                out.append(ending < 0.5 ? "ة" : ending < 0.8 ? "ا" : "ه");
                i = word.length();
            } else if ("aeiou".indexOf(c) >= 0) {
                if (first) {
                    out.append(c == 'i' || c == 'e' ? "إ" : c == 'a' && random.nextBoolean() ? "أ" : "ا");
                } else if (last && (c == 'i' || c == 'e' || c == 'y')) {
                    out.append(c == 'e' && random.nextBoolean() ? "" : "ي");
                } else if (random.nextDouble() < SHORT_VOWEL_WRITTEN) {
                    out.append(c == 'a' ? "ا" : c == 'o' || c == 'u' ? "و" : "ي");
                }
                i++;
            } else if (c == 'h') {
                out.append(haAsHa ? "ح" : "ه");
                i++;
            } else {
                String letter = CONSONANTS.getOrDefault(String.valueOf(c), "");
                // a doubled Latin letter is one Arabic letter under a shadda, which lists leave out
                if (!(letter.length() == 1 && out.length() > 0 && out.charAt(out.length() - 1) == letter.charAt(0)
                        && i > 0 && word.charAt(i - 1) == c)) {
                    out.append(letter);
                }
                i++;
            }
        }
        return out.toString();
    }
}
