package org.marsad.place.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marsad.place.Gazetteer;

/**
 * A word list shipped with the gazetteer (beside {@link Gazetteer}, in {@code org/marsad/place}): its lines
 * read in order, blank lines and "#" comments left out.
 */
final class ListResource {

    /** What is done with one line; {@code number} counts from 1 for the error a bad line gets. */
    interface Line {
        void read(int number, String line);
    }

    private ListResource() {
    }

    /** Reads {@code resource}; {@code what} names it in the error if it is missing ("stop list"). */
    static void read(String resource, String what, Line each) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(what + " missing: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    each.read(number, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
