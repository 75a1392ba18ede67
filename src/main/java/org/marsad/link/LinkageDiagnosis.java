package org.marsad.link;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NameTokens;
import org.marsad.link.name.PersonName;

/**
 * Where a linkage errs, read against the truth: the true pairs it missed (never a candidate, scored low,
 * scored high but kept apart by clustering) and the false pairs it made (scored high by the model, or
 * joined by chaining through a third record), each by the parts of the shorter name and by how many
 * records of the lists share its given and family name (its namesakes). For developers measuring the
 * linker on generated lists ({@code bench link --diagnose}); nothing of it runs in {@code link}.
 */
public final class LinkageDiagnosis {

    /** Kinds of a missed true pair and of a false one. */
    private static final String[] MISSED = {"not candidate", "p < 0.1", "0.1 <= p < 0.55", "p >= 0.55, apart"};
    private static final String[] FALSE = {"p >= 0.55 (model)", "0.1 <= p < 0.55", "p < 0.1 or none (chaining)"};
    private static final String[] PARTS = {"0-1 parts", "2 parts", "3 parts", "4 parts"};
    private static final int[] NAMESAKE_BOUNDS = {1, 5, 20, 100, Integer.MAX_VALUE};
    private static final String[] NAMESAKES = {"1", "2-5", "6-20", "21-100", ">100"};

    private final int[] parts;
    private final int[] namesakes;

