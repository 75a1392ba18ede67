package org.marsad.extract;

/**
 * Who a figure counts. Groups nest: children and women are counted within civilians, and a
 * {@link #PERSON} figure may hold civilians and fighters together.
 */
public enum Group {
    PERSON, CIVILIAN, CHILD, WOMAN, MAN, FIGHTER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
