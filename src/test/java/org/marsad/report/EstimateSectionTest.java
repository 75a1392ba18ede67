package org.marsad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.marsad.estimate.EstimateRun;
import org.marsad.estimate.Estimator;
import org.marsad.estimate.Method;
import org.marsad.estimate.StratumEstimate;
import org.marsad.estimate.model.CaptureHistories;

class EstimateSectionTest {
    private static EstimateRun run(Map<String, Long> patterns) {
        CaptureHistories h = CaptureHistories.of(List.of("A", "B", "C"), patterns);
        return new EstimateRun(Method.INDEPENDENCE, null,
                new StratumEstimate(null, h, new Estimator(Method.INDEPENDENCE, 1).estimate(h), null), List.of(), List.of());
    }

    private static EstimateSection section(Lang lang) {
        ResourceBundle words = ResourceBundle.getBundle("i18n.report", Locale.forLanguageTag(lang.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new EstimateSection(lang, Digits.WESTERN, words, code -> code);
    }

    @Test
    void arabicNounsAgreeWithBothCounts() {
        // 103 documented: a hundred and three takes the plural (أشخاص) after its last part, 3
        EstimateRun r = run(Map.of("100", 30L, "010", 25L, "001", 20L, "110", 10L, "101", 8L, "011", 6L, "111", 4L));
        String s = section(Lang.AR).sentence(r.overall().estimate(), r);
        assertThat(s).startsWith("الموثَّقون: 103 أشخاص؛");
        assertThat(s).containsPattern("المقدَّر: \\d+ (شخص|شخصاً|أشخاص) \\(مجال الثقة 95%: \\d+–\\d+\\)");
    }

    @Test
    void aRefusedEstimateSaysWhyInsteadOfAFigure() {
        CaptureHistories two = CaptureHistories.of(List.of("A", "B"), Map.of("10", 5L, "01", 4L, "11", 2L));
        StratumEstimate refused = new StratumEstimate(null, two, null,
                new org.marsad.estimate.Caution(org.marsad.estimate.Caution.Kind.TOO_FEW_LISTS, "only 2 list(s)", "قائمتان فقط"));
        List<Block> blocks = section(Lang.AR).blocks(new EstimateRun(Method.LCMCR, null, refused, List.of(), List.of()));
        assertThat(blocks).hasSize(2);
        assertThat(((Block.Paragraph) blocks.get(1)).text()).isEqualTo("لا تقدير لغير الموثقين: قائمتان فقط.");
    }
}
