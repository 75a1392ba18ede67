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
import java.util.Map;

/**
 * Reads a gazetteer TSV as {@code scripts/build-gazetteer.py} writes it: a header row, then one place a
 * line with the columns pcode, parent, level, name_ar, name_en, lat, lon, population, capital and aliases
 * (separated by |); and its regions file ({@code syria-regions.tsv}: pcode, region, names). The files ship
 * inside the jar, so a malformed line is a build fault and fails fast.
 */
final class GazetteerFile {
    private static final List<String> COLUMNS =
            List.of("pcode", "parent", "level", "name_ar", "name_en", "lat", "lon", "population", "capital", "aliases");

    private static final List<String> REGION_COLUMNS = List.of("pcode", "region", "names");

    private GazetteerFile() {
    }

    static List<Place> places(String resource) {
        return rows(resource, COLUMNS).stream().map(GazetteerFile::place).toList();
    }

    /** The regions of {@code resource}, each tied to its place; none when the file is absent. */
    static List<Region> regions(String resource, Map<String, Place> byPcode) {
        if (GazetteerFile.class.getResource(resource) == null) {
            return List.of();
        }
        return rows(resource, REGION_COLUMNS).stream().map(f -> {
            Place place = byPcode.get(f.fields()[0]);
            if (place == null) {
                throw new IllegalStateException(f.where() + ": unknown p-code " + f.fields()[0]);
            }
            return new Region(f.fields()[1], place, List.of(f.fields()[2].split("\\|")));
        }).toList();
    }

    /** A line of a file; {@code where()} is built only for an error, as loading must stay quick. */
    private record Row(String resource, int line, String[] fields) {
        String where() {
            return resource + ":" + line;
        }
    }

    private static List<Row> rows(String resource, List<String> columns) {
        InputStream in = GazetteerFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !Arrays.asList(header.split("\t")).equals(columns)) {
                throw new IllegalStateException(resource + ": header must be " + String.join(",", columns));
            }
            List<Row> rows = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String[] fields = line.split("\t", -1);
                if (fields.length != columns.size()) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected " + columns.size()
                            + " columns, found " + fields.length);
                }
                rows.add(new Row(resource, lineNumber, fields));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Place place(Row row) {
        String[] f = row.fields();
        try {
            List<String> aliases = f[9].isEmpty() ? List.of() : List.of(f[9].split("\\|"));
            return new Place(f[0], f[1], AdminLevel.ofDepth(Integer.parseInt(f[2])), f[3], f[4],
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                    f[7].isEmpty() ? 0 : Long.parseLong(f[7]), f[8].isEmpty() ? 0 : Integer.parseInt(f[8]), aliases);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
        }
    }
}
