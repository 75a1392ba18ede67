package org.marsad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A test table of place mentions and the p-code each should resolve to first (TSV: mention, p-code; # comments). */
record MentionTable(String text, String pcode) {

    static List<MentionTable> read(String resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(MentionTable.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new MentionTable(f[0], f[1]))
                    .toList();
        }
    }

    /** The mentions whose best candidate is not their p-code ({@code none} when nothing is found), one line each. */
    static List<String> topOneMisses(PlaceResolver resolver, List<MentionTable> table, String none) {
        List<String> misses = new ArrayList<>();
        for (MentionTable m : table) {
            String top = resolver.best(m.text()).map(Candidate::pcode).orElse(none);
            if (!top.equals(m.pcode())) {
                misses.add(m.text() + " → " + top + " (expected " + m.pcode() + ")");
            }
        }
        return misses;
    }
}
