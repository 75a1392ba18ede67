package org.marsad.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.place.Place;

/** The gazetteer's reader of coordinates gives the very double {@link Double#parseDouble} gives. */
class GazetteerFileTest {

    @Test
    void coordinatesReadAsParseDoubleReadsThem() {
        Random random = new Random(15);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            long whole = random.nextInt(400) - 200;
            int places = random.nextInt(18);
            StringBuilder text = new StringBuilder(whole == 0 && random.nextBoolean() ? "-" : "").append(whole);
            if (places > 0) {
                text.append('.');
                for (int d = 0; d < places; d++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String decimal = text.toString();
            if (Double.doubleToRawLongBits(GazetteerFile.decimal(decimal))
                    != Double.doubleToRawLongBits(Double.parseDouble(decimal))) {
                differ.add(decimal);
            }
        }
        for (String odd : List.of("1e3", "+4.5", ".5", "5.", "-0", "-0.0", "36.2912800000000001")) {
            if (GazetteerFile.decimal(odd) != Double.parseDouble(odd)) {
                differ.add(odd);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void everyPlaceHasItsCoordinates() {
        List<Place> places = GazetteerFile.places("syria.tsv");
        assertThat(places).hasSizeGreaterThan(5_000);
        assertThat(places).allSatisfy(p -> {
            assertThat(p.lat()).isBetween(32.0, 37.5);
            assertThat(p.lon()).isBetween(35.5, 42.5);
        });
    }
}
