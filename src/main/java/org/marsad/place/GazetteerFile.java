package org.marsad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a gazetteer TSV as {@code scripts/build-gazetteer.py} writes it: a header row, then one place a
 * line with the columns pcode, parent, level, name_ar, name_en, lat, lon, population and aliases
 * (separated by |). The files ship inside the jar, so a malformed line is a build fault and fails fast.
 */
final class GazetteerFile {
    private static final List<String> COLUMNS =
            List.of("pcode", "parent", "level", "name_ar", "name_en", "lat", "lon", "population", "aliases");

    private GazetteerFile() {
    }

    static List<Place> read(String resource) {
        InputStream in = GazetteerFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !Arrays.asList(header.split("\t")).equals(COLUMNS)) {
                throw new IllegalStateException(resource + ": header must be " + String.join(",", COLUMNS));
            }
            List<Place> places = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                places.add(parse(line, resource + ":" + lineNumber));
            }
            return places;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Place parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS.size()) {
            throw new IllegalStateException(where + ": expected " + COLUMNS.size() + " columns, found " + f.length);
        }
        try {
            List<String> aliases = f[8].isEmpty() ? List.of() : List.of(f[8].split("\\|"));
            return new Place(f[0], f[1], AdminLevel.ofDepth(Integer.parseInt(f[2])), f[3], f[4],
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                    f[7].isEmpty() ? 0 : Long.parseLong(f[7]), aliases);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }
}
