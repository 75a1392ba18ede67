package org.marsad.place.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.place.AdminLevel;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;

/**
 * The mentions {@code places bench} resolves, made from the gazetteer's own names in the shapes the press
 * writes them, so the measure needs no outside data and says what a day's reports cost: a town or village with
 * the prefixes and the area beside it (قرية X، بلدة X بريف إدلب، بX، "near X", "X, Idlib"), the Latin names in
 * the press's spellings rather than OCHA's (Tell for Tal, Ein for Ain, Kfar for Kafr, -a for -eh), the
 * countryside of a governorate (ريف حلب الشرقي, "eastern Aleppo countryside"), and about one mention in ten
 * that names no Syrian place (a place abroad, a given name, words of a sentence). Each mention carries the
 * p-code it was made from (null for those of no Syrian place), so the bench also says how many resolve to it.
 */
public final class BenchMentions {
    /** A mention and the p-code it was made from: a community's, a governorate's, or null for none. */
    public record Mention(String text, String pcode) {
    }

    /** Places abroad and words that name no place: what a batch of reports also holds. */
    private static final List<String> NO_SYRIAN_PLACE = List.of(
            "خان يونس", "Khan Younis", "Deir al-Balah", "الموصل", "Mosul", "بيروت", "Beirut", "صنعاء", "Sanaa",
            "Gaza City", "غزة", "Tyre", "Fallujah", "الفلوجة", "Hassan", "محمد", "Khaled", "under the rubble",
            "the eastern front", "مجهول", "a residential building", "Zor Shammar", "زور شمر");

    private static final String[] ARABIC = {
        "%s", "قرية %s", "بلدة %s بريف %s", "مدينة %s", "ب%s", "%s في ريف %s الجنوبي", "في %s", "ريف %s الشرقي"};
    private static final String[] LATIN = {
        "%s", "%s, %s", "near %s", "the village of %s in %s province", "eastern %s countryside", "%s", "%s city"};

    private BenchMentions() {
    }

    /** {@code count} mentions, the same for the same gazetteer; places taken in a shuffled order. */
    public static List<Mention> of(Gazetteer gazetteer, int count) {
        List<Place> communities = new ArrayList<>(gazetteer.at(AdminLevel.COMMUNITY));
        Random random = new Random(20261206L);
        java.util.Collections.shuffle(communities, random);
        List<Mention> mentions = new ArrayList<>(count);
        for (int i = 0; mentions.size() < count; i++) {
            if (i % 10 == 9) {
                mentions.add(new Mention(NO_SYRIAN_PLACE.get(random.nextInt(NO_SYRIAN_PLACE.size())), null));
                continue;
            }
            Place place = communities.get(i % communities.size());
            Place governorate = gazetteer.adm1(place.pcode()).orElse(place);
            boolean arabic = (i / 2) % 2 == 0;
            int shape = random.nextInt(arabic ? ARABIC.length : LATIN.length);
            mentions.add(arabic ? arabic(place, governorate, shape) : latin(place, governorate, shape));
        }
        return mentions;
    }

    private static Mention arabic(Place place, Place governorate, int shape) {
        String name = place.nameAr();
        String area = governorate.nameAr();
        return switch (shape) {
            case 2, 5 -> new Mention(String.format(ARABIC[shape], name, area), place.pcode());
            case 7 -> new Mention(String.format(ARABIC[shape], area), governorate.pcode());
            default -> new Mention(String.format(ARABIC[shape], name), place.pcode());
        };
    }

    private static Mention latin(Place place, Place governorate, int shape) {
        String name = place.nameEn();
        String area = governorate.nameEn();
        return switch (shape) {
            case 1, 3 -> new Mention(String.format(LATIN[shape], pressSpelling(name), area), place.pcode());
            case 4 -> new Mention(String.format(LATIN[shape], area), governorate.pcode());
            case 5 -> new Mention(pressSpelling(name), place.pcode());
            default -> new Mention(String.format(LATIN[shape], name), place.pcode());
        };
    }

    /**
     * An OCHA spelling as the press writes it: Tell for Tal, Ein for Ain, Kfar for Kafr, Khirbet for Kherbet,
     * Deir for Dair, the -eh ending as -a, the article hyphenated (Elhawa as al-Hawa). Unchanged when no rule
     * applies.
     */
    static String pressSpelling(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            w = switch (w) {
                case "Tal" -> "Tell";
                case "Ain" -> "Ein";
                case "Kafr" -> "Kfar";
                case "Kherbet" -> "Khirbet";
                case "Dair" -> "Deir";
                default -> w;
            };
            if (w.length() > 4 && w.endsWith("eh")) {
                w = w.substring(0, w.length() - 2) + "a";
            } else if (i > 0 && w.length() > 4 && w.startsWith("El") && Character.isLowerCase(w.charAt(2))) {
                w = "al-" + Character.toUpperCase(w.charAt(2)) + w.substring(3);
            }
            words[i] = w;
        }
        return String.join(" ", words);
    }
}
