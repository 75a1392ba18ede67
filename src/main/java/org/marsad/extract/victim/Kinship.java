package org.marsad.extract.victim;

import java.util.Map;

/**
 * How a report relates a named person to another victim ("وشقيقه X", "his nephew X"). Two people with
 * the same name in one report are two victims when the text gives them different relations: a father
 * and his brother's son both called خضر, a man's son and his nephew both called Ibrahim. Words of one
 * relation (ابنه، نجله، his son, his children) are one relation, so naming a son twice stays one person.
 */
public enum Kinship {
    CHILD, SIBLING, PARENT, SPOUSE, GRANDCHILD, GRANDPARENT, UNCLE_AUNT, NEPHEW_NIECE, COUSIN, IN_LAW;

    private static final Map<String, Kinship> ENGLISH = Map.ofEntries(Map.entry("wife", SPOUSE),
            Map.entry("husband", SPOUSE), Map.entry("son", CHILD), Map.entry("daughter", CHILD),
            Map.entry("sons", CHILD), Map.entry("daughters", CHILD), Map.entry("child", CHILD),
            Map.entry("children", CHILD), Map.entry("mother", PARENT), Map.entry("father", PARENT),
            Map.entry("brother", SIBLING), Map.entry("sister", SIBLING), Map.entry("brothers", SIBLING),
            Map.entry("sisters", SIBLING), Map.entry("niece", NEPHEW_NIECE), Map.entry("nephew", NEPHEW_NIECE),
            Map.entry("grandson", GRANDCHILD), Map.entry("granddaughter", GRANDCHILD),
            Map.entry("grandmother", GRANDPARENT), Map.entry("grandfather", GRANDPARENT),
            Map.entry("uncle", UNCLE_AUNT), Map.entry("aunt", UNCLE_AUNT), Map.entry("cousin", COUSIN),
            Map.entry("mother-in-law", IN_LAW), Map.entry("father-in-law", IN_LAW));

    /** The relation an English kin noun names, or null ("boy", "girl" describe, they do not relate). */
    public static Kinship ofEnglish(String word) {
        return word == null ? null : ENGLISH.get(word);
    }
}
