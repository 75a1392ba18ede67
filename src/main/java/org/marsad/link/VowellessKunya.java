package org.marsad.link;

import java.util.ArrayList;
import java.util.List;

/**
 * أبو (abū, "father of"), which opens many family names (أبو عودة, أبو جزر), as machine romanization of
 * unvocalized Arabic writes it: letter by letter, "Abw", alone or hyphenated ("Abw-jzr", "Abw-al-byd").
 * The name's tokens join Abu to the word after it, as the Arabic ابوجزر is one part; "abw" was left a
 * part of its own, so a two-word family name pushed the father into the grandfather's place and the
 * family name lost its first half (issue 13's blind lists: 430 of the 545 missed pairs that involve the
 * letter-by-letter Latin list).
 */
final class VowellessKunya {
    static final String ABW = "abw";

    private VowellessKunya() {
    }

    /** The tokens with "abw" joined to the token after it; the same list when there is none. */
    static List<String> joined(List<String> tokens) {
        if (!tokens.contains(ABW)) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (ABW.equals(tokens.get(i)) && i + 1 < tokens.size()) {
                out.add(ABW + tokens.get(++i));
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }
}
