package org.marsad.link;

/**
 * One part of a name (given, father's, grandfather's or family name, or a place): its folded spelling,
 * compared within one script, and its consonant {@link Skeleton}, compared across scripts.
 *
 * @param looseSkeleton the skeleton without w and y ({@link Skeleton#loose})
 * @param count how often this spelling occurs in the records being linked ({@link NameLexicon})
 */
record NamePart(String spelling, String skeleton, String looseSkeleton, boolean arabic, int count) {

    NamePart(String spelling, String skeleton, boolean arabic, int count) {
        this(spelling, skeleton, Skeleton.loose(skeleton), arabic, count);
    }
}
