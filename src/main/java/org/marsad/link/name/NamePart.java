package org.marsad.link.name;

import java.util.List;

/**
 * One part of a name (given, father's, grandfather's or family name, or a place): its folded spelling,
 * compared within one script, and its consonant {@link Skeleton}, compared across scripts.
 *
 * @param looseSkeleton the skeleton without w and y ({@link Skeleton#loose})
 * @param plainSkeleton the loose skeleton without the h Latin may or may not write after t, d, s, k, g
 *                      ({@link Skeleton#plain})
 * @param count how often this spelling occurs in the records being linked ({@link NameLexicon})
 * @param vowelled      for a Latin spelling, its skeleton with its short vowels marked ({@link Skeleton#vowelled});
 *                      for an Arabic one, its skeleton
 * @param kinship       whether the spelling is a kinship token ({@link NameTokens#isKinship}), kept so that
 *                      the comparisons of every pair need not look it up
 * @param arabicReading for a Latin spelling, how often the commonest Arabic spelling with its skeleton
 *                      occurs in the records (0 for an Arabic spelling)
 * @param meant         the loose skeletons of the far commoner names this spelling may be a slip for
 *                      ({@link NameLexicon#likelyMeant}), most often none; blocking reads them beside its own
 * @param slipOf        for an Arabic spelling that is no name, the names it may be a slip for
 *                      ({@link NameLexicon#slipOf}), most often none
 * @param slipParts     the parts of {@code slipOf}, made once: comparing read them for every pair of two
 *                      scripts, and looking each up there was a twentieth of the comparing step (JFR, 100,000
 *                      people)
 * @param lettersApart  for a Latin spelling, its skeleton with an h after d, s, k, g or t read as a letter
 *                      of its own ({@link Skeleton#ofLettersApart}), or null; kept here because comparing
 *                      read it for every pair of two scripts, and computing it there took a third of the
 *                      comparing step at 50,000 people
 * @param retyped       for an Arabic spelling, whether it is written only in lists whose names came back
 *                      from Latin ({@link BackFromLatinLists}), which {@link BackFromLatin} reads as Latin
 *                      however often it is written, and whether it may lack a long vowel
 */
public record NamePart(String spelling, String skeleton, String looseSkeleton, String plainSkeleton, String vowelled,
                boolean arabic, boolean kinship, int count, int arabicReading, List<String> meant,
                List<String> slipOf, String lettersApart, List<NamePart> slipParts, Retyping retyped) {

    /** The part of a folded spelling that occurs {@code count} times. */
    NamePart(String spelling, int count, int arabicReading) {
        this(spelling, count, arabicReading, List.of(), List.of());
    }

    /**
     * The part of a folded spelling that occurs {@code count} times, is likely a slip for {@code meant}
     * (blocking) and may be a slip of the names {@code slipOf} (comparing).
     */
    NamePart(String spelling, int count, int arabicReading, List<String> meant, List<String> slipOf) {
        this(spelling, count, arabicReading, meant, slipOf, Retyping.NONE);
    }

    /** As above, for a spelling that may be written only in lists back from Latin ({@code retyped}). */
    NamePart(String spelling, int count, int arabicReading, List<String> meant, List<String> slipOf, Retyping retyped) {
        this(spelling, Skeleton.of(spelling), Skeleton.loose(spelling), Skeleton.plain(spelling),
                NameTokens.isArabicScript(spelling) ? Skeleton.of(spelling) : Skeleton.vowelled(spelling),
                NameTokens.isArabicScript(spelling), NameTokens.isKinship(spelling), count, arabicReading, meant,
                slipOf, NameTokens.isArabicScript(spelling) ? null : Skeleton.ofLettersApart(spelling),
                slipOf.stream().map(NamePart::of).toList(), retyped);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, NamePart> BARE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The part of a folded spelling outside any list of records (counts 0, no slips): what a slip was
     * meant to be ({@link #slipOf}), to read its skeleton and long vowels. Kept, as slips repeat.
     */
    public static NamePart of(String spelling) {
        return BARE.computeIfAbsent(spelling, s -> new NamePart(s, 0, 0));
    }

    /**
     * Whether a Latin spelling reads as an Arabic name of the records (its skeleton is that of an Arabic
     * spelling seen often): Mahmoud reads as محمود, so it is not a loose spelling of محمد.
     */
    public boolean readsAsArabicName() {
        return arabicReading >= NameLexicon.ESTABLISHED;
    }
}
