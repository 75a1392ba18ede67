package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "# source: URL" lines heading a saved item are no part of the report (GOLD.md), and offsets stay the file's. */
class ReportMetadataTest {

    private final ClaimExtractor extractor = new ClaimExtractor(PlaceLookup.none());

    @Test
    void aLeadingSourceLineIsNoPartOfTheReport() {
        String file = "# source: https://example.org/news/2024/12/7-killed-in-shelling-of-market-3\n"
                + "# outlet: Example Wire; date: 2024-12-07\n"
                + "قتل 5 مدنيين في قصف على السوق.\n";
        String text = ReportMetadata.blank(file);
        assertThat(text).hasSameSizeAs(file);
        Extraction e = extractor.extract(text);
        // the Latin URL made an Arabic report read as English before
        assertThat(e.lang()).isEqualTo("ar");
        assertThat(e.claims()).extracting(Claim::count).containsExactly(5L);
        int at = file.indexOf("5 مدنيين");
        assertThat(e.claims().get(0).span().start()).isEqualTo(at);
    }

    @Test
    void aHashLaterInTheTextOrAHeadingWithoutAKeyStays() {
        String file = "# 3 killed in Idlib\nThree civilians were killed.\n# source: kept as text here\n";
        assertThat(ReportMetadata.blank(file)).isEqualTo(file);
    }

    @Test
    void theDateLineIsThePublicationDate() {
        assertThat(ReportMetadata.date("# source: https://example.org/a\n# outlet: Wire; date: 2020-02-12\nنص"))
                .isEqualTo(java.time.LocalDate.of(2020, 2, 12));
        assertThat(ReportMetadata.date("# outlet: Wire; date: unknown\nنص")).isNull();
        assertThat(ReportMetadata.date("نص\n# outlet: Wire; date: 2020-02-12\n")).isNull();
    }
}
