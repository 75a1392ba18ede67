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
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.tally.Dimension;
import org.marsad.tally.Reconciliation;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;

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
    void aDemoReportsNamedVictimsAreStoredConfirmedInsideTheirFigure() {
        String text = "قتل ثلاثة مدنيين بينهم سامر خالد العلي وشقيقته هدى في قصف على البلدة.";
        DemoData.Demo demo = new DemoData.Demo("test", new DemoData.DemoSource("field team", "observatory"),
                List.of(new DemoData.DemoReport("t", "ar", java.time.LocalDate.of(2019, 5, 14), text,
                        List.of(new DemoData.Figure("ثلاثة مدنيين", "killed", 3, "exact", "civilian", null, null,
                                "shelling", null, null, null, null, null, "i1")),
                        List.of(new DemoData.DemoVictim("سامر خالد العلي", "killed", "M", null, "civilian", 0),
                                new DemoData.DemoVictim("هدى", "killed", "F", null, "civilian", 0)))),
                List.of(new DemoData.DemoIncident("i1", java.time.LocalDate.of(2019, 5, 14), null, 1, null, "البلدة", 2,
                        "shelling", null, "fair")));
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            assertThat(DemoData.load(db, demo)).isEqualTo(1);
            assertThat(DemoData.load(db, demo)).isZero();
            long report = new Reports(db).all().get(0).id();
            List<org.marsad.store.report.ReportVictim> victims = new org.marsad.store.report.ReportVictims(db).ofReport(report);
            assertThat(victims).extracting(v -> v.record().fullName()).containsExactly("سامر خالد العلي", "هدى");
            assertThat(victims).extracting(org.marsad.store.report.ReportVictim::status)
                    .containsOnly(org.marsad.store.ReviewStatus.CONFIRMED);
            assertThat(text.substring(victims.get(1).span().start(), victims.get(1).span().end())).isEqualTo("هدى");
            assertThat(new Tallies(db).count(List.of(), TallyFilter.none()).total().killed().low()).isEqualTo(3);
        }
    }

    @Test
    void theDemoCountsEachFigureOnceAndComparesTheCumulativeToll() {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            DemoData.load(db);
            Tallies tallies = new Tallies(db);
            Tally byGroup = tallies.count(List.of(Dimension.GROUP), TallyFilter.none());
            // 1114 in the city + 16 at Zor Shammar + 156 by mines; 1338 + 624 fighters; 1130 is the reported sum
            assertThat(byGroup.row("civilian").orElseThrow().killed().low()).isEqualTo(1286);
            assertThat(byGroup.row("child").orElseThrow().killed().low()).isEqualTo(267 + 3 + 36);
            assertThat(byGroup.row("fighter").orElseThrow().killed().low()).isEqualTo(1962);
            assertThat(byGroup.total().killed().low()).isEqualTo(3248);
            List<Reconciliation.Comparison> reported = new Reconciliation(db, tallies).compare(TallyFilter.none());
            assertThat(reported).extracting(c -> c.reported() + "=" + c.recorded().low())
                    .containsExactly("1130=1130", "270=270", "198=198");
        }
    }

    @Test
    void theExtractorFindsExactlyTheDemosFigures() {
        var extractor = new org.marsad.extract.ClaimExtractor();
        for (DemoData.DemoReport r : DemoData.read().reports()) {
            List<String> found = extractor.extract(r.text()).claims().stream()
                    .map(c -> c.outcome().code() + " " + c.count() + " " + c.qualifier().code() + " " + c.group().code()
                            + " within " + c.within())
                    .toList();
            List<String> entered = r.figures().stream()
                    .map(f -> f.outcome() + " " + f.count() + " " + f.qualifier() + " " + f.group() + " within " + f.within())
                    .toList();
            assertThat(found).as(r.title()).isEqualTo(entered);
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
