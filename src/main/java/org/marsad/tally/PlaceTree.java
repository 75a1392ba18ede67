package org.marsad.tally;

import java.util.HashMap;
import java.util.Map;
import org.marsad.store.Database;
import org.marsad.store.place.Places;

/**
 * The place hierarchy as the store holds it (p-code → parent), for rolling counts up from where a death
 * happened to its district and governorate. P-codes missing from the table fall back on the OCHA
 * convention that a Syrian p-code begins with its parent's (SY11 ⊃ SY1100 ⊃ SY110000).
 */
final class PlaceTree {
    private record Node(String parent, int level) {
    }

    private final Map<String, Node> nodes;

    PlaceTree(Map<String, String> parents, Map<String, Integer> levels) {
        this.nodes = new HashMap<>();
        levels.forEach((pcode, level) -> nodes.put(pcode, new Node(parents.get(pcode), level)));
    }

    static PlaceTree load(Database db) {
        Map<String, String> parents = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        new Places(db).all().values().forEach(p -> {
            parents.put(p.pcode(), p.parentPcode());
            levels.put(p.pcode(), p.level());
        });
        return new PlaceTree(parents, levels);
    }

    /** The p-code of the place at {@code level} that contains {@code pcode}, or null when unknown. */
    String ancestorAt(String pcode, int level) {
        String p = pcode;
        while (p != null) {
            Node n = nodes.get(p);
            if (n == null) {
                return byPrefix(p, level);
            }
            if (n.level() == level) {
                return p;
            }
            if (n.level() < level) {
                return null;
            }
            p = n.parent();
        }
        return null;
    }

    /** Whether {@code pcode} is {@code area} or lies within it. */
    boolean within(String pcode, String area) {
        String p = pcode;
        while (p != null) {
            if (p.equals(area)) {
                return true;
            }
            Node n = nodes.get(p);
            p = n != null ? n.parent() : prefixParent(p);
        }
        return false;
    }

    private static String byPrefix(String pcode, int level) {
        int length = 2 + 2 * level;
        if (!pcode.startsWith("SY") || level < 1 || level > 3 || pcode.length() < length) {
            return null;
        }
        return pcode.substring(0, length);
    }

    private static String prefixParent(String pcode) {
        if (!pcode.startsWith("SY")) {
            return null;
        }
        return switch (pcode.length()) {
            case 8 -> pcode.substring(0, 6);
            case 6 -> pcode.substring(0, 4);
            default -> null;
        };
    }
}
