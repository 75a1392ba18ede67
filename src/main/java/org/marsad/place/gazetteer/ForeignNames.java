package org.marsad.place.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.place.mention.Token;
import org.marsad.place.name.KeyPrefixes;
import org.marsad.place.name.NameKeys;

/**
 * The stop list of places outside Syria ({@code foreign-places.tsv}): countries and the towns of
 * neighbouring wars that reports name beside Syrian ones (Gaza, the West Bank, Iraq, Lebanon, Yemen …).
 * A mention that names one is never resolved to a Syrian place of a like spelling: a wrong place is worse
 * than none. Matched exactly or without articles, never loosely.
 */
public final class ForeignNames {
    private static final String RESOURCE = "foreign-places.tsv";

    private final Map<String, Boolean> countryByKey = new HashMap<>();
    private final KeyPrefixes prefixes = new KeyPrefixes(18);
    private int longestName;

    public ForeignNames() {
        ListResource.read(RESOURCE, "stop list", (number, line) -> {
            String[] f = line.split("\t");
            if (f.length != 3 || !f[1].equals("country") && !f[1].equals("place")) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'name<TAB>country|place<TAB>where'");
            }
            List<String> words = Token.foldedWords(f[0]);
            longestName = Math.max(longestName, words.size());
            boolean country = f[1].equals("country");
            String exact = NameKeys.exact(words);
            String bare = NameKeys.bare(words);
            countryByKey.merge(exact, country, Boolean::logicalOr);
            countryByKey.merge(bare, country, Boolean::logicalOr);
            prefixes.add(exact);
            prefixes.add(bare);
        });
    }

    public int longestName() {
        return longestName;
    }

    /** Whether these folded words name a foreign place: null if not, else true for a country. */
    Boolean country(List<String> words) {
        return country(NameKeys.spelled(words));
    }

    /** Whether words of these keys name a foreign place: null if not, else true for a country. */
    public Boolean country(NameKeys.Spelled keys) {
        Boolean exact = countryByKey.get(keys.exact());
        return exact != null ? exact : countryByKey.get(keys.bare());
    }

    /** The beginnings of the stop list's keys. */
    public KeyPrefixes prefixes() {
        return prefixes;
    }
}
