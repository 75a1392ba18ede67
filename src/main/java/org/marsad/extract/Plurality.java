package org.marsad.extract;

/** The grammatical number of a noun: a dual (طفلان, ṭiflān, two children) counts two people by itself. */
enum Plurality {
    SINGULAR, DUAL, PLURAL
}
