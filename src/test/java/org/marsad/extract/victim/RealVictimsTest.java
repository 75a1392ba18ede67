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
import org.marsad.extract.Claim;
import org.marsad.extract.ClaimExtractor;
import org.marsad.extract.Extraction;

/**
 * Scores the named-victim finder on the real reports of {@code ../shared/corpus/real} as GOLD.md says:
 * a found victim matches at most one gold victim with the same outcome and the same name after Arabic
 * spelling folding (Latin case-folded). Prints each case's misses and extras, then the totals; fails
 * when F1 slides under the floor. Skips where the corpus is absent.
 */
class RealVictimsTest {

    private static final Path CORPUS = Path.of("../shared/corpus/real");
    /** Just under the F1 reached; raise it when the finder reads better. */
    private static final double FLOOR = 0.995;

    @Test
    void namedVictimsOfRealReports() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no ../shared/corpus/real here");
        Map<String, Map<String, String>> corrections = corrections();
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(p -> p.getFileName().toString().matches("r\\d+\\.txt")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        int[] claimsBefore = new int[3];
        int[] claimsAfter = new int[3];
        int tp = 0;
        int found = 0;
        int gold = 0;
        StringBuilder report = new StringBuilder();
        StringBuilder dateReport = new StringBuilder();
        // matched victims by date: none and none, one found where gold has none, none found, equal, different
        int[] dates = new int[5];
        for (Path txt : cases) {
            String name = txt.getFileName().toString().replace(".txt", "");
            Path goldFile = txt.resolveSibling(name + ".gold.json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            JsonNode root = json.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
            List<String> expected = new ArrayList<>();
            List<String> expectedDates = new ArrayList<>();
            Map<String, String> fixes = corrections.getOrDefault(name, Map.of());
            for (JsonNode v : root.path("victims")) {
                String written = v.get("name").asText();
                String fixed = fixes.getOrDefault(written, written);
                if (!fixed.equals("-")) {
                    expected.add(v.get("outcome").asText() + "|" + NamedVictimFinder.key(fixed));
                    expectedDates.add(v.path("date").isTextual() ? v.get("date").asText() : null);
                }
            }
            String text = body(Files.readString(txt, StandardCharsets.UTF_8));
            Extraction extraction = new ClaimExtractor().extract(text);
            List<NamedVictim> victims = extraction.victims();
            scoreClaims(root, statedOnly(extraction), claimsBefore);
            scoreClaims(root, extraction.claims(), claimsAfter);
            List<String> extras = new ArrayList<>();
            List<String> left = new ArrayList<>(expected);
            List<String> leftDates = new ArrayList<>(expectedDates);
            for (NamedVictim v : victims) {
                String key = v.outcome().code() + "|" + NamedVictimFinder.key(v.name());
                int at = left.indexOf(key);
                if (at < 0) {
                    extras.add(key);
                    continue;
                }
                left.remove(at);
                String goldDate = leftDates.remove(at);
                String date = v.date() == null ? null : v.date().toString();
                dates[goldDate == null ? (date == null ? 0 : 1) : date == null ? 2 : goldDate.equals(date) ? 3 : 4]++;
                if (!java.util.Objects.equals(goldDate, date)) {
                    dateReport.append(name).append(": ").append(v.name()).append(" date ").append(date)
                            .append(", gold ").append(goldDate).append('\n');
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
        report.append(dateReport);
        report.append(String.format("dates of matched victims: %d right (%d of them a date), %d given where gold has"
                + " none, %d missing, %d different%n", dates[0] + dates[3], dates[3], dates[1], dates[2], dates[4]));
        report.append("claims without the claims of 1 of named victims: ").append(f1(claimsBefore)).append('\n');
        report.append("claims with them:                                 ").append(f1(claimsAfter)).append('\n');
        System.out.print(report);
        assertTrue(f1 >= FLOOR, "named-victims F1 " + f1 + " is under the floor " + FLOOR);
    }

    /** The stated figures: the claims less the claims of 1 appended for named victims no figure counts. */
    private static List<Claim> statedOnly(Extraction e) {
        List<Claim> out = new ArrayList<>(e.claims());
        for (int k = out.size() - 1; k >= 0; k--) {
            Claim c = out.get(k);
            int index = k;
            boolean own = e.victims().stream().anyMatch(v -> v.claim() != null && v.claim() == index
                    && v.start() == c.span().start() && v.end() == c.span().end());
            if (!own) {
                break;
            }
            out.remove(k);
        }
        return out;
    }

    /** Adds matched, found and gold claim counts (outcome, group, count) to {@code totals}. */
    private static void scoreClaims(JsonNode gold, List<Claim> claims, int[] totals) {
        List<String> left = new ArrayList<>();
        for (JsonNode c : gold.path("claims")) {
            left.add(c.get("outcome").asText() + " " + c.get("group").asText() + " " + c.get("count").asLong());
        }
        totals[2] += left.size();
        totals[1] += claims.size();
        for (Claim c : claims) {
            if (left.remove(c.outcome().code() + " " + c.group().code() + " " + c.count())) {
                totals[0]++;
            }
        }
    }

    private static String f1(int[] t) {
        double p = t[1] == 0 ? 0 : (double) t[0] / t[1];
        double r = t[2] == 0 ? 0 : (double) t[0] / t[2];
        return String.format("P %.3f R %.3f F1 %.3f (%d of %d found, %d gold)", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), t[0], t[1], t[2]);
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
