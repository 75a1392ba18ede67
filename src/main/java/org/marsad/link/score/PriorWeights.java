package org.marsad.link.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The match weights Marsad starts from before it has seen a list: m and u of every field level and the
 * share of candidate pairs that are one person, as EM learned them on large lists
 * ({@code prior-weights.tsv} beside this class says which lists, how and when). EM on a handful of pairs
 * cannot learn: two lists of nine records linked right, and four records more made it learn that
 * nothing is a match (prior share 0, every name weight 0) and undo every link. So EM starts from these
 * weights and moves from them only as far as the pairs support ({@link ExpectationMaximization}).
 */
public final class PriorWeights {

    public static final String RESOURCE = "prior-weights.tsv";
    private static final String SHARE = "match share";

    /** The stored weights, read once. */
    public static final MatchModel MODEL = read();

    private PriorWeights() {
    }

    private static MatchModel read() {
        try (InputStream in = PriorWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model of a table of lines "field, level, m, u" (tab-separated; # starts a comment) and one line
     * "match share, value". Every level of every field of {@link PairPattern#FIELDS} must be there: a
     * comparator that gained a level needs the table learned again, not a guess.
     */
    static MatchModel parse(BufferedReader lines) throws IOException {
        Map<String, double[]> rows = new HashMap<>();
        Double share = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells[0].equals(SHARE)) {
                share = Double.parseDouble(cells[1]);
            } else {
                rows.put(cells[0] + "\t" + cells[1], new double[] {Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3])});
            }
        }
        if (share == null) {
            throw new IllegalStateException(RESOURCE + " has no line '" + SHARE + "'");
        }
        List<FieldComparator> fields = PairPattern.FIELDS;
        double[][] m = new double[fields.size()][];
        double[][] u = new double[fields.size()][];
        for (int field = 0; field < fields.size(); field++) {
            List<String> levels = fields.get(field).levels();
            m[field] = new double[levels.size()];
            u[field] = new double[levels.size()];
            for (int level = 0; level < levels.size(); level++) {
                double[] row = rows.remove(fields.get(field).field() + "\t" + levels.get(level));
                if (row == null) {
                    throw new IllegalStateException(RESOURCE + " lacks '" + fields.get(field).field() + "', level '"
                            + levels.get(level) + "': learn it again (see its header)");
                }
                m[field][level] = row[0];
                u[field][level] = row[1];
            }
        }
        if (!rows.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has levels no comparator knows: " + rows.keySet());
        }
        return new MatchModel(share, m, u);
    }
}
