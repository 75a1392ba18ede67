package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.place.index.NameIndex;
import org.marsad.place.index.ShippedKeys;

/**
 * The keys shipped beside the gazetteer ({@code syria-keys.txt}) are what the code works out from its
 * names now, and an index built from them answers as one keyed at load. When the names or the key rules
 * change, the test writes the new file under {@code target/} and fails, naming the copy to make.
 */
class ShippedKeysTest {

    @Test
    void theShippedKeysAreWhatTheCodeWorksOut() throws IOException {
        String expected = Gazetteer.keysText();
        String resource = ShippedKeys.resourceOf("syria.tsv");
        String shipped;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(expected)) {
            Path fresh = Path.of("target", resource);
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            assertThat(shipped).as("the names or the key rules changed: cp %s src/main/resources/org/marsad/place/%s",
                    fresh, resource).isEqualTo(expected);
        }
    }

    @Test
    void theShippedKeysReadBackAsWritten() {
        assertThat(Gazetteer.shippedKeysText()).isEqualTo(Gazetteer.keysText());
    }

    @Test
    void anIndexFromShippedKeysAnswersAsOneKeyedAtLoad() {
        NameIndex shipped = Gazetteer.load(true).names();
        NameIndex keyed = Gazetteer.load(false).names();
        Map<String, Set<Place>> a = shipped.exactTable();
        Map<String, Set<Place>> b = keyed.exactTable();
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        List<String> differ = new ArrayList<>();
        b.forEach((key, places) -> {
            if (!List.copyOf(places).equals(List.copyOf(a.getOrDefault(key, Set.of())))) {
                differ.add(key);
            }
        });
        assertThat(differ).isEmpty();
        assertThat(shipped.longestName()).isEqualTo(keyed.longestName());
    }
}
