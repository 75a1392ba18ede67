package org.marsad.estimate;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.marsad.InputError;
import org.marsad.estimate.model.CaptureHistories;

/**
 * Reads the Estimate CSV of DESIGN.md: a header {@code person,source}, then one row per person and list
 * that documents them. Lists are numbered in the order they first appear. A malformed row is an error
 * naming the file, its line and field, never skipped.
 */
public final class ListsCsv {
    /** Beyond this many lists the overlap table (2^lists patterns) is too sparse to learn from; pool them. */
    static final int MOST_LISTS = 16;

    private ListsCsv() {
    }

    public static CaptureHistories read(Reader in, String file) {
        Map<String, Integer> lists = new LinkedHashMap<>();
        Map<String, Integer> patternOf = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : List.of("person", "source")) {
                if (!header.contains(column)) {
                    throw new InputError(file + ": line 1: no '" + column + "' column (the header must be person,source)");
                }
            }
            for (CSVRecord row : parser) {
                long line = row.getParser().getCurrentLineNumber();
                String person = field(row, "person");
                String source = field(row, "source");
                if (person.isEmpty()) {
                    throw new InputError(file + ": line " + line + ": field 'person' is empty");
                }
                if (source.isEmpty()) {
                    throw new InputError(file + ": line " + line + ": person '" + person + "' has no source (field 'source' is empty)");
                }
                Integer list = lists.get(source);
                if (list == null) {
                    if (lists.size() == MOST_LISTS) {
                        throw new InputError(file + ": line " + line + ": list '" + source + "' is the " + (MOST_LISTS + 1)
                                + "th; estimation takes at most " + MOST_LISTS + " lists — pool the small ones");
                    }
                    list = lists.size();
                    lists.put(source, list);
                }
                patternOf.merge(person, 1 << list, (a, b) -> a | b);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputError(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new InputError(file + ": malformed CSV: " + e.getMessage(), e);
        }
        if (patternOf.isEmpty()) {
            throw new InputError(file + ": no rows after the header");
        }
        long[] counts = new long[1 << lists.size()];
        for (int pattern : patternOf.values()) {
            counts[pattern]++;
        }
        return new CaptureHistories(new ArrayList<>(lists.keySet()), counts);
    }

    private static String field(CSVRecord row, String name) {
        return row.isSet(name) ? row.get(name).trim() : "";
    }
}
