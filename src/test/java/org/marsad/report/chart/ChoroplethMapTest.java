package org.marsad.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.place.AdminLevel;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;
import org.marsad.report.Digits;
import org.marsad.report.Lang;

/**
 * Renders the governorate and district maps with Batik and reads their pixels: the unit with most deaths
 * in the darkest class, a unit with none white, a unit outside the report hatched, a town's circle at its
 * place. The PNGs stay in target/charts for a person to look at.
 */
class ChoroplethMapTest {
    private static final Path OUT = Path.of("target", "charts");
    private static final Gazetteer GAZETTEER = Gazetteer.shipped();
    /** Deaths per governorate: Raqqa most, Idlib none recorded, Daraa outside the report (null). */
    private static final Map<String, Long> COUNTS = Map.of("SY11", 1130L, "SY09", 400L, "SY02", 250L, "SY04", 90L,
            "SY05", 30L, "SY03", 12L, "SY07", 0L);

    @ParameterizedTest
    @EnumSource(Lang.class)
    void shadesGovernoratesByClassAndTellsNoDataFromNone(Lang lang) throws Exception {
        List<ChoroplethMap.Unit> units = new ArrayList<>();
        for (Place p : GAZETTEER.at(AdminLevel.GOVERNORATE)) {
            Long n = p.pcode().equals("SY12") ? null : COUNTS.getOrDefault(p.pcode(), 0L);
            units.add(new ChoroplethMap.Unit(p.pcode(), p.nameAr(), p.nameEn(), p.lat(), p.lon(), n));
        }
        Place tabqa = GAZETTEER.place("C5929").orElseThrow();
        String svg = Charts.choropleth(lang, Digits.WESTERN, "Deaths by governorate", AdminLevel.GOVERNORATE, units,
                List.of(new ChoroplethMap.Point(tabqa.nameAr(), tabqa.nameEn(), tabqa.lat(), tabqa.lon(), 300)));
        BufferedImage png = render(svg, "choropleth-governorates-" + lang.code());

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).as("bytes added to a report").isLessThan(150_000);
        assertThat(colourAt(png, "C5787")).as("Maadan, Raqqa: darkest class").isEqualTo(0xb30000);
        assertThat(colourAt(png, "C3916")).as("Saraqab, Idlib: none recorded").isEqualTo(0xffffff);
        assertThat(colourAt(png, "C6002")).as("Busra, Daraa: no data, hatched grey").isIn(0xd9d9d9, 0x888888);
        int tabqaPixel = colourAt(png, "C5929");
        assertThat((tabqaPixel & 0xff) - (tabqaPixel >> 16)).as("Tabqa: its circle, blue over the red").isGreaterThan(40);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void drawsEveryDistrictOnItsBorders(Lang lang) throws Exception {
        List<ChoroplethMap.Unit> units = new ArrayList<>();
        for (Place p : GAZETTEER.at(AdminLevel.DISTRICT)) {
            units.add(new ChoroplethMap.Unit(p.pcode(), p.nameAr(), p.nameEn(), p.lat(), p.lon(),
                    p.pcode().equals("SY0702") ? 500L : p.pcode().startsWith("SY07") ? 20L : 0L));
        }
        String svg = Charts.choropleth(lang, Digits.ARABIC_INDIC, "Deaths by district", AdminLevel.DISTRICT, units, List.of());
        BufferedImage png = render(svg, "choropleth-districts-" + lang.code());
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(150_000);
        assertThat(colourAt(png, "C3985")).as("Maarat al-Numan district: darkest").isEqualTo(0xb30000);
        assertThat(colourAt(png, "C5787")).as("a Raqqa district: none recorded").isEqualTo(0xffffff);
        assertThat(colourAt(png, "C4278")).as("Ariha district: a lighter class").isNotIn(0xb30000, 0xffffff);
    }

    private static int colourAt(BufferedImage png, String community) {
        Place p = GAZETTEER.place(community).orElseThrow();
        return png.getRGB((int) Math.round(ChoroplethMap.x(p.lon())), (int) Math.round(ChoroplethMap.y(p.lat()))) & 0xffffff;
    }

    private static BufferedImage render(String svg, String name) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), png.toByteArray());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(ChoroplethMap.WIDTH);
        return image;
    }
}
