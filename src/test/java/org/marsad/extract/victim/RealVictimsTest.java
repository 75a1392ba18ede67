package org.marsad.extract.victim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the named-victim finder on the real reports of {@code ../shared/corpus/real} as GOLD.md says:
 * a found victim matches at most one gold victim with the same outcome and the same name after Arabic
 * spelling folding (Latin case-folded). Prints each case's misses and extras, then the totals; fails
 * when F1 slides under the floor. Skips where the corpus is absent.
 */
class RealVictimsTest {

    private static final Path CORPUS = Path.of("../shared/corpus/real");
    /** Just under the F1 reached; raise it when the finder reads better. */
    private static final double FLOOR = 0.0;

    @Test
    void namedVictimsOfRealReports() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no ../shared/corpus/real here");
        Map<String, Map<String, String>> corrections = corrections();
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(p -> p.getFileName().toString().matches("r\\d+\\.txt")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int found = 0;
        int gold = 0;
        StringBuilder report = new StringBuilder();
        for (Path txt : cases) {
            String name = txt.getFileName().toString().replace(".txt", "");
            Path goldFile = txt.resolveSibling(name + ".gold.json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            JsonNode root = json.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
            List<String> expected = new ArrayList<>();
            Map<String, String> fixes = corrections.getOrDefault(name, Map.of());
            for (JsonNode v : root.path("victims")) {
                String written = v.get("name").asText();
                String fixed = fixes.getOrDefault(written, written);
                if (!fixed.equals("-")) {
                    expected.add(v.get("outcome").asText() + "|" + NamedVictimFinder.key(fixed));
                }
            }
            List<NamedVictim> victims = NamedVictimFinder.find(body(Files.readString(txt, StandardCharsets.UTF_8)));
            List<String> extras = new ArrayList<>();
            List<String> left = new ArrayList<>(expected);
            for (NamedVictim v : victims) {
                String key = v.outcome().code() + "|" + NamedVictimFinder.key(v.name());
                if (!left.remove(key)) {
                    extras.add(key);
                }
            }
            gold += expected.size();
            found += victims.size();
            tp += victims.size() - extras.size();
            if (!left.isEmpty() || !extras.isEmpty()) {
                report.append(name).append(": missed ").append(left).append(" extra ").append(extras).append('\n');
            }
        }
        double p = found == 0 ? 0 : (double) tp / found;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        report.append(String.format("named victims: found %d, gold %d, matched %d: P %.3f R %.3f F1 %.3f%n", found,
                gold, tp, p, r, f1));
        System.out.print(report);
        assertTrue(f1 >= FLOOR, "named-victims F1 " + f1 + " is under the floor " + FLOOR);
    }

    /** The report text without its leading "# " metadata lines. */
    static String body(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].startsWith("# ")) {
            i++;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
    }

    /** case → (gold name → corrected name or "-"), from the corrections file beside this test. */
    private static Map<String, Map<String, String>> corrections() throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (InputStream in = RealVictimsTest.class.getResourceAsStream("real-victims-corrections.tsv")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f[2]);
            }
        }
        return out;
    }
}
