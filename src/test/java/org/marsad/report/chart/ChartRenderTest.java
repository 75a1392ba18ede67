package org.marsad.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.report.Digits;
import org.marsad.report.Lang;

/**
 * Renders every chart with Batik, as an independent SVG renderer, to show that it draws. The PNGs
 * stay in target/charts for a person to look at.
 */
class ChartRenderTest {
    private static final Path OUT = Path.of("target", "charts");

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theTimelineDrawsItsLines(Lang lang) throws Exception {
        List<String> months = lang == Lang.AR ? ChartData.MONTHS_AR : ChartData.MONTHS_EN;
        BufferedImage png = render(Charts.timeline(lang, Digits.WESTERN, title(lang, "القتلى شهرياً حسب الفئة",
                "Deaths per month by group"), months, ChartData.groups(lang)), "timeline-" + lang.code());
        assertThat(png.getWidth()).isEqualTo(TimelineChart.WIDTH);
        assertThat(png.getHeight()).isEqualTo(TimelineChart.HEIGHT);
        assertThat(nonWhite(png)).isGreaterThan(png.getWidth() * png.getHeight() / 100);
        assertThat(isBlue(png.getRGB((int) Math.round(x(lang, TimelineChart.periodX(2, 5), TimelineChart.WIDTH)),
                (int) Math.round(Scale.upTo(402).position(402, TimelineChart.BOTTOM, TimelineChart.TOP)))))
                .as("the civilians' peak in August is drawn in the first series colour").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theBarChartDrawsItsBars(Lang lang) throws Exception {
        List<Bar> causes = ChartData.causes(lang);
        BufferedImage png = render(Charts.bars(lang, Digits.ARABIC_INDIC, title(lang, "القتلى حسب السبب", "Deaths by cause"),
                causes), "bars-" + lang.code());
        assertThat(png.getHeight()).isEqualTo(BarChart.height(causes.size()));
        double middleOfLongestBar = (BarChart.LABEL_END + BarChart.BAR_END) / 2;
        int y = (int) (BarChart.TOP + BarChart.ROW / 2);
        assertThat(isBlue(png.getRGB((int) x(lang, middleOfLongestBar, BarChart.WIDTH), y))).isTrue();
        assertThat(nonWhite(png)).isGreaterThan(png.getWidth() * png.getHeight() / 50);
    }


    private static String title(Lang lang, String arabic, String english) {
        return lang == Lang.AR ? arabic : english;
    }

    /** The physical x of a chart's logical x: charts mirror in Arabic. */
    private static double x(Lang lang, double logical, int width) {
        return lang == Lang.AR ? width - logical : logical;
    }

    private static BufferedImage render(String svg, String name) throws IOException, TranscoderException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), png.toByteArray());
        Files.writeString(OUT.resolve(name + ".svg"), svg);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image).as("a PNG that decodes").isNotNull();
        return image;
    }

    private static long nonWhite(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many of the 25 pixels around a point pass: a label's thin strokes may cross the exact centre. */
    private static int around(BufferedImage image, int x, int y, IntPredicate test) {
        int count = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                count += test.test(image.getRGB(x + dx, y + dy)) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean isBlue(int rgb) {
        return blue(rgb) - red(rgb) > 80;
    }

    private static boolean isWarm(int rgb) {
        return red(rgb) - blue(rgb) > 60;
    }

    private static boolean isGrey(int rgb) {
        return Math.abs(red(rgb) - blue(rgb)) < 20 && red(rgb) > 110 && red(rgb) < 200;
    }

    private static int red(int rgb) {
        return rgb >> 16 & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }
}
