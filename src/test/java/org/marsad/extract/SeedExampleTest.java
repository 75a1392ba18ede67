package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked example of the Claim JSON contract: all 19 figures of the Raqqa report, nothing else. */
class SeedExampleTest {

    private static final Path SEED = Path.of("../shared/corpus/000_4a55212802626520.txt");

    @Test
    void readsAllNineteenFiguresOfTheSeedReportAndNoOther() throws Exception {
        assumeTrue(Files.exists(SEED), "the shared corpus (../shared/corpus) is absent; skipping the seed example");
        GoldFile gold = GoldFile.read(SEED);
        Extraction e = new ClaimExtractor().extract(gold.text());
        assertThat(e.lang()).isEqualTo("ar");
        assertThat(GoldFile.keys(e)).containsExactlyElementsOf(gold.claims());
    }

    @Test
    void readsTheSeedPeriodsWithBothMonthNamesAndRelativeYears() throws Exception {
        assumeTrue(Files.exists(SEED), "the shared corpus (../shared/corpus) is absent; skipping the seed example");
        Extraction e = new ClaimExtractor().extract(GoldFile.read(SEED).text());
        Claim civilians = e.claims().get(1);
        assertThat(civilians.period()).isEqualTo(new Period(LocalDate.of(2017, 6, 5), LocalDate.of(2017, 10, 10)));
        assertThat(civilians.perpetrator()).isEqualTo("international coalition");
        Claim islamicState = e.claims().get(11);
        assertThat(islamicState.period()).isEqualTo(new Period(null, LocalDate.of(2017, 10, 10)));
        assertThat(islamicState.affiliation()).contains("الدولة الإسلامية");
        Claim mines = e.claims().get(16);
        assertThat(mines.cause()).isEqualTo("landmine");
        assertThat(mines.place().text()).isEqualTo("مدينة الرقة");
    }

    @Test
    void checksThatTheSeedPartsAddUpAndTheTotalAgrees() throws Exception {
        assumeTrue(Files.exists(SEED), "the shared corpus (../shared/corpus) is absent; skipping the seed example");
        Extraction e = new ClaimExtractor().extract(GoldFile.read(SEED).text());
        assertThat(e.checks()).anySatisfy(c -> {
            assertThat(c.claims()).containsExactly(1, 5, 8);
            assertThat(c.ok()).isTrue();
        });
        assertThat(e.checks()).anySatisfy(c -> {
            assertThat(c.claims()).containsExactly(0, 1, 11, 12, 16);
            assertThat(c.ok()).isTrue();
        });
        assertThat(e.checks()).allSatisfy(c -> assertThat(c.ok()).isTrue());
    }
}
