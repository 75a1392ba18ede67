package org.marsad.place.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;

/**
 * The keys of every place's names ({@link GazetteerKeys}), worked out ahead and shipped beside the gazetteer
 * ({@code syria-keys.txt} beside {@code syria.tsv}): folding some 15,000 names and keying them in five ways was
 * most of a first load, all of it in code not yet compiled. One line a place, in the gazetteer's order: the
 * p-code, then its exact, skeleton, sound and closeness keys, a tab between the kinds and | between keys;
 * lines {@code longest} and {@code heads} before them. The file is checked against the code by
 * {@code ShippedKeysTest}, which writes a fresh one under {@code target/} when the names or the key rules
 * change; a gazetteer without one, or with one of other places, is keyed at load.
 */
public final class ShippedKeys {
    static final String SUFFIX = "-keys.txt";
    private static final String LONGEST = "longest";
    private static final String HEADS = "heads";

    private final List<String> pcodes;
    private final GazetteerKeys keys;

    private ShippedKeys(List<String> pcodes, GazetteerKeys keys) {
        this.pcodes = pcodes;
        this.keys = keys;
    }

    /** The resource of a gazetteer's keys: {@code syria.tsv} has {@code syria-keys.txt}. */
    public static String resourceOf(String gazetteerFile) {
        return gazetteerFile.replaceFirst("\\.tsv$", SUFFIX);
    }

    /** The shipped keys of these gazetteer files, in order; empty when one has none. */
    public static Optional<ShippedKeys> shipped(List<String> gazetteerFiles) {
        List<String> pcodes = new ArrayList<>(6000);
        List<PlaceKeys> places = new ArrayList<>(6000);
        Set<String> heads = new HashSet<>();
        int longest = 0;
        for (String file : gazetteerFiles) {
            String resource = resourceOf(file);
            String text;
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
            longest = Math.max(longest, parse(resource, text, pcodes, places, heads));
        }
        return Optional.of(new ShippedKeys(pcodes, new GazetteerKeys(places, heads, longest)));
    }

    /**
     * Reads one file, a line at a time, each line cut at its tabs only: the keys of one kind stay joined by |
     * until the index splits them ({@link PlaceKeys#split}), the exact ones at once, the others on
     * the thread that builds the loose tables or at a place's first closeness. Returns its longest name.
     */
    private static int parse(String resource, String text, List<String> pcodes, List<PlaceKeys> places,
                             Set<String> heads) {
        int longest = -1;
        int line = 0;
        String[] fields = new String[5];
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            line++;
            if (end > start && text.charAt(start) != '#') {
                int from = start;
                int field = 0;
                while (field < fields.length && from <= end) {
                    int tab = text.indexOf('\t', from);
                    int to = tab < 0 || tab > end ? end : tab;
                    fields[field++] = text.substring(from, to);
                    from = to + 1;
                }
                String first = fields[0];
                if (first.equals(LONGEST) && field == 2) {
                    longest = Integer.parseInt(fields[1]);
                } else if (first.equals(HEADS) && field == 2) {
                    heads.addAll(List.of(PlaceKeys.split(fields[1])));
                } else if (field == 5 && from > end) {
                    pcodes.add(first);
                    places.add(new PlaceKeys(fields[1], fields[2], fields[3], fields[4]));
                } else {
                    throw new IllegalStateException(resource + ":" + line
                            + ": expected 'pcode<TAB>exact<TAB>skeleton<TAB>sound<TAB>closeness'");
                }
            }
            start = end + 1;
        }
        if (longest < 0) {
            throw new IllegalStateException(resource + ": no '" + LONGEST + "' line");
        }
        return longest;
    }

    /** Whether these keys are of these places, in this order. */
    boolean fits(List<Place> places) {
        if (places.size() != pcodes.size()) {
            return false;
        }
        for (int i = 0; i < places.size(); i++) {
            if (!places.get(i).pcode().equals(pcodes.get(i))) {
                return false;
            }
        }
        return true;
    }

    public GazetteerKeys keys() {
        return keys;
    }

    /** The file's text for these places and their keys. */
    public static String render(List<Place> places, GazetteerKeys keys) {
        StringBuilder out = new StringBuilder();
        out.append("# The keys of the names of each place of the gazetteer beside this file, worked out by\n")
                .append("# org.marsad.place.index.GazetteerKeys.of. Checked by ShippedKeysTest, which writes a fresh copy under\n")
                .append("# target/. pcode, exact, skeleton, sound, closeness keys.\n")
                .append(LONGEST).append('\t').append(keys.longestName()).append('\n')
                .append(HEADS).append('\t').append(String.join("|", keys.heads().stream().sorted().toList())).append('\n');
        for (int i = 0; i < places.size(); i++) {
            PlaceKeys own = keys.places().get(i);
            out.append(places.get(i).pcode());
            for (String kind : List.of(own.exact(), own.skeleton(), own.sound(), own.own())) {
                out.append('\t').append(kind);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
