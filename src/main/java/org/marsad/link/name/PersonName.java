package org.marsad.link.name;

import java.util.List;

/**
 * A name read as an Arabic lineage name (ism, nasab, laqab): the given name, the father's and the
 * grandfather's given names, then the family name. Two words are read as given and family name, three
 * as given, father and family; further middle words (great-grandfathers) are not compared. Any part may
 * be null when the name does not hold it.
 */
public record PersonName(NamePart given, NamePart father, NamePart grandfather, NamePart family) {

    static final PersonName NONE = new PersonName(null, null, null, null);

    /** Whether the victim is named only by kinship to another person ("wife of …", "طفل …"). */
    public boolean kinship() {
        return given != null && given.kinship();
    }

    /**
     * Whether the name is a kinship or a description with nobody named after it ("Unidentified man",
     * "طفل"): nothing in it can tell one such victim from another.
     */
    public boolean namesNoOne() {
        return kinship() && father == null && grandfather == null && family == null;
    }

    /** The part written second: the father's name, or the family name of a two-word name. */
    NamePart second() {
        return father != null ? father : family;
    }

    public static PersonName parse(String written, NameLexicon lexicon) {
        return parse(NameTokens.of(written), lexicon);
    }

    /** The name of a written name's tokens ({@link NameTokens#of}). */
    public static PersonName parse(List<String> tokens, NameLexicon lexicon) {
        int n = tokens.size();
        if (n == 0) {
            return NONE;
        }
        NamePart given = lexicon.part(tokens.get(0));
        NamePart father = n >= 3 ? lexicon.part(tokens.get(1)) : null;
        NamePart grandfather = n >= 4 ? lexicon.part(tokens.get(2)) : null;
        NamePart family = n >= 2 ? lexicon.part(withoutArticle(tokens.get(n - 1))) : null;
        return new PersonName(given, father, grandfather, family);
    }

    /**
     * The family name without the article ال (al-): الحسن and حسن are the same family. Latin articles
     * written apart (Al-Hasan) are already dropped by {@link NameTokens}; one written together is dropped
     * from six letters on and before a consonant, so Alwan (علوان) and Alayan (عليان) keep their letters.
     */
    public static String withoutArticle(String token) {
        if (token.length() >= 4 && token.startsWith("ال")) {
            return token.substring(2);
        }
        // Alshaer, Elhassan: a Latin article written together, before a consonant (Alayan keeps it)
        if (token.length() >= 6 && (token.startsWith("al") || token.startsWith("el"))
                && "aeiouwy".indexOf(token.charAt(2)) < 0 && token.charAt(2) >= 'a' && token.charAt(2) <= 'z') {
            return token.substring(2);
        }
        return token;
    }
}
