package org.marsad.link.blind;

/** What {@link BlindLists} did to one record, so that a pair linking missed can be told by what it carried. */
enum Phenomenon {
    /** The given name with a letter dropped, written twice or replaced by a look-alike or a key beside it. */
    GIVEN_SLIP,
    /** Given and family name only. */
    TWO_PARTS,
    /** The father's name left out of a longer name (given, grandfather, family). */
    FATHER_DROPPED,
    /** ال (the article) dropped from the family name. */
    ARTICLE_DROPPED,
    /** عبد (ʿabd) joined to the name after it, or split from it. */
    ABD_SPACING,
    /** ة (tāʾ marbūṭa) written ه. */
    TA_MARBUTA,
    /** A final ى written ي, or ي written ى. */
    ALEF_MAQSURA,
    /** Hamza written on an alef where the others leave it out, or left out where they write it. */
    HAMZA,
    /** The age one or two years off. */
    AGE_OFF,
    /** The date of death one to three days off. */
    DATE_OFF,
    /** The place in another spelling than the list's usual one. */
    PLACE_SPELLING,
    /** Latin script as people spell the name (the real list's English, else Google's pairs). */
    LATIN_AS_PEOPLE_SPELL,
    /** Latin script letter by letter without short vowels. */
    LATIN_LETTER_BY_LETTER
}
