package org.marsad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.marsad.place.gazetteer.ForeignNames;
import org.marsad.place.gazetteer.GazetteerFile;
import org.marsad.place.gazetteer.Region;
import org.marsad.place.index.GazetteerKeys;
import org.marsad.place.index.NameIndex;
import org.marsad.place.index.ShippedKeys;

/**
 * The places Marsad knows, by p-code and by name, with their hierarchy. The countries are data: each
 * TSV named in {@code gazetteers.txt} beside this class is loaded (today only {@code syria.tsv}), with
 * the named regions of its {@code -regions.tsv} file.
 * Immutable and safe to share between threads.
 */
public final class Gazetteer {
    private static final String INDEX = "gazetteers.txt";

    private final Map<String, Place> byPcode;
    /** Each place's enclosing units, nearest first: computed once, as roll-ups ask for them per record. */
    private final Map<String, List<Place>> ancestry;
    /** A unit's population, or for a community its sub-district's: ranks towns of one name. */
    private final Map<String, Long> areaPopulations;
    private final NameIndex names;
    /** Read on a thread of its own while the places are: see {@link #load}. */
    private final FutureTask<ForeignNames> foreignNames;

    private Gazetteer(List<Place> places, List<String> regionFiles, FutureTask<ForeignNames> foreignNames,
                      Optional<ShippedKeys> keys) {
        this.foreignNames = foreignNames;
        Map<String, Place> map = new LinkedHashMap<>();
        for (Place place : places) {
            if (map.put(place.pcode(), place) != null) {
                throw new IllegalStateException("p-code listed twice: " + place.pcode());
            }
        }
        for (Place place : places) {
            place.parentPcode().filter(p -> !map.containsKey(p)).ifPresent(p -> {
                throw new IllegalStateException(place.pcode() + " has an unknown parent " + p);
            });
        }
        this.byPcode = Collections.unmodifiableMap(map);
        Map<String, List<Place>> chains = new HashMap<>();
        for (Place place : places) {
            chains.put(place.pcode(), chainAbove(place));
        }
        this.ancestry = chains;
        Map<String, Long> areas = new HashMap<>();
        for (Place place : places) {
            areas.put(place.pcode(), place.level() != AdminLevel.COMMUNITY ? place.population()
                    : firstPopulation(chains.get(place.pcode())));
        }
        this.areaPopulations = areas;
        List<Region> regions = new ArrayList<>();
        regionFiles.forEach(file -> regions.addAll(GazetteerFile.regions(file, map)));
        this.names = new NameIndex(places, regions, () -> seats(places), keys);
    }

    /** The population of the nearest unit of a chain that has one; 0 when none has. */
    private static long firstPopulation(List<Place> chain) {
        for (Place unit : chain) {
            if (unit.population() > 0) {
                return unit.population();
            }
        }
        return 0;
    }

    /**
     * Each community that is the seat of units named like it (OCHA's capital level): the town of منبج is
     * the seat of the district منبج, so it answers to the district's spellings too (Manbij, Menbij).
     */
    private Map<Place, List<Place>> seats(List<Place> places) {
        Map<Place, List<Place>> seats = new HashMap<>();
        for (Place place : places) {
            if (place.level() != AdminLevel.COMMUNITY || place.seat() == 0) {
                continue;
            }
            for (Place unit : ancestors(place.pcode())) {
                if (GazetteerKeys.shareAName(place, unit)) {
                    seats.computeIfAbsent(place, p -> new ArrayList<>()).add(unit);
                }
            }
        }
        return seats;
    }

    private List<Place> chainAbove(Place place) {
        List<Place> chain = new ArrayList<>(3);
        Place next = place.parent().isEmpty() ? null : byPcode.get(place.parent());
        while (next != null) {
            chain.add(next);
            next = next.parent().isEmpty() ? null : byPcode.get(next.parent());
        }
        return List.copyOf(chain);
    }

    /** The shipped gazetteers, loaded once per JVM and shared: a gazetteer never changes while Marsad runs. */
    public static Gazetteer shipped() {
        return Shipped.GAZETTEER;
    }

    private static final class Shipped {
        static final Gazetteer GAZETTEER = load();
    }

    /**
     * Loads the gazetteers shipped in the jar, each with its regions ({@code syria-regions.tsv}) if any. The
     * stop list of places abroad is read meanwhile on a second thread, and the keys of the names are read
     * as worked out ahead ({@link ShippedKeys}): a first load is most of a short command's time.
     */
    public static Gazetteer load() {
        return load(true);
    }

    /** {@link #load}, with the shipped exact keys or (to check them) keying every name anew. */
    static Gazetteer load(boolean shippedKeys) {
        FutureTask<ForeignNames> foreign = new FutureTask<>(ForeignNames::new);
        Thread reader = new Thread(foreign, "gazetteer-foreign-names");
        reader.setDaemon(true);
        reader.start();
        List<Place> places = new ArrayList<>();
        List<String> regionFiles = new ArrayList<>();
        for (String file : listedFiles()) {
            places.addAll(GazetteerFile.places(file));
            regionFiles.add(file.replaceFirst("\\.tsv$", "-regions.tsv"));
        }
        return new Gazetteer(places, regionFiles, foreign, shippedKeys ? ShippedKeys.shipped(listedFiles()) : Optional.empty());
    }

