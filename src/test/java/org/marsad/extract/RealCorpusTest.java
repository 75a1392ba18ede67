package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on real reports published by others ({@code ../shared/corpus/real}, read in place,
 * never copied into the project), as {@code docs/GOLD.md} says: an extracted claim matches at most one
 * gold claim with the same outcome, group and count; precision, recall and F1 are summed over all cases.
 * Gold entries we are sure are wrong are corrected by {@code real-corpus-corrections.tsv}, each with its
 * reason. The floor is just under the score reached, so quality never slides back.
 */
class RealCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "real");
    /** F1 reached on the real corpus when this floor was set, rounded down. */
    private static final double F1_FLOOR = 0.937;

    @Test
    void scoresAtLeastTheFloorOnRealReports() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared real-report corpus is not here");
        List<Path> reports;
        try (Stream<Path> files = Files.list(CORPUS)) {
            reports = files.filter(p -> p.getFileName().toString().matches("r\\d+\\.txt"))
                    .filter(p -> Files.exists(gold(p))).sorted().toList();
        }
        assumeTrue(!reports.isEmpty(), "the shared real-report corpus has no cases");
        Map<String, List<Correction>> corrections = corrections();
        ClaimExtractor extractor = new ClaimExtractor();
        Map<String, DevSetTest.Score> byLang = new LinkedHashMap<>();
        DevSetTest.Score total = new DevSetTest.Score();
        for (Path report : reports) {
            String name = report.getFileName().toString().replaceFirst("\\.txt$", "");
            JsonNode root = new ObjectMapper().readTree(Files.readString(gold(report), StandardCharsets.UTF_8));
            List<GoldFile.Key> gold = claims(root, corrections.getOrDefault(name, List.of()));
            String text = withoutMetadata(Files.readString(report, StandardCharsets.UTF_8));
            DevSetTest.Score score = DevSetTest.Score.of(gold, GoldFile.keys(extractor.extract(text)));
            total.add(score);
            byLang.computeIfAbsent(root.path("lang").asText("?"), k -> new DevSetTest.Score()).add(score);
            if (!score.errors.isEmpty()) {
                System.out.println(name + ": " + score.errors);
            }
        }
        byLang.forEach((lang, s) -> System.out.printf("real corpus %s: precision %.3f, recall %.3f, F1 %.3f%n",
                lang, s.precision(), s.recall(), s.f1()));
        System.out.printf("real corpus: %d reports, %d gold claims, precision %.3f, recall %.3f, F1 %.3f%n",
                reports.size(), total.gold, total.precision(), total.recall(), total.f1());
        assertThat(total.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    private static Path gold(Path txt) {
        return txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".gold.json"));
    }

    /** The report without its leading "# source:" / "# outlet:" metadata lines. */
    static String withoutMetadata(String text) {
        int at = 0;
        while (text.startsWith("# ", at)) {
            int eol = text.indexOf('\n', at);
            at = eol < 0 ? text.length() : eol + 1;
        }
        return text.substring(at);
    }

    private static List<GoldFile.Key> claims(JsonNode root, List<Correction> corrections) {
        List<GoldFile.Key> claims = new ArrayList<>();
        for (JsonNode c : root.get("claims")) {
            JsonNode within = c.get("within");
            claims.add(new GoldFile.Key(c.get("outcome").asText(), c.get("count").asLong(), c.get("qualifier").asText(),
                    c.get("group").asText(), within == null || within.isNull() ? null : within.asInt()));
        }
        for (Correction fix : corrections) {
            GoldFile.Key k = claims.get(fix.entry());
            claims.set(fix.entry(), switch (fix.field()) {
                case "outcome" -> new GoldFile.Key(fix.value(), k.count(), k.qualifier(), k.group(), k.within());
                case "count" -> new GoldFile.Key(k.outcome(), Long.parseLong(fix.value()), k.qualifier(), k.group(),
                        k.within());
                case "group" -> new GoldFile.Key(k.outcome(), k.count(), k.qualifier(), fix.value(), k.within());
                default -> throw new IllegalArgumentException("unknown field in corrections: " + fix.field());
            });
        }
        return claims;
    }

    /** One corrected gold entry: the case, the claim's index, the field, its corrected value and why. */
    private record Correction(String report, int entry, String field, String value, String why) {
    }

    private static Map<String, List<Correction>> corrections() throws IOException {
        Map<String, List<Correction>> byCase = new HashMap<>();
        try (InputStream in = RealCorpusTest.class.getResourceAsStream("real-corpus-corrections.tsv")) {
            if (in == null) {
                return byCase;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalArgumentException("real-corpus-corrections.tsv line " + (n + 1)
                            + ": expected 5 tab-separated fields (case, entry, field, value, why)");
                }
                byCase.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Correction(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
            }
        }
        return byCase;
    }
}
