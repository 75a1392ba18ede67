package org.marsad.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.marsad.estimate.Caution;
import org.marsad.estimate.Estimate;
import org.marsad.estimate.EstimateRun;
import org.marsad.estimate.StratumEstimate;
import org.marsad.report.chart.Charts;
import org.marsad.report.chart.EstimateBar;
import org.marsad.report.words.ArabicCount;
import org.marsad.report.words.Case;
import org.marsad.report.words.EnglishCount;
import org.marsad.report.words.Noun;

/**
 * The report's section on deaths no list documents: the sentence "documented N; estimated M (95%
 * interval L–H) by method X", a table and chart per stratum, the cautions, and what the estimate assumes
 * in plain words. The figures come from {@link org.marsad.estimate}; this class only writes them.
 */
final class EstimateSection {
    private final Lang lang;
    private final Digits digits;
    private final ResourceBundle words;
    private final Function<String, String> strataName;

    EstimateSection(Lang lang, Digits digits, ResourceBundle words, Function<String, String> strataName) {
        this.lang = lang;
        this.digits = digits;
        this.words = words;
        this.strataName = strataName;
    }

    List<Block> blocks(EstimateRun run) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(2, words.getString("estimate")));
        StratumEstimate all = run.overall();
        if (all.refused()) {
            b.add(new Block.Paragraph(MessageFormat.format(words.getString("estimate.refused"), said(all.refusal()))));
            return b;
        }
        b.add(new Block.Paragraph(sentence(all.estimate(), run)));
        List<String> cautions = new ArrayList<>();
        run.notes().forEach(c -> cautions.add(said(c)));
        all.estimate().cautions().forEach(c -> cautions.add(said(c)));
        if (!cautions.isEmpty()) {
            b.add(new Block.Bullets(cautions));
        }
        List<StratumEstimate> strata = run.strata().stream().filter(s -> !s.refused()).toList();
        if (!run.strata().isEmpty()) {
            b.add(table(run.by(), run.strata()));
        }
        if (strata.size() > 1) {
            String title = words.getString("estimate.chart." + run.by());
            b.add(new Block.Chart(title, Charts.estimates(lang, digits, title, words.getString("estimate.chart.note"),
                    strata.stream().map(s -> new EstimateBar(strataName.apply(s.stratum()), s.documented(),
                            s.estimate().estimate(), s.estimate().low(), s.estimate().high())).toList())));
        }
        b.add(new Block.Paragraph(words.getString("estimate.assumes")));
        return b;
    }

    /** "Documented N; estimated M (95% interval L–H) by method X", with Arabic nouns agreeing with their numbers. */
    String sentence(Estimate e, EstimateRun run) {
        String method = lang == Lang.AR ? digits.inText(run.method().arabic()) : run.method().english();
        if (lang == Lang.AR) {
            return MessageFormat.format(words.getString("estimate.sentence"),
                    ArabicCount.phrase(e.documented(), Noun.PERSON, digits, Case.OBLIQUE),
                    ArabicCount.phrase(e.estimate(), Noun.PERSON, digits, Case.OBLIQUE),
                    digits.grouped(e.low()), digits.grouped(e.high()), method);
        }
        return MessageFormat.format(words.getString("estimate.sentence"), EnglishCount.phrase(e.documented(), Noun.PERSON),
                number(e.estimate()), number(e.low()), number(e.high()), method);
    }

    private Block table(String by, List<StratumEstimate> strata) {
        List<List<String>> rows = new ArrayList<>();
        for (StratumEstimate s : strata) {
            String name = strataName.apply(s.stratum());
            if (s.refused()) {
                rows.add(List.of(name, number(s.documented()), "—", "—", said(s.refusal())));
            } else {
                Estimate e = s.estimate();
                String caution = String.join(lang == Lang.AR ? "؛ " : "; ", e.cautions().stream().map(this::shortCaution).toList());
                rows.add(List.of(name, number(s.documented()), number(e.estimate()),
                        number(e.low()) + "–" + number(e.high()), caution));
            }
        }
        return new Block.Table(List.of(words.getString("estimate.col." + by), words.getString("estimate.col.documented"),
                words.getString("estimate.col.estimate"), words.getString("estimate.col.interval"),
                words.getString("estimate.col.caution")), rows, 1);
    }

    private String shortCaution(Caution c) {
        return words.getString("estimate.caution." + c.kind().name().toLowerCase(Locale.ROOT));
    }

    private String number(long n) {
        return lang == Lang.EN ? String.format(Locale.ROOT, "%,d", n) : digits.grouped(n);
    }

    /** A caution in the report's language, its numbers in the report's digits. */
    private String said(org.marsad.estimate.Caution c) {
        return lang == Lang.AR ? digits.inText(c.text(true)) : c.text(false);
    }
}