    private LinkageDiagnosis(List<VictimRecord> records) {
        List<List<String>> tokens = records.stream().map(r -> NameTokens.of(r.name())).toList();
        NameLexicon lexicon = NameLexicon.ofTokens(tokens);
        parts = new int[records.size()];
        String[] key = new String[records.size()];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonName name = PersonName.parse(tokens.get(i), lexicon);
            parts[i] = (name.given() == null ? 0 : 1) + (name.father() == null ? 0 : 1)
                    + (name.grandfather() == null ? 0 : 1) + (name.family() == null ? 0 : 1);
            key[i] = (name.given() == null ? "" : name.given().skeleton()) + "|"
                    + (name.family() == null ? "" : name.family().skeleton());
            counts.merge(key[i], 1, Integer::sum);
        }
        namesakes = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            namesakes[i] = counts.get(key[i]);
        }
    }

    /**
     * Links the lists {@code bench link} links (same generators, same seed) and prints the score, the
     * time of each step and the diagnosis.
     */
    public static void run(List<Integer> populations, int lists, boolean harsh, PrintStream out) {
        for (int people : populations) {
            List<LabelledVictim> victims = harsh ? org.marsad.link.synthetic.HarshLists.generate(people, lists, 2026)
                    : org.marsad.link.synthetic.SyntheticLists.generate(people, lists, 2026);
            List<VictimRecord> records = victims.stream().map(LabelledVictim::record).toList();
            Linkage linkage = Linker.link(records);
            PairwiseScore score = PairwiseScore.of(victims.stream().map(LabelledVictim::person).toList(),
                    java.util.stream.IntStream.range(0, records.size()).mapToObj(linkage::personOf).toList());
            out.printf(Locale.ROOT, "%s%,d people, %,d records, %,d candidate pairs (%s); %s%n", harsh ? "harsh lists: " : "",
                    people, records.size(), linkage.candidatePairCount(), linkage.timings(), score);
            print(victims, linkage, out);
        }
    }

    /** Prints the diagnosis of a linkage of labelled records. */
    public static void print(List<LabelledVictim> victims, Linkage linkage, PrintStream out) {
        List<VictimRecord> records = victims.stream().map(LabelledVictim::record).toList();
        new LinkageDiagnosis(records).report(victims, linkage, out);
    }

    private int partsOf(int a, int b) {
        return Math.min(3, Math.max(0, Math.min(parts[a], parts[b]) - 1));
    }

    /** The namesakes' band of the pair: those of its shorter name (the more of the two when alike). */
    private int namesakesOf(int a, int b) {
        int n = parts[a] < parts[b] ? namesakes[a] : parts[b] < parts[a] ? namesakes[b] : Math.max(namesakes[a], namesakes[b]);
        for (int band = 0; band < NAMESAKE_BOUNDS.length; band++) {
            if (n <= NAMESAKE_BOUNDS[band]) {
                return band;
            }
        }
        return NAMESAKE_BOUNDS.length - 1;
    }

    private void report(List<LabelledVictim> victims, Linkage linkage, PrintStream out) {
        int n = victims.size();
        Map<String, List<Integer>> truth = new HashMap<>();
        Map<String, List<Integer>> linked = new HashMap<>();
        for (int i = 0; i < n; i++) {
            truth.computeIfAbsent(victims.get(i).person(), p -> new ArrayList<>(2)).add(i);
            linked.computeIfAbsent(linkage.personOf(i), p -> new ArrayList<>(2)).add(i);
        }
        long[][][] missed = new long[MISSED.length][PARTS.length][NAMESAKES.length];
        // why a strong true pair stayed apart: both alone; one alone beside a person that already holds a
        // record of its list; one alone otherwise; both in persons of their own
        long[] apart = new long[4];
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            sizes.merge(linkage.personOf(i), 1, Integer::sum);
        }
        for (List<Integer> person : truth.values()) {
            for (int x = 0; x < person.size(); x++) {
                for (int y = x + 1; y < person.size(); y++) {
                    int a = person.get(x);
                    int b = person.get(y);
                    if (linkage.samePerson(a, b)) {
                        continue;
                    }
                    double p = linkage.probabilityOf(a, b);
                    int kind = !linkage.isCandidate(a, b) ? 0 : p < 0.1 ? 1 : p < Linker.MATCH ? 2 : 3;
                    missed[kind][partsOf(a, b)][namesakesOf(a, b)]++;
                    if (kind == 3) {
                        int sa = sizes.get(linkage.personOf(a));
                        int sb = sizes.get(linkage.personOf(b));
                        if (sa == 1 && sb == 1) {
                            apart[0]++;
                        } else if (sa == 1 || sb == 1) {
                            int lone = sa == 1 ? a : b;
                            int other = sa == 1 ? b : a;
                            boolean listTaken = false;
                            for (int r : linked.get(linkage.personOf(other))) {
                                listTaken |= java.util.Objects.equals(victims.get(r).record().source(),
                                        victims.get(lone).record().source());
                            }
                            apart[listTaken ? 1 : 2]++;
                        } else {
                            apart[3]++;
                        }
                    }
                }
            }
        }
        long[][][] wrong = new long[FALSE.length][PARTS.length][NAMESAKES.length];
        long[] clustersWithTwo = new long[6];
        for (List<Integer> person : linked.values()) {
            boolean mixed = false;
            for (int x = 0; x < person.size(); x++) {
                for (int y = x + 1; y < person.size(); y++) {
                    int a = person.get(x);
                    int b = person.get(y);
                    if (victims.get(a).person().equals(victims.get(b).person())) {
                        continue;
                    }
                    mixed = true;
                    double p = linkage.probabilityOf(a, b);
                    int kind = p >= Linker.MATCH ? 0 : p >= 0.1 ? 1 : 2;
                    wrong[kind][partsOf(a, b)][namesakesOf(a, b)]++;
                }
            }
            if (mixed) {
                clustersWithTwo[Math.min(5, person.size())]++;
            }
        }
        // the candidate pairs the model scored as matches, true or not, by name parts and namesakes
        long[][][] strong = new long[2][PARTS.length][NAMESAKES.length];
        // calibration: candidate pairs by tenth of probability, true / all, for the shorter name's parts
        long[][][] calibration = new long[2][PARTS.length][10];
        linkage.forEachPair((a, b, p) -> {
            int tenth = Math.min(9, (int) (p * 10));
            calibration[1][partsOf(a, b)][tenth]++;
            if (victims.get(a).person().equals(victims.get(b).person())) {
                calibration[0][partsOf(a, b)][tenth]++;
            }
            if (p >= Linker.MATCH) {
                int right = victims.get(a).person().equals(victims.get(b).person()) ? 0 : 1;
                strong[right][partsOf(a, b)][namesakesOf(a, b)]++;
            }
        });
        out.println("missed true pairs (kind: total; by the shorter name's parts; by its given+family namesakes "
                + String.join("/", NAMESAKES) + "):");
        table(missed, MISSED, out);
        out.printf(Locale.ROOT, "  strong pairs apart: both alone %d; one alone, the other's person holds its list %d;"
                + " one alone otherwise %d; both in persons %d%n", apart[0], apart[1], apart[2], apart[3]);
        out.println("false pairs linked:");
        table(wrong, FALSE, out);
        out.printf(Locale.ROOT, "persons holding more than one true person, by size 2/3/4/5+: %d/%d/%d/%d%n",
                clustersWithTwo[2], clustersWithTwo[3], clustersWithTwo[4], clustersWithTwo[5]);
        out.println("candidate pairs scored >= " + Linker.MATCH + " (true / false), by parts x namesakes:");
        for (int part = 0; part < PARTS.length; part++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", PARTS[part]));
            for (int band = 0; band < NAMESAKES.length; band++) {
                line.append(String.format(Locale.ROOT, " %8d/%-6d", strong[0][part][band], strong[1][part][band]));
            }
            out.println(line);
        }
        out.println("calibration: candidate pairs by probability 0-0.1 .. 0.9-1, share that are one person (pairs), by parts:");
        for (int part = 0; part < PARTS.length; part++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", PARTS[part]));
            for (int tenth = 0; tenth < 10; tenth++) {
                long all = calibration[1][part][tenth];
                line.append(String.format(Locale.ROOT, " %.2f(%d)", all == 0 ? 0 : (double) calibration[0][part][tenth] / all, all));
            }
            out.println(line);
        }
    }

    private static void table(long[][][] counts, String[] kinds, PrintStream out) {
        for (int kind = 0; kind < kinds.length; kind++) {
            long total = 0;
            long[] byParts = new long[PARTS.length];
            long[] byNamesakes = new long[NAMESAKES.length];
            for (int part = 0; part < PARTS.length; part++) {
                for (int band = 0; band < NAMESAKES.length; band++) {
                    total += counts[kind][part][band];
                    byParts[part] += counts[kind][part][band];
                    byNamesakes[band] += counts[kind][part][band];
                }
            }
            out.printf(Locale.ROOT, "  %-28s %7d; parts 1/2/3/4: %s; namesakes: %s%n", kinds[kind], total,
                    join(byParts), join(byNamesakes));
        }
    }

    private static String join(long[] values) {
        StringBuilder s = new StringBuilder();
        for (long v : values) {
            s.append(s.length() == 0 ? "" : "/").append(v);
        }
        return s.toString();
    }
}
