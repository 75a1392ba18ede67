package org.marsad.place.gazetteer;

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
import org.marsad.place.AdminLevel;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;

/**
 * Reads a gazetteer TSV as {@code scripts/build-gazetteer.py} writes it: a header row, then one place a
 * line with the columns pcode, parent, level, name_ar, name_en, lat, lon, population, capital and aliases
 * (separated by |); and its regions file ({@code syria-regions.tsv}: pcode, region, names). The files ship
 * inside the jar beside {@link Gazetteer} ({@code org/marsad/place}), so a malformed line is a build fault and
 * fails fast.
 */
public final class GazetteerFile {
    private static final List<String> COLUMNS =
            List.of("pcode", "parent", "level", "name_ar", "name_en", "lat", "lon", "population", "capital", "aliases");

    private static final List<String> REGION_COLUMNS = List.of("pcode", "region", "names");

    private GazetteerFile() {
    }

    /**
     * The places of {@code resource}, read from its whole text cut at line ends and tabs: a first load reads
     * some 5,600 lines in code not yet compiled, and a reader of lines, a split into an array and a stream of
     * rows cost more than the cutting.
     */
    public static List<Place> places(String resource) {
        String text = text(resource);
        int headerEnd = lineEnd(text, 0);
        String header = text.substring(0, headerEnd);
        if (!Arrays.asList(header.split("\t")).equals(COLUMNS)) {
            throw new IllegalStateException(resource + ": header must be " + String.join(",", COLUMNS));
        }
        List<Place> places = new ArrayList<>(6000);
        String[] fields = new String[COLUMNS.size()];
        int lineNumber = 1;
        for (int start = next(text, headerEnd); start < text.length(); ) {
            int end = lineEnd(text, start);
            lineNumber++;
            int count = 0;
            for (int from = start; ; ) {
                int tab = text.indexOf('\t', from);
                int to = tab < 0 || tab > end ? end : tab;
                if (count < fields.length) {
                    fields[count] = text.substring(from, to);
                }
                count++;
                if (to == end) {
                    break;
                }
                from = to + 1;
            }
            if (count != fields.length) {
                throw new IllegalStateException(resource + ":" + lineNumber + ": expected " + fields.length
                        + " columns, found " + count);
            }
            places.add(place(resource, lineNumber, fields));
            start = next(text, end);
        }
        return places;
    }

    /** Where the line starting at {@code start} ends (before its \n or \r\n, or at the end of the text). */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** Where the line after the one ending at {@code end} starts. */
    private static int next(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        return end + 1;
    }

    private static String text(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The regions of {@code resource}, each tied to its place; none when the file is absent. */
    public static List<Region> regions(String resource, Map<String, Place> byPcode) {
        if (Gazetteer.class.getResource(resource) == null) {
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
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
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

    private static Place place(String resource, int line, String[] f) {
        try {
            return new Place(f[0], f[1], AdminLevel.ofDepth(Integer.parseInt(f[2])), f[3], f[4],
                    decimal(f[5]), decimal(f[6]),
                    f[7].isEmpty() ? 0 : Long.parseLong(f[7]), f[8].isEmpty() ? 0 : Integer.parseInt(f[8]),
                    aliases(f[9]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ":" + line + ": " + e.getMessage(), e);
        }
    }

    /** The aliases of a row, joined by | as the shipped keys are. */
    private static List<String> aliases(String field) {
        return List.of(splitAtBars(field));
    }

    private static final String[] NONE = new String[0];

    /**
     * The values of a field that holds several, | between them (a row's aliases, a place's shipped keys), cut by
     * hand: a first load cuts thousands of them in code not yet compiled.
     */
    public static String[] splitAtBars(String joined) {
        if (joined.isEmpty()) {
            return NONE;
        }
        List<String> values = new ArrayList<>(8);
        int start = 0;
        for (int bar = joined.indexOf('|'); bar >= 0; bar = joined.indexOf('|', start)) {
            values.add(joined.substring(start, bar));
            start = bar + 1;
        }
        values.add(joined.substring(start));
        return values.toArray(NONE);
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22};

    /**
     * A coordinate such as 33.5102 or -0.25, the same double {@link Double#parseDouble} reads: with at most
     * 15 digits the digits and the power of ten are both exact doubles, so their quotient is rounded once, as
     * the decimal is. Anything else (an exponent, more digits, a sign +) is left to parseDouble, which a
     * first load would otherwise run, still interpreted, 11,000 times.
     */
    static double decimal(String text) {
        int i = 0;
        boolean negative = !text.isEmpty() && text.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                fraction += fraction >= 0 ? 1 : 0;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (count == 0 || count > 15 || fraction >= POWERS_OF_TEN.length) {
            return Double.parseDouble(text);
        }
        double value = fraction <= 0 ? digits : digits / POWERS_OF_TEN[fraction];
        return negative ? -value : value;
    }
}
