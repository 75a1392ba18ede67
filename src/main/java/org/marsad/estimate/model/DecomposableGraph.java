package org.marsad.estimate.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An undirected graph on the lists whose edges say which lists may depend on each other, chordal so that
 * its log-linear model is decomposable (Madigan and York 1997). It is held as a perfect sequence: each
 * list with the lists before it that it touches ({@code parents}), which always form a complete set, so
 * the model's marginal likelihood is the product over lists of m(list ∪ parents) / m(parents).
 *
 * @param lists   number of lists (vertices)
 * @param edges   bit {@code a*lists+b} set for an edge between lists a &lt; b
 * @param order   the lists in maximum-cardinality-search order
 * @param parents for each position of {@code order}, the bit set of earlier lists adjacent to it
 */
public record DecomposableGraph(int lists, long edges, int[] order, int[] parents) {

    /** All decomposable graphs on {@code lists} vertices: 8 on three lists, 61 on four, 822 on five. */
    public static List<DecomposableGraph> all(int lists) {
        int pairs = lists * (lists - 1) / 2;
        List<DecomposableGraph> graphs = new ArrayList<>();
        for (long mask = 0; mask < 1L << pairs; mask++) {
            int[] adjacency = new int[lists];
            int bit = 0;
            long edges = 0;
            for (int a = 0; a < lists; a++) {
                for (int b = a + 1; b < lists; b++, bit++) {
                    if ((mask >> bit & 1) == 1) {
                        adjacency[a] |= 1 << b;
                        adjacency[b] |= 1 << a;
                        edges |= 1L << (a * lists + b);
                    }
                }
            }
            DecomposableGraph g = perfectSequence(lists, edges, adjacency);
            if (g != null) {
                graphs.add(g);
            }
        }
        return graphs;
    }

    /** Maximum cardinality search (Tarjan and Yannakakis 1984); null when the graph is not chordal. */
    private static DecomposableGraph perfectSequence(int lists, long edges, int[] adjacency) {
        int[] order = new int[lists];
        int[] parents = new int[lists];
        int numbered = 0;
        for (int i = 0; i < lists; i++) {
            int best = -1;
            int bestCount = -1;
            for (int v = 0; v < lists; v++) {
                if ((numbered >> v & 1) == 0) {
                    int c = Integer.bitCount(adjacency[v] & numbered);
                    if (c > bestCount) {
                        best = v;
                        bestCount = c;
                    }
                }
            }
            int earlier = adjacency[best] & numbered;
            for (int u = 0; u < lists; u++) {
                if ((earlier >> u & 1) == 1 && (earlier & ~(1 << u) & ~adjacency[u]) != 0) {
                    return null;
                }
            }
            order[i] = best;
            parents[i] = earlier;
            numbered |= 1 << best;
        }
        return new DecomposableGraph(lists, edges, order, parents);
    }

    /** The edges as list-name pairs, "A-B, B-C", or "independent" for none. */
    String describe(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < lists; a++) {
            for (int b = a + 1; b < lists; b++) {
                if ((edges >> (a * lists + b) & 1) == 1) {
                    out.add(names.get(a) + "-" + names.get(b));
                }
            }
        }
        return out.isEmpty() ? "independent" : String.join(", ", out);
    }
}
