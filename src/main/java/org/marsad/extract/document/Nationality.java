package org.marsad.extract.document;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.marsad.text.ArabicNormalizer;

/**
 * The nationalities (nisbas, نسبة) Arabic reports count and describe people by, each entered once as its bare
 * masculine singular (فلسطيني، filasṭīnī) with its plurals; every other form the extractor needs is derived
 * here: the accusative a number of 11 or more takes (فلسطينياً), the feminine (فلسطينية), the forms with the
 * article (الفلسطيني). All forms are returned normalized ({@link ArabicNormalizer}).
 */
public enum Nationality {
    PALESTINIAN("فلسطيني", "فلسطينيين", "فلسطينيون"),
    SYRIAN("سوري", "سوريين", "سوريون"),
    LEBANESE("لبناني", "لبنانيين", "لبنانيون"),
    IRAQI("عراقي", "عراقيين", "عراقيون"),
    YEMENI("يمني", "يمنيين", "يمنيون"),
    JORDANIAN("أردني", "أردنيين", "أردنيون"),
    EGYPTIAN("مصري", "مصريين", "مصريون"),
    TURKISH("تركي", "أتراك"),
    IRANIAN("إيراني", "إيرانيين", "إيرانيون"),
    AFGHAN("أفغاني", "أفغان"),
    SUDANESE("سوداني", "سودانيين", "سودانيون"),
    LIBYAN("ليبي", "ليبيين", "ليبيون"),
    KURDISH("كردي", "أكراد"),
    ISRAELI("إسرائيلي", "إسرائيليين", "إسرائيليون"),
    UKRAINIAN("أوكراني", "أوكرانيين", "أوكرانيون"),
    SOMALI("صومالي", "صوماليين", "صوماليون"),
    PAKISTANI("باكستاني", "باكستانيين", "باكستانيون");

    /**
     * Countries written like a nisba's accusative once its tanwin is dropped (سورياً → سوريا, Syria; تركيا،
     * ليبيا، أوكرانيا): there the accusative is not read as a person, since the country is far more often meant.
     */
    private static final Set<String> COUNTRIES_LIKE_ACCUSATIVE = normalized(Stream.of("سوريا", "تركيا", "ليبيا",
            "أوكرانيا", "روسيا"));

    /**
     * Nisbas that are also given or family names (مصري، تركي as in تركي الفيصل، كردي): without the article they
     * may continue or open a name, so they do not end one.
     */
    private static final Set<Nationality> ALSO_NAMES = Set.of(EGYPTIAN, TURKISH, KURDISH);

    private final String singular;
    private final List<String> plurals;

    Nationality(String singular, String... plurals) {
        this.singular = ArabicNormalizer.normalize(singular);
        this.plurals = Arrays.stream(plurals).map(ArabicNormalizer::normalize).toList();
    }

    /** The bare masculine singulars: "استشهاد فلسطيني" (the martyrdom of a Palestinian) counts one person. */
    public static Set<String> singulars() {
        return forms(n -> Stream.of(n.singular));
    }

    /** The plurals: "استشهاد 5 فلسطينيين", "أتراك" — persons counted by nationality. */
    public static Set<String> plurals() {
        return forms(n -> n.plurals.stream());
    }

    /**
     * The nominative duals, masculine and feminine: "استشهد فلسطينيان" (two Palestinians were martyred). The
     * genitive dual (فلسطينيين) is written as the plural without its vowels and stays with the plurals.
     */
    public static Set<String> duals() {
        return forms(n -> Stream.of(n.singular + "ان", n.singular + "تان"));
    }

    /**
     * The accusative singulars a number of 11 or more takes ("11 لبنانياً"), or an adjective after a noun
     * ("149 مواطناً فلسطينياً"); not where the form is spelled as a country (سورياً).
     */
    public static Set<String> accusatives() {
        return forms(n -> Stream.of(n.singular + "ا").filter(f -> !COUNTRIES_LIKE_ACCUSATIVE.contains(f)));
    }

    /** Whether the normalized word is a country written as a nisba's accusative without its tanwin (سوريا). */
    public static boolean isCountryLikeAccusative(String normalized) {
        return COUNTRIES_LIKE_ACCUSATIVE.contains(normalized);
    }

    /** Masculine and feminine with the article, as adjectives after a title: "الفتى الفلسطيني X". */
    public static Set<String> withArticle() {
        return forms(n -> Stream.of("ال" + n.singular, "ال" + n.singular + "ة"));
    }

    /**
     * Masculine and feminine without the article, as adjectives of an unnamed person ("استشهاد رضيعة فلسطينية")
     * that never continue a name; the nisbas that are names too are left out.
     */
    public static Set<String> bareAdjectives() {
        return forms(n -> ALSO_NAMES.contains(n) ? Stream.empty() : Stream.of(n.singular, n.singular + "ة"));
    }

    private static Set<String> forms(Function<Nationality, Stream<String>> form) {
        Set<String> out = new HashSet<>();
        for (Nationality n : values()) {
            form.apply(n).forEach(out::add);
        }
        return Set.copyOf(out);
    }

    private static Set<String> normalized(Stream<String> words) {
        Set<String> out = new HashSet<>();
        words.map(ArabicNormalizer::normalize).forEach(out::add);
        return Set.copyOf(out);
    }
}
