package org.marsad.link.blind;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The parts of the real Airwars names ({@code ../shared/data/real/airwars-gaza-victims.csv}), counted as
 * people bear them: given names by sex, the names fathers and grandfathers bear, family names counted once
 * a household (so that households drawn from them give each family its real share of the dead), the sizes
 * of the families killed together, the days of the incidents, and for each Arabic word the Latin spellings
 * the list's own English names give it.
 */
record RealNameParts(Weighted<String> menGiven, Weighted<String> womenGiven, Weighted<String> fathers,
                     Weighted<String> families, Weighted<Integer> householdSizes, Weighted<LocalDate> days,
                     double menShare, Map<String, Weighted<String>> latinOf) {

    static final Path FILE = Path.of("../shared/data/real/airwars-gaza-victims.csv");

    /** Rows that name a victim by kinship ("أخت رامز", "زوجته") or by a kunya are not names to draw parts from. */
    private static final Set<String> KINSHIP = Set.of("زوجة", "زوجته", "زوج", "طفل", "طفلة", "ابن", "ابنه", "ابنة",
            "ابنته", "بنت", "أم", "ام", "اخت", "أخت", "اخته", "أخته", "اخو", "أخو", "اخ", "أخ", "شقيق", "شقيقة",
            "شقيقه", "والد", "والدة", "والده", "حفيد", "حفيدة", "حفيده", "مجهول", "مجهولة", "جنين", "رضيع", "رضيعة",
            "عائلة", "عائله", "بيت", "آل", "نجل", "نجلة", "أرملة", "ارملة");
    /** A kunya (أبو X, "father of X") opens no given name; ال opens none but آلاء's everyday spelling. */
    private static final Set<String> KUNYA = Set.of("أبو", "ابو");
    /** Honorifics written before a name (al-Hajj, Mrs., Sheikh, Dr.): not part of it. */
    private static final Set<String> TITLES = Set.of("الحج", "الحاج", "الحاجة", "السيدة", "السيد", "الشيخ", "الدكتور",
            "الدكتورة", "د", "المهندس", "المهندسة", "الطفل", "الطفلة", "الشهيد", "الشهيدة", "الصحفي", "الصحفية");
    private static final Set<String> LATIN_TITLES = Set.of("hajj", "haj", "mrs", "mr", "dr", "sheikh", "eng", "ms");
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u064A]+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    /** Households larger than this are extended families over several homes; drawn, they would be one home. */
    private static final int LARGEST_HOUSEHOLD = 14;

    static boolean present() {
        return Files.exists(FILE);
    }

    static RealNameParts read() throws IOException {
        Map<String, Integer> men = new TreeMap<>();
        Map<String, Integer> women = new TreeMap<>();
        Map<String, Integer> fathers = new TreeMap<>();
        Map<String, Integer> families = new TreeMap<>();
        Map<String, Integer> familyOfHousehold = new HashMap<>();
        Map<String, Integer> householdSize = new HashMap<>();
        Map<LocalDate, Integer> days = new TreeMap<>();
        Map<String, Map<String, Integer>> latin = new TreeMap<>();
        int male = 0;
        int female = 0;
        try (Reader in = Files.newBufferedReader(FILE)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String household = row.get("family_id").isBlank()
                        ? row.get("incident_id") + "#" + row.get("victim_id")
                        : row.get("incident_id") + "/" + row.get("family_id");
                householdSize.merge(household, 1, Integer::sum);
                days.merge(LocalDate.parse(row.get("incident_date")), 1, Integer::sum);
                List<String> words = arabicWords(row.get("name_ar"));
                if (words == null) {
                    continue;
                }
                alignLatin(words, row.get("name_en"), latin);
                List<String> parts = NameParts.join(words);
                if (parts.size() < 2) {
                    continue;
                }
                String gender = row.get("gender");
                if ("m".equals(gender)) {
                    men.merge(parts.get(0), 1, Integer::sum);
                    male++;
                } else if ("f".equals(gender)) {
                    women.merge(parts.get(0), 1, Integer::sum);
                    female++;
                }
                for (int i = 1; i < Math.min(parts.size() - 1, 3); i++) {
                    // a family name written before the fathers' (الكجك, أبو وطفة: a clan's branch) is no father
                    if (!parts.get(i).startsWith("ال") && !KUNYA.contains(parts.get(i).split(" ")[0])) {
                        fathers.merge(parts.get(i), 1, Integer::sum);
                    }
                }
                String family = parts.get(parts.size() - 1);
                if (familyOfHousehold.putIfAbsent(household + "|" + family, 1) == null) {
                    families.merge(family, 1, Integer::sum);
                }
            }
        }
        Map<Integer, Integer> sizes = new TreeMap<>();
        householdSize.values().forEach(n -> sizes.merge(Math.min(n, LARGEST_HOUSEHOLD), 1, Integer::sum));
        Map<String, Weighted<String>> latinOf = new HashMap<>();
        latin.forEach((word, spellings) -> latinOf.put(word, new Weighted<>(spellings)));
        return new RealNameParts(new Weighted<>(men), new Weighted<>(women), new Weighted<>(fathers),
                new Weighted<>(families), new Weighted<>(sizes), new Weighted<>(days),
                (double) male / (male + female), latinOf);
    }

    /** The Arabic words of a name with titles left out; null for a name by kinship, a kunya or with notes. */
    private static List<String> arabicWords(String name) {
        if (name.isBlank() || name.matches(".*[()`.،/\\-0-9'].*")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            if (!ARABIC_WORD.matcher(w).matches()) {
                return null;
            }
            if (words.isEmpty() && TITLES.contains(w)) {
                continue;
            }
            words.add(w);
        }
        if (words.isEmpty() || words.stream().anyMatch(KINSHIP::contains) || KUNYA.contains(words.get(0))
                || words.get(0).startsWith("ال") && !words.get(0).equals("الاء")) {
            return null;
        }
        return words;
    }

    /**
     * Where the English name has as many words as the Arabic (titles aside, "Al Najjar" one word), the
     * words are read as each other's spellings, when they begin alike: a word counted out of step is
     * dropped rather than taught as a spelling.
     */
    private static void alignLatin(List<String> arabic, String english, Map<String, Map<String, Integer>> latin) {
        if (english.isBlank() || english.matches(".*[()`.,/0-9].*|(?i).*\\b(of|son|daughter|wife|child)\\b.*")) {
            return;
        }
        List<String> words = new ArrayList<>();
        String[] raw = english.trim().split("\\s+");
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (!LATIN_WORD.matcher(w).matches()) {
                return;
            }
            if (words.isEmpty() && LATIN_TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if ((w.equals("Al") || w.equals("El")) && i + 1 < raw.length) {
                w = w + " " + raw[++i];
            }
            words.add(w);
        }
        if (words.size() != arabic.size()) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            if (InitialSounds.agree(arabic.get(i), words.get(i))) {
                latin.computeIfAbsent(arabic.get(i), k -> new TreeMap<>()).merge(words.get(i), 1, Integer::sum);
            }
        }
    }
}
