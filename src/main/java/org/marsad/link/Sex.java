package org.marsad.link;

/** Sex of a victim as recorded; an unrecorded sex is null, never a third value. */
public enum Sex {
    MALE, FEMALE
}
