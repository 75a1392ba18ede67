package org.marsad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The border of a governorate or district as OCHA drew it (2015), simplified for maps: its rings of
 * longitude/latitude points (WGS 84). Shipped as {@code syria-outlines.tsv}, built by
 * {@code scripts/build-gazetteer.py}; credit "UN OCHA" wherever a map shows them.
 *
 * @param pcode the unit's p-code
 * @param level governorate or district
 * @param rings outer rings, each a list of {lon, lat} points
 */
public record Outline(String pcode, AdminLevel level, List<double[][]> rings) {
    private static final String RESOURCE = "syria-outlines.tsv";

    public Outline {
        rings = List.copyOf(rings);
    }

    /** The shipped outlines of one level, by p-code order; read once per JVM, as only maps need them. */
    public static List<Outline> of(AdminLevel level) {
        return Shipped.ALL.stream().filter(o -> o.level() == level).toList();
    }

    private static final class Shipped {
        static final List<Outline> ALL = load();
    }

    private static List<Outline> load() {
        InputStream in = Outline.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("outlines missing: " + RESOURCE);
        }
        List<Outline> outlines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected pcode, level, rings");
                }
                List<double[][]> rings = new ArrayList<>();
                for (String ring : f[2].split("\\|")) {
                    String[] points = ring.split(" ");
                    double[][] xy = new double[points.length][];
                    for (int i = 0; i < points.length; i++) {
                        String[] lonLat = points[i].split(",");
                        xy[i] = new double[] {Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])};
                    }
                    rings.add(xy);
                }
                outlines.add(new Outline(f[0], AdminLevel.ofDepth(Integer.parseInt(f[1])), rings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
        return outlines;
    }
}
