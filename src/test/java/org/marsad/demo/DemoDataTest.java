package org.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Reports;
import org.marsad.store.StoredClaim;
import org.marsad.store.TestDatabases;

class DemoDataTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void loadingTwiceStoresEachReportOnce() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            assertThat(DemoData.load(db)).isEqualTo(3);
            assertThat(DemoData.load(db)).isZero();
            Reports reports = new Reports(db);
            assertThat(reports.all()).hasSize(3);
            int claims = reports.all().stream().mapToInt(r -> reports.claims(r.id()).size()).sum();
            assertThat(claims).isEqualTo(17);
        }
    }

    @Test
    void everyFigureSpansItsOwnWordsAndPartsFitTheirWhole() {
        for (DemoData.DemoReport r : DemoData.read().reports()) {
            List<Claim> claims = DemoData.claims(r);
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                String words = r.text().substring(c.span().start(), c.span().end());
                assertThat(words).isEqualTo(r.figures().get(i).phrase());
                if (c.within() != null) {
                    assertThat(c.within()).isLessThan(i);
                    assertThat(c.count()).isLessThanOrEqualTo(claims.get(c.within()).count());
                }
            }
        }
    }

    @Test
    void demoFiguresAreTheObservatorysFiguresInOurOwnWords() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        Path gold = Files.list(CORPUS).filter(p -> p.toString().endsWith(".gold.json")).findFirst().orElseThrow();
        Path text = Path.of(gold.toString().replace(".gold.json", ".txt"));
        Set<String> goldFigures = new HashSet<>();
        for (JsonNode c : new ObjectMapper().readTree(gold.toFile()).get("claims")) {
            goldFigures.add(c.get("group").asText() + ":" + c.get("count").asLong());
        }
        Set<String> demoFigures = DemoData.read().reports().stream().flatMap(r -> r.figures().stream())
                .map(f -> f.group() + ":" + f.count()).collect(Collectors.toSet());
        assertThat(goldFigures).containsAll(demoFigures);

        Set<String> articleRuns = wordRuns(Files.readString(text), 6);
        for (DemoData.DemoReport r : DemoData.read().reports()) {
            Set<String> copied = new HashSet<>(wordRuns(r.text(), 6));
            copied.retainAll(articleRuns);
            assertThat(copied).as("six-word runs copied from the article into '%s'", r.title()).isEmpty();
        }
    }

    private static Set<String> wordRuns(String text, int n) {
        String[] words = text.replaceAll("[\\p{Punct}،“”]", " ").trim().split("\\s+");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + n <= words.length; i++) {
            runs.add(String.join(" ", List.of(words).subList(i, i + n)));
        }
        return runs;
    }
}
