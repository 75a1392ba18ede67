package org.marsad.link;

/** Status of a victim as recorded by the source: civilian or fighter (combatant). */
public enum Status {
    CIVILIAN, FIGHTER
}
