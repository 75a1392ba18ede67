package org.marsad.extract.document;

/** The grammatical number of a noun: a dual (طفلان, ṭiflān, two children) counts two people by itself. */
public enum Plurality {
    SINGULAR, DUAL, PLURAL
}
