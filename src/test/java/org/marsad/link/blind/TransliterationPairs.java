package org.marsad.link.blind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Google's Arabic → English name pairs ({@code ../shared/data/names/google-transliteration-ar2en-*.txt},
 * Apache-2.0): for an Arabic word the Latin spellings people use, to spell the words the real list never
 * wrote in English.
 */
final class TransliterationPairs {
    static final Path FOLDER = Path.of("../shared/data/names");
    private static final List<String> SPLITS = List.of("train", "eval", "test");

    private TransliterationPairs() {
    }

    static boolean present() {
        return Files.exists(FOLDER.resolve("google-transliteration-ar2en-train.txt"));
    }

    static Map<String, Weighted<String>> read() throws IOException {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (String split : SPLITS) {
            Path file = FOLDER.resolve("google-transliteration-ar2en-" + split + ".txt");
            int line = 0;
            for (String row : Files.readAllLines(file)) {
                line++;
                String[] pair = row.split("\t");
                if (pair.length != 2) {
                    throw new IOException(file + ", line " + line
                            + ": expected an Arabic word, a tab and its spelling");
                }
                if (InitialSounds.agree(pair[0], pair[1])) {
                    counts.computeIfAbsent(pair[0], k -> new TreeMap<>()).merge(capitalized(pair[1]), 1, Integer::sum);
                }
            }
        }
        Map<String, Weighted<String>> spellings = new HashMap<>();
        counts.forEach((word, latin) -> spellings.put(word, new Weighted<>(latin)));
        return spellings;
    }

    static String capitalized(String latin) {
        return latin.isEmpty() ? latin : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }
}
