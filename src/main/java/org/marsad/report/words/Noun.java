package org.marsad.report.words;

/**
 * A noun that figures count, with the forms number agreement needs. The dual and the accusative
 * singular are regular for these nouns and derived from the singular; the plural is given in the
 * genitive, the case it takes after 3–10 (ثلاثة مدنيين، ثلاث نساء). {@code gender} is the grammatical
 * gender of the singular, which decides the polarity of the number words (ثلاث ضحايا: ضحية is
 * feminine even when the victims are men).
 */
public record Noun(String singular, String plural, Gender gender, String english, String englishPlural) {

    public enum Gender { MASCULINE, FEMININE }

    /**
     * The derived dual and accusative hold for nouns ending in a consonant, yāʾ or tāʾ marbūṭa.
     * A noun ending in alif (ا), alif maqṣūra (ى) or hamza (ء) changes its stem in the dual (فتى:
     * فتيان), so it is refused rather than misspelled.
     */
    public Noun {
        char last = singular.charAt(singular.length() - 1);
        if (last == 'ا' || last == 'ى' || last == 'ء') {
            throw new IllegalArgumentException("the dual of " + singular + " is not derived by rule; not supported");
        }
    }

    public static final Noun CIVILIAN = new Noun("مدني", "مدنيين", Gender.MASCULINE, "civilian", "civilians");
    public static final Noun CHILD = new Noun("طفل", "أطفال", Gender.MASCULINE, "child", "children");
    /** imraʾa (امرأة), woman: its plural nisāʾ (نساء) is from another root. */
    public static final Noun WOMAN = new Noun("امرأة", "نساء", Gender.FEMININE, "woman", "women");
    public static final Noun MAN = new Noun("رجل", "رجال", Gender.MASCULINE, "man", "men");
    public static final Noun FIGHTER = new Noun("مقاتل", "مقاتلين", Gender.MASCULINE, "fighter", "fighters");
    public static final Noun PERSON = new Noun("شخص", "أشخاص", Gender.MASCULINE, "person", "people");
    /** ḍaḥiyya (ضحية), victim: grammatically feminine whoever the victims are. */
    public static final Noun VICTIM = new Noun("ضحية", "ضحايا", Gender.FEMININE, "victim", "victims");
    /** jarīḥ (جريح), wounded person. */
    public static final Noun WOUNDED = new Noun("جريح", "جرحى", Gender.MASCULINE, "wounded person", "wounded people");
    /** qatīl (قتيل), person killed. */
    public static final Noun KILLED = new Noun("قتيل", "قتلى", Gender.MASCULINE, "person killed", "people killed");
    /** muwāṭin (مواطن), citizen: SOHR's word for a civilian. */
    public static final Noun CITIZEN = new Noun("مواطن", "مواطنين", Gender.MASCULINE, "civilian", "civilians");
    /** muwāṭina (مواطنة), woman citizen: SOHR's word for an adult woman. */
    public static final Noun WOMAN_CITIZEN = new Noun("مواطنة", "مواطنات", Gender.FEMININE, "woman", "women");
    /** sayyida (سيدة), lady: a woman in many reports. */
    public static final Noun LADY = new Noun("سيدة", "سيدات", Gender.FEMININE, "woman", "women");

    private static final char TA_MARBUTA = 'ة';

    /** The noun that counts a group of the claims: مدني for civilians, طفل for children, شخص for persons. */
    public static Noun of(org.marsad.extract.Group g) {
        return switch (g) {
            case PERSON -> PERSON;
            case CIVILIAN -> CIVILIAN;
            case CHILD -> CHILD;
            case WOMAN -> WOMAN;
            case MAN -> MAN;
            case FIGHTER -> FIGHTER;
        };
    }

    /** The dual: مدنيان / مدنيين; a final tāʾ marbūṭa (ة) opens to ت: امرأتان / امرأتين. */
    String dual(Case grammaticalCase) {
        String stem = endsInTaMarbuta() ? singular.substring(0, singular.length() - 1) + 'ت' : singular;
        return stem + (grammaticalCase == Case.NOMINATIVE ? "ان" : "ين");
    }

    /** The accusative singular of 11–99: tanwīn with alif (مدنياً، طفلاً); a final ة takes none (امرأة). */
    String accusativeSingular() {
        return endsInTaMarbuta() ? singular : singular + "اً";
    }

    private boolean endsInTaMarbuta() {
        return singular.charAt(singular.length() - 1) == TA_MARBUTA;
    }
}
