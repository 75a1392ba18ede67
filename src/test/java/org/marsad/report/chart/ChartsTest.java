package org.marsad.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.marsad.report.Digits;
import org.marsad.report.Lang;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    @Test
    void anArabicChartDeclaresItsLanguageAndEmbedsEveryTextRightToLeft() throws Exception {
        Document arabic = parse(Charts.bars(Lang.AR, Digits.WESTERN, "الضحايا حسب السبب", ChartData.causes(Lang.AR)));
        assertThat(arabic.getDocumentElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(elements(arabic, "text")).allSatisfy(t -> assertThat(t.getTextContent()).startsWith("\u202B").endsWith("\u202C"));
    }

    @Test
    void anchorsArePhysicalSoAnArabicPageCannotFlipThem() throws Exception {
        for (Lang lang : Lang.values()) {
            assertThat(timeline(lang).getDocumentElement().getAttribute("direction")).isEqualTo("ltr");
        }
    }

    @Test
    void theArabicTitleEndsAtTheRightMargin() throws Exception {
        Element title = elements(parse(Charts.bars(Lang.AR, Digits.WESTERN, "حسب السبب", ChartData.causes(Lang.AR))), "text").get(0);
        assertThat(title.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(Double.parseDouble(title.getAttribute("x"))).isGreaterThan(BarChart.WIDTH - 20.0);
    }

    @Test
    void theArabicTimelineHasItsCountAxisOnTheRightAndTheEnglishOnTheLeft() throws Exception {
        double arabicZero = xOfText(timeline(Lang.AR), "0");
        double englishZero = xOfText(timeline(Lang.EN), "0");
        assertThat(arabicZero).isGreaterThan(TimelineChart.WIDTH / 2.0);
        assertThat(englishZero).isLessThan(TimelineChart.WIDTH / 2.0);
    }

    @Test
    void timeRunsRightToLeftInArabic() throws Exception {
        Document arabic = timeline(Lang.AR);
        assertThat(xOfText(arabic, "حزيران 2017")).isGreaterThan(xOfText(arabic, "تشرين الأول 2017"));
    }

    @Test
    void arabicBarLabelsStandRightOfTheirBars() throws Exception {
        Document arabic = parse(Charts.bars(Lang.AR, Digits.WESTERN, "حسب السبب", ChartData.causes(Lang.AR)));
        Element firstBar = elements(arabic, "rect").get(1);
        double barRight = Double.parseDouble(firstBar.getAttribute("x")) + Double.parseDouble(firstBar.getAttribute("width"));
        assertThat(xOfText(arabic, "غارات جوية")).isGreaterThan(barRight);
    }

    @Test
    void numbersAreWrittenInTheChosenDigits() throws Exception {
        assertThat(textsOf(parse(Charts.bars(Lang.AR, Digits.ARABIC_INDIC, "حسب السبب", ChartData.causes(Lang.AR)))))
                .contains("١٬١٣٠").doesNotContain("1130", "1,130");
        assertThat(textsOf(parse(Charts.bars(Lang.EN, Digits.ARABIC_INDIC, "By cause", ChartData.causes(Lang.EN)))))
                .contains("1,130");
    }

    @Test
    void textIsEscapedSoTheChartStaysWellFormed() throws Exception {
        String svg = Charts.bars(Lang.EN, Digits.WESTERN, "Coalition & \"allies\" <2017>",
                List.of(new Bar("IS & <others>", 3)));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Coalition & \"allies\" <2017>");
        assertThat(textsOf(doc)).contains("IS & <others>");
    }

    @Test
    void aSeriesWithoutOneCountPerPeriodIsRefused() {
        List<Series> twoMonths = List.of(new Series("Civilians", List.of(1L, 2L)));
        assertThatThrownBy(() -> Charts.timeline(Lang.EN, Digits.WESTERN, "t", ChartData.MONTHS_EN, twoMonths))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Civilians has 2 counts for 5 periods");
    }





    private static Document timeline(Lang lang) throws Exception {
        List<String> months = lang == Lang.AR ? ChartData.MONTHS_AR : ChartData.MONTHS_EN;
        return parse(Charts.timeline(lang, Digits.WESTERN, "title", months, ChartData.groups(lang)));
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static double xOfText(Document doc, String content) {
        return elements(doc, "text").stream().filter(t -> withoutBidiMarks(t).equals(content))
                .mapToDouble(t -> Double.parseDouble(t.getAttribute("x"))).findFirst().orElseThrow();
    }

    private static List<String> textsOf(Document doc) {
        return elements(doc, "text").stream().map(ChartsTest::withoutBidiMarks).toList();
    }

    private static String withoutBidiMarks(Element text) {
        return text.getTextContent().replace("\u202B", "").replace("\u202C", "");
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
