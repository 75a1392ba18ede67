package org.marsad.link.score;

import java.util.concurrent.ConcurrentHashMap;
import org.marsad.place.Gazetteer;

/**
 * The gazetteer unit (p-code) a record's place names, when the shipped gazetteer knows the whole name
 * ({@link Gazetteer#namedExactly}), and whether two
 * units are one place at two precisions: "الرقة" beside "المنصورة" (a sub-district of Raqqa) is not a
 * disagreement but the same place written at a coarser level. Places the gazetteer does not hold keep no
 * code and are compared by name only.
 */
final class PlaceCodes {

    /** Lists repeat a few place names many times; resolving one takes a parse, so each is resolved once. */
    private static final ConcurrentHashMap<String, String> CODES = new ConcurrentHashMap<>();

    private PlaceCodes() {
    }

    /** The p-code of a place as written, or null when it names no unit of the gazetteer. */
    static String of(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String code = CODES.computeIfAbsent(place, p -> Gazetteer.shipped().namedExactly(p).map(u -> u.pcode()).orElse(""));
        return code.isEmpty() ? null : code.intern();
    }

    /** Whether one unit is the other or lies inside it. */
    static boolean nested(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Gazetteer gazetteer = Gazetteer.shipped();
        return gazetteer.ancestors(a).stream().anyMatch(p -> p.pcode().equals(b))
                || gazetteer.ancestors(b).stream().anyMatch(p -> p.pcode().equals(a));
    }
}
