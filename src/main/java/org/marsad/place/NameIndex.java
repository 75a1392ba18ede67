package org.marsad.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.marsad.text.SpellingFolding;

/**
 * The places under every key ({@link NameKeys}) of every name and alias. Words that only name the unit's
 * level (محافظة الرقة, "Raqqa Governorate", مركز الرقة) are left out of the keys, because the resolver reads
 * those words itself. Region names (الغوطة الشرقية) are kept apart: they stand for a unit that holds them.
 */
final class NameIndex {
    /** A word that opens this many names or more is a head (تل، خربة، Tal, Kafr): 5 leaves out given names. */
    private static final int NAME_HEAD = 5;

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
    NameIndex(List<Place> places, Collection<Region> regionList, Supplier<Map<Place, List<Place>>> seats,
              Optional<ShippedKeys> shipped) {
        Keys keys = shipped.filter(k -> k.fits(places)).map(ShippedKeys::keys)
                .orElseGet(() -> keysOf(places, seats.get()));
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

        LooseTables(List<Place> places, Keys keys, Set<String> exactKeys, Set<String> regionKeys) {
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
    void awaitReady() {
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

    /**
     * The keys of one place's names, each list in the order the index adds them.
     *
     * @param exact    exact and bare keys ({@link NameKeys#exact}, {@link NameKeys#bare})
     * @param skeleton loose keys: each name's skeleton in its own script, and an Arabic name's romanized one
     * @param sound    sounds of Latin names, stems of Arabic ones ({@link NameKeys#sound})
     * @param own      what closeness compares a mention with: the names without articles, their sounds and
     *                 romanizations
     */
    record PlaceKeys(String exact, String skeleton, String sound, String own) {
        /** The keys of one kind, written with | between them as the shipped file holds them. */
        static String[] split(String joined) {
            if (joined.isEmpty()) {
                return NO_KEYS;
            }
            List<String> keys = new ArrayList<>(8);
            int start = 0;
            for (int bar = joined.indexOf('|'); bar >= 0; bar = joined.indexOf('|', start)) {
                keys.add(joined.substring(start, bar));
                start = bar + 1;
            }
            keys.add(joined.substring(start));
            return keys.toArray(NO_KEYS);
        }
    }
    /** Every place's keys, the head words and the most words of a name. */
    record Keys(List<PlaceKeys> places, Set<String> heads, int longestName) {
    }

    /**
     * The keys of every place's names, worked out from the names: what {@link ShippedKeys} holds ahead, as
     * folding and keying some 15,000 names was most of a first load, all of it in code not yet compiled.
     */
    static Keys keysOf(List<Place> places, Map<Place, List<Place>> seats) {
        Map<String, NameForms> forms = new HashMap<>(places.size() * 4);
        List<PlaceKeys> keys = new ArrayList<>(places.size());
        Map<String, Integer> firstWords = new HashMap<>();
        int longest = 0;
        for (Place place : places) {
            List<NameForms> own = new ArrayList<>(4);
            addForms(place, forms, own);
            for (Place unit : seats.getOrDefault(place, List.of())) {
                addForms(unit, forms, own);
            }
            Set<String> exactKeys = new LinkedHashSet<>();
            Set<String> skeletonKeys = new LinkedHashSet<>();
            Set<String> soundKeys = new LinkedHashSet<>();
            Set<String> ownKeys = new LinkedHashSet<>();
            for (int i = 0; i < own.size(); i++) {
                NameForms name = own.get(i);
                if (!name.words().isEmpty()) {
                    longest = Math.max(longest, name.words().size());
                    exactKeys.add(name.exact());
                    exactKeys.add(name.bare());
                    skeletonKeys.add(name.loose());
                    skeletonKeys.add(name.romanized());
                    soundKeys.add(name.sound());
                }
                ownKeys.add(name.ownBare());
                ownKeys.add(name.spelling());
                if (name.firstWord() != null && i < ownNameCount(place)) {
                    firstWords.merge(name.firstWord(), 1, Integer::sum);
                    firstWords.merge(name.firstSkeleton(), 1, Integer::sum);
                }
            }
            keys.add(new PlaceKeys(joined(exactKeys), joined(skeletonKeys), joined(soundKeys), joined(ownKeys)));
        }
        Set<String> heads = new HashSet<>();
        firstWords.forEach((word, count) -> {
            if (count >= NAME_HEAD && !word.isEmpty()) {
                heads.add(word);
            }
        });
        return new Keys(keys, heads, longest);
    }

    private static String joined(Set<String> keys) {
        keys.remove("");
        return String.join("|", keys);
    }

    /**
     * The keys of one name, worked out once per spelling (a seat's unit shares it, aliases repeat).
     *
     * @param words      the folded words without words for the unit's level: what the index keys are made of
     * @param ownBare    the whole name without articles, unit words kept: what spelling closeness compares
     * @param firstWord  the folded first word of a name of several words (a head candidate), else null
     * @param loose      the skeleton of the name in its own script ({@link NameKeys#loose})
     * @param romanized  for an Arabic name, the Latin skeleton of its romanizations ({@link Romanization}), else ""
     * @param sound      its sound ({@link NameKeys#sound}; for an Arabic name its stem)
     * @param spelling   what a Latin spelling is compared with: a Latin name's sound, an Arabic name's
     *                   rough romanization
     */
    private record NameForms(List<String> words, String exact, String bare, String loose, String romanized,
                             String sound, String spelling, String ownBare, String firstWord, String firstSkeleton) {
        static NameForms of(String name) {
            List<String> folded = folded(name);
            List<String> words = withoutUnitWords(folded);
            boolean several = folded.size() > 1;
            boolean arabic = !words.isEmpty() && !words.get(0).isEmpty()
                    && SpellingFolding.isArabic(words.get(0).charAt(0));
            String sound = NameKeys.sound(words);
            return new NameForms(words, NameKeys.exact(words), NameKeys.bare(words), NameKeys.loose(words),
                    arabic ? Romanization.skeleton(words) : "", sound,
                    arabic ? Romanization.spelling(words) : sound,
                    NameKeys.bare(folded), several ? folded.get(0) : null,
                    several ? NameKeys.skeleton(folded.subList(0, 1)) : null);
        }
    }

    private static void addForms(Place place, Map<String, NameForms> forms, List<NameForms> into) {
        into.add(forms.computeIfAbsent(place.nameAr(), NameForms::of));
        into.add(forms.computeIfAbsent(place.nameEn(), NameForms::of));
        for (String alias : place.aliases()) {
            into.add(forms.computeIfAbsent(alias, NameForms::of));
        }
    }

    private static int ownNameCount(Place place) {
        return 2 + place.aliases().size();
    }

    /** Every exact key with its places, for a test to compare indexes built two ways. */
    Map<String, Set<Place>> exactTable() {
        return java.util.Collections.unmodifiableMap(exact);
    }

    private static Stream<String> names(Place place) {
        return Stream.concat(Stream.of(place.nameAr(), place.nameEn()), place.aliases().stream());
    }

    /** Whether two places share a name, spelled exactly, without articles or by the same skeleton. */
    static boolean shareAName(Place a, Place b) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        names(a).map(n -> withoutUnitWords(folded(n))).filter(w -> !w.isEmpty())
                .forEach(w -> keys.addAll(List.of(NameKeys.bare(w), NameKeys.skeleton(w))));
        keys.remove("");
        return names(b).map(n -> withoutUnitWords(folded(n))).filter(w -> !w.isEmpty())
                .anyMatch(w -> keys.contains(NameKeys.bare(w)) || keys.contains(NameKeys.skeleton(w)));
    }

    private static void put(Map<String, Set<Place>> map, String key, Place place) {
        if (!key.isEmpty()) {
            Set<Place> places = map.get(key);
            if (places == null) {
                map.put(key, new Places(place));
            } else {
                places.add(place);
            }
        }
    }

    /**
     * The places of one key in the order added, without repeats: an array, as most keys name one place and a
     * load makes some 45,000 of these (a hash set each was a fifth of what a load allocated).
     */
    private static final class Places extends java.util.AbstractSet<Place> {
        private Place[] places;
        private int size;

        Places(Place first) {
            places = new Place[] {first};
            size = 1;
        }

        @Override
        public boolean add(Place place) {
            if (contains(place)) {
                return false;
            }
            if (size == places.length) {
                places = java.util.Arrays.copyOf(places, size * 2);
            }
            places[size++] = place;
            return true;
        }

        @Override
        public boolean contains(Object o) {
            for (int i = 0; i < size; i++) {
                if (places[i].equals(o)) {
                    return true;
                }
            }
            return false;
        }

        /** One object, not a list view and its iterator: the resolver walks these sets for every name it reads. */
        @Override
        public java.util.Iterator<Place> iterator() {
            return new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Place next() {
                    if (next >= size) {
                        throw new java.util.NoSuchElementException();
                    }
                    return places[next++];
                }
            };
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static List<String> folded(String name) {
        return Token.foldedWords(name);
    }

    private static List<String> withoutUnitWords(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        while (kept.size() > 1 && isUnitWord(kept.get(0))) {
            kept.remove(0);
        }
        while (kept.size() > 1 && isUnitWord(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static boolean isUnitWord(String folded) {
        return PlaceWord.of(folded).filter(f -> !f.possessive() && f.word().namesUnit()).isPresent();
    }

    /** Whether a folded word opens many names, so a longer name after it is worth a loose look. */
    boolean isHead(String folded) {
        return heads.contains(folded) || heads.contains(NameKeys.skeleton(List.of(folded)));
    }

    /**
     * How close a key (without articles) is to the place's own spellings, 0–1 by edit distance: among places
     * one loose key finds, "Tell Dik" is nearer Tal Dik than Tal Eldiq.
     */
    double closeness(Place place, String key) {
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
    KeyPrefixes strictPrefixes() {
        return looseTables().strict;
    }

    /**
     * The beginnings of every skeleton and sound key: what tells {@link NameKeys#looseReach} that a run of
     * words can be no loosely spelled name.
     */
    KeyPrefixes loosePrefixes() {
        return looseTables().loose;
    }

    /** The most words any name has: no longer run of words need be looked up. */
    int longestName() {
        return longestName;
    }

    /** The region these folded words name, spelled exactly or without articles. */
    Optional<Region> region(NameKeys.Spelled words) {
        Region region = regions.get(words.exact());
        return Optional.ofNullable(region != null ? region : regions.get(words.bare()));
    }

    /** Places named by these folded words, spelled exactly or without articles. */
    Set<Place> exact(List<String> words) {
        return exact(NameKeys.spelled(words));
    }

    Set<Place> exact(NameKeys.Spelled words) {
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
    Set<Place> exactName(String name) {
        List<String> words = withoutUnitWords(folded(name));
        return words.isEmpty() ? Set.of() : exact(words);
    }

    /**
     * A loose match: the places found and how strong the likeness is, as the letters of a skeleton
     * (with the opening mark ' of a Latin one); a match of the whole sound counts
     * {@link #SOUND_STRENGTH}.
     */
    record Loose(Set<Place> places, int strength) {
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
    Loose approximate(List<String> words) {
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
