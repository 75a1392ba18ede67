package org.marsad.place.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.marsad.place.Place;
import org.marsad.place.gazetteer.Region;
import org.marsad.place.mention.Token;
import org.marsad.place.name.KeyPrefixes;
import org.marsad.place.name.NameKeys;

/**
 * The places under every key ({@link NameKeys}) of every name and alias. Words that only name the unit's
 * level (محافظة الرقة, "Raqqa Governorate", مركز الرقة) are left out of the keys, because the resolver reads
 * those words itself. Region names (الغوطة الشرقية) are kept apart: they stand for a unit that holds them.
 */
public final class NameIndex {
    private final Map<String, Set<Place>> exact = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();
    /** Each place's own names (a seat's with its unit's) without articles, and their Latin sounds. */
    private final Map<Place, OwnKeys> ownKeys = new HashMap<>();
    /** First words of many names (تل, Tal, Kafr, Khan), folded, and their skeletons. */
    private final Set<String> heads;
    private final int longestName;
    /** The tables of loose looks and the prefix filters, built on a thread of their own: see {@link LooseTables}. */
    private final java.util.concurrent.FutureTask<LooseTables> loose;
    private static final String[] NO_KEYS = new String[0];

    /**
     * @param seats   for a community that is the seat of units of its own name (the town of منبج, seat of
     *                the district منبج), those units: the town answers to every spelling of them too; asked
     *                only when the keys are worked out here
     * @param shipped the keys worked out ahead ({@link ShippedKeys}): used when they are of these places
     */
    public NameIndex(List<Place> places, Collection<Region> regionList, Supplier<Map<Place, List<Place>>> seats,
              Optional<ShippedKeys> shipped) {
        GazetteerKeys keys = shipped.filter(k -> k.fits(places)).map(ShippedKeys::keys)
                .orElseGet(() -> GazetteerKeys.of(places, seats.get()));
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            PlaceKeys own = keys.places().get(i);
            for (String key : PlaceKeys.split(own.exact())) {
                put(exact, key, place);
            }
            ownKeys.put(place, new OwnKeys(own.own()));
        }
        heads = keys.heads();
        int longest = keys.longestName();
        for (Region region : regionList) {
            for (String name : region.names()) {
                List<String> words = folded(name);
                longest = Math.max(longest, words.size());
                regions.put(NameKeys.exact(words), region);
                regions.put(NameKeys.bare(words), region);
            }
        }
        longestName = longest;
        loose = new java.util.concurrent.FutureTask<>(() -> new LooseTables(places, keys, exact.keySet(), regions.keySet()));
        Thread builder = new Thread(loose, "gazetteer-loose-keys");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * What only a loose look or the parser's first step needs, built from the keys while the exact table is
     * made on the loading thread, so a load is the longer of the two rather than their sum: the skeleton
     * and sound tables, and the filters of the beginnings of every exact, region, skeleton and sound key.
     */
    private static final class LooseTables {
        final Map<String, Set<Place>> skeleton = new HashMap<>();
        final Map<String, Set<Place>> sound = new HashMap<>();
        /** Beginnings of exact, bare and region keys: what lets the parser stop lengthening a run of words. */
        final KeyPrefixes strict = new KeyPrefixes(22);
        /** Beginnings of skeleton and sound keys ({@link NameKeys#looseReach}). */
        final KeyPrefixes loose = new KeyPrefixes(21);

        LooseTables(List<Place> places, GazetteerKeys keys, Set<String> exactKeys, Set<String> regionKeys) {
            for (int i = 0; i < places.size(); i++) {
                Place place = places.get(i);
                PlaceKeys own = keys.places().get(i);
                for (String key : PlaceKeys.split(own.skeleton())) {
                    put(skeleton, key, place);
                }
                for (String key : PlaceKeys.split(own.sound())) {
                    put(sound, key, place);
                }
            }
            for (String key : exactKeys) {
                strict.add(key);
            }
            for (String key : regionKeys) {
                strict.add(key);
            }
            for (String key : skeleton.keySet()) {
                loose.add(key);
            }
            for (String key : sound.keySet()) {
                loose.add(key);
            }
        }
    }

