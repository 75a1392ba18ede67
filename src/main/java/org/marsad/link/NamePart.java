package org.marsad.link;

/**
 * One part of a name (given, father's, grandfather's or family name, or a place): its folded spelling,
 * compared within one script, and its consonant {@link Skeleton}, compared across scripts.
 *
 * @param looseSkeleton the skeleton without w and y ({@link Skeleton#loose})
 * @param plainSkeleton the loose skeleton without the h Latin may or may not write after t, d, s, k, g
 *                      ({@link Skeleton#plain})
 * @param count how often this spelling occurs in the records being linked ({@link NameLexicon})
 * @param readsAsArabicName for a Latin spelling, whether its skeleton is that of an Arabic spelling
 *                          found in the records: Mahmoud reads as محمود, so it is not a loose spelling
 *                          of محمد
 */
record NamePart(String spelling, String skeleton, String looseSkeleton, String plainSkeleton, boolean arabic,
                int count, boolean readsAsArabicName) {

    /** The part of a folded spelling that occurs {@code count} times. */
    NamePart(String spelling, int count, boolean readsAsArabicName) {
        this(spelling, Skeleton.of(spelling), Skeleton.loose(spelling), Skeleton.plain(spelling),
                NameTokens.isArabicScript(spelling), count, readsAsArabicName);
    }
}