    private static List<String> listedFiles() {
        InputStream in = Gazetteer.class.getResourceAsStream(INDEX);
        if (in == null) {
            throw new IllegalStateException("gazetteer index missing: " + INDEX);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX, e);
        }
    }

    /** Every place, in file order (by p-code). */
    public List<Place> places() {
        return List.copyOf(byPcode.values());
    }

    /** The places at one level, e.g. the governorates with their centroids for a map. */
    public List<Place> at(AdminLevel level) {
        return byPcode.values().stream().filter(p -> p.level() == level).toList();
    }

    public Optional<Place> place(String pcode) {
        return Optional.ofNullable(byPcode.get(pcode));
    }

    /**
     * The unit a whole place name names exactly, in any of its spellings: the largest when the name is
     * one unit's at several levels (الرقة: governorate, district, sub-district); empty when the name is
     * unknown or names units apart from each other. Unlike {@link PlaceResolver} it reads no part of a
     * name and guesses no spelling: "Deir al-Balah" is not Deir ez-Zor.
     */
    public Optional<Place> namedExactly(String name) {
        List<Place> named = new ArrayList<>(names.exactName(name));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        named.sort(java.util.Comparator.comparingInt((Place p) -> ancestors(p.pcode()).size()));
        Place largest = named.get(0);
        for (Place place : named) {
            if (place != largest && !ancestors(place.pcode()).contains(largest)) {
                return Optional.empty();
            }
        }
        return Optional.of(largest);
    }

    /** The enclosing units of a place, nearest first, ending with its governorate; empty if unknown. */
    public List<Place> ancestors(String pcode) {
        return ancestry.getOrDefault(pcode, List.of());
    }

    /**
     * The unit at {@code level} that holds the place, or the place itself when it is at that level;
     * empty when the place is unknown or larger than {@code level}. Tallies roll up with it.
     */
    public Optional<Place> ancestorAt(String pcode, AdminLevel level) {
        Optional<Place> self = place(pcode);
        if (self.isPresent() && self.get().level() == level) {
            return self;
        }
        return ancestors(pcode).stream().filter(p -> p.level() == level).findFirst();
    }

    /** The governorate (admin level 1) holding the place. */
    public Optional<Place> adm1(String pcode) {
        List<Place> above = ancestry.get(pcode);
        if (above == null) {
            return Optional.empty();
        }
        // ancestors end with the governorate; a place with none above is one
        Place top = above.isEmpty() ? byPcode.get(pcode) : above.get(above.size() - 1);
        return top.level() == AdminLevel.GOVERNORATE ? Optional.of(top) : ancestorAt(pcode, AdminLevel.GOVERNORATE);
    }

    /** True when {@code inner} is {@code outer} or lies inside it. */
    public boolean within(Place inner, Place outer) {
        if (inner.equals(outer)) {
            return true;
        }
        List<Place> above = ancestors(inner.pcode());
        for (int i = 0; i < above.size(); i++) {
            if (above.get(i).equals(outer)) {
                return true;
            }
        }
        return false;
    }

    /** The population of a unit, or of the nearest unit holding a community; 0 when unknown. */
    public long areaPopulation(Place place) {
        return areaPopulations.getOrDefault(place.pcode(), 0L);
    }

    public NameIndex names() {
        return names;
    }

    /** The keys of the shipped gazetteers' names as the code works them out now ({@link ShippedKeys}). */
    static String keysText() {
        return ShippedKeys.render(listedPlaces(), keysOf(listedPlaces()));
    }

    /** The keys of the shipped gazetteers' names as {@link ShippedKeys} reads them back, rendered again. */
    static String shippedKeysText() {
        return ShippedKeys.render(listedPlaces(), ShippedKeys.shipped(listedFiles()).orElseThrow().keys());
    }

    private static List<Place> listedPlaces() {
        List<Place> places = new ArrayList<>();
        for (String file : listedFiles()) {
            places.addAll(GazetteerFile.places(file));
        }
        return places;
    }

    private static GazetteerKeys keysOf(List<Place> places) {
        Gazetteer gazetteer = new Gazetteer(places, List.of(), new FutureTask<>(ForeignNames::new), Optional.empty());
        return GazetteerKeys.of(places, gazetteer.seats(places));
    }

    /**
     * Waits for what {@link #load} reads on other threads (the stop list, the loose tables of the names): after
     * this, no lookup waits.
     */
    public void awaitReady() {
        foreignNames();
        names.awaitReady();
    }

    public ForeignNames foreignNames() {
        try {
            return foreignNames.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the stop list of places abroad was read", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the stop list of places abroad could not be read", e.getCause());
        }
    }
}