    private LooseTables looseTables() {
        try {
            return loose.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the loose keys of the gazetteer were read", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the loose keys of the gazetteer could not be read", e.getCause());
        }
    }

    /** Waits for the tables built on another thread: after this, no lookup waits. */
    public void awaitReady() {
        looseTables();
    }

    /**
     * A place's own keys, split at their first use: only closeness and a loose look read them, and they are
     * the largest part of the shipped keys.
     */
    private static final class OwnKeys {
        private final String joined;
        private volatile String[] keys;

        OwnKeys(String joined) {
            this.joined = joined;
        }

        String[] keys() {
            String[] split = keys;
            if (split == null) {
                split = PlaceKeys.split(joined);
                keys = split; // a benign race: every thread splits the same immutable string alike
            }
            return split;
        }
    }

    private String[] own(Place place) {
        OwnKeys own = ownKeys.get(place);
        return own == null ? NO_KEYS : own.keys();
    }

    /** Every exact key with its places, for a test to compare indexes built two ways. */
    public Map<String, Set<Place>> exactTable() {
        return java.util.Collections.unmodifiableMap(exact);
    }

    private static void put(Map<String, Set<Place>> map, String key, Place place) {
        if (!key.isEmpty()) {
            Set<Place> places = map.get(key);
            if (places == null) {
                map.put(key, new PlaceSet(place));
            } else {
                places.add(place);
            }
        }
    }

    private static List<String> folded(String name) {
        return Token.foldedWords(name);
    }

    /** Whether a folded word opens many names, so a longer name after it is worth a loose look. */
    public boolean isHead(String folded) {
        return heads.contains(folded) || heads.contains(NameKeys.skeleton(List.of(folded)));
    }

    /**
     * How close a key (without articles) is to the place's own spellings, 0–1 by edit distance: among places
     * one loose key finds, "Tell Dik" is nearer Tal Dik than Tal Eldiq.
     */
    public double closeness(Place place, String key) {
        double best = 0;
        String[] owns = own(place);
        for (String own : owns) {
            if (own.equals(key)) {
                return 1.0;
            }
        }
        char[] letters = key.toCharArray();
        for (String own : owns) {
            int longer = Math.max(own.length(), key.length());
            if (longer > 0) {
                best = Math.max(best, 1.0 - (double) levenshtein(own.toCharArray(), letters, Integer.MAX_VALUE) / longer);
            }
        }
        return best;
    }

    /**
     * The edit distance of x and y, or some number above {@code limit} once it must exceed it. On the strings'
     * letters copied out once a string, with the minimum written out: the resolver ranks places of one name and checks
     * loose matches with this before the compiler has made anything of it, and a call to charAt and Math.min
     * in every cell of the table was a seventh of a mention's interpreted work.
     */
    private static int levenshtein(char[] x, char[] y, int limit) {
        int m = y.length;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            char xi = x[i - 1];
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= m; j++) {
                int best = previous[j - 1] + (xi == y[j - 1] ? 0 : 1);
                int deleted = previous[j] + 1;
                int inserted = current[j - 1] + 1;
                if (deleted < best) {
                    best = deleted;
                }
                if (inserted < best) {
                    best = inserted;
                }
                current[j] = best;
                if (best < rowMinimum) {
                    rowMinimum = best;
                }
            }
            if (rowMinimum > limit) {
                return rowMinimum;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }

    /**
     * The beginnings of every exact, bare and region key: what lets the parser stop lengthening a run of words
     * that begins no name. Built with the loose tables, off the loading thread.
     */
    public KeyPrefixes strictPrefixes() {
        return looseTables().strict;
    }

    /**
     * The beginnings of every skeleton and sound key: what tells {@link NameKeys#looseReach} that a run of
     * words can be no loosely spelled name.
     */
    public KeyPrefixes loosePrefixes() {
        return looseTables().loose;
    }

    /** The most words any name has: no longer run of words need be looked up. */
    public int longestName() {
        return longestName;
    }

    /** The region these folded words name, spelled exactly or without articles. */
    public Optional<Region> region(NameKeys.Spelled words) {
        Region region = regions.get(words.exact());
        return Optional.ofNullable(region != null ? region : regions.get(words.bare()));
    }

    /** Places named by these folded words, spelled exactly or without articles. */
    Set<Place> exact(List<String> words) {
        return exact(NameKeys.spelled(words));
    }

    public Set<Place> exact(NameKeys.Spelled words) {
        Set<Place> spelled = exact.getOrDefault(words.exact(), Set.of());
        Set<Place> bare = exact.getOrDefault(words.bare(), Set.of());
        if (spelled.isEmpty() || bare.isEmpty() || spelled == bare) {
            return spelled.isEmpty() ? bare : spelled;
        }
        Set<Place> both = new LinkedHashSet<>(spelled);
        both.addAll(bare);
        return both;
    }

    /** Places a whole name names, spelled exactly or without articles, words for the unit ("محافظة") aside. */
    public Set<Place> exactName(String name) {
        List<String> words = GazetteerKeys.withoutUnitWords(folded(name));
        return words.isEmpty() ? Set.of() : exact(words);
    }

    /**
     * A loose match: the places found and how strong the likeness is, as the letters of a skeleton
     * (with the opening mark ' of a Latin one); a match of the whole sound counts
     * {@link #SOUND_STRENGTH}.
     */
    public record Loose(Set<Place> places, int strength) {
        static final Loose NONE = new Loose(Set.of(), 0);
    }

    /** A match by sound is as strong as the longest skeleton, however short the name (Has, Sur, Raju). */
    static final int SOUND_STRENGTH = 6;

    /**
     * Places loosely spelled like these words: a Latin name of the same sound ({@link NameKeys#sound}), else
     * any name (a Latin one, a romanization of an Arabic one, or an Arabic one for Arabic words) of the same
     * skeleton that is still spelled at least {@link #LOOSE_CLOSENESS} like the words. Tried after
     * {@link #exact}.
     */
    public Loose approximate(List<String> words) {
        String heard = NameKeys.sound(words);
        LooseTables tables = looseTables();
        Set<Place> same = heard.isEmpty() ? Set.of() : tables.sound.getOrDefault(heard, Set.of());
        if (!same.isEmpty()) {
            return new Loose(same, SOUND_STRENGTH);
        }
        String key = NameKeys.loose(words);
        Set<Place> alike = key.isEmpty() ? Set.of() : tables.skeleton.getOrDefault(key, Set.of());
        if (alike.isEmpty()) {
            // -ah and -eh end a name in ة, whose h the skeleton drops, but also in ح (Tal Malah, تل ملح)
            key = NameKeys.skeletonWithFinalH(words);
            alike = key.isEmpty() ? Set.of() : tables.skeleton.getOrDefault(key, Set.of());
        }
        if (alike.isEmpty()) {
            return Loose.NONE;
        }
        String compared = NameKeys.compared(words);
        Set<Place> near = new LinkedHashSet<>();
        for (Place place : alike) {
            if (nearEnough(place, compared)) {
                near.add(place);
            }
        }
        return near.isEmpty() ? Loose.NONE : new Loose(near, key.length());
    }

    /**
     * Whether one of the place's own spellings is at least {@link #LOOSE_CLOSENESS} like the key: the edit
     * distance is cut off as soon as it must exceed what that allows, as the parser asks this of every place a
     * skeleton finds, at every word a loose name may start.
     */
    private boolean nearEnough(Place place, String key) {
        char[] letters = null;
        for (String own : own(place)) {
            int longer = Math.max(own.length(), key.length());
            int allowed = (int) Math.floor((1.0 - LOOSE_CLOSENESS) * longer + 1e-9);
            if (Math.abs(own.length() - key.length()) > allowed) {
                continue;
            }
            letters = letters == null ? key.toCharArray() : letters;
            if (levenshtein(own.toCharArray(), letters, allowed) <= allowed) {
                return true;
            }
        }
        return false;
    }

    /**
     * A loose match must still be spelled half like the place: a skeleton of three consonants is shared by
     * words far apart in letters ("Amr" and Ameriyeh both read 'mr), and a wrong place is worse than none.
     */
    static final double LOOSE_CLOSENESS = 0.45;
}
