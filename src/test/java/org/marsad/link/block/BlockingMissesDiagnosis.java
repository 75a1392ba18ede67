package org.marsad.link.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.NameTokens;
import org.marsad.link.score.ExpectationMaximization;
import org.marsad.link.score.NameRarity;
import org.marsad.link.score.NeverOne;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.RecordProfile;
import org.marsad.link.synthetic.HarshLists;
import org.marsad.link.synthetic.SyntheticLists;

/**
 * Prints the true pairs that never became candidates, by kind: scripts, parts written on each side, how
 * each part differs, the days between the deaths, and whether the two share a key of some rule (a block
 * cut by the window or the rule's pairing) or none. Run by name:
 * {@code mvn -o -B test -Dtest=BlockingMissesDiagnosis -Dmarsad.people=200000 [-Dmarsad.harsh=true]};
 * asserts nothing, so it is not one of the suite's tests.
 */
class BlockingMissesDiagnosis {

    @Test
    void printsTruePairsNeverCandidates() {
        int people = Integer.getInteger("marsad.people", 50_000);
        boolean harsh = Boolean.getBoolean("marsad.harsh");
        List<LabelledVictim> victims = harsh ? HarshLists.generate(people, 4, 2026)
                : SyntheticLists.generate(people, 4, 2026);
        List<VictimRecord> records = victims.stream().map(LabelledVictim::record).toList();
        List<List<String>> tokens = records.parallelStream().map(r -> NameTokens.of(r.name())).toList();
        NameLexicon lexicon = NameLexicon.ofTokens(tokens, records.stream().map(VictimRecord::source).toList());
        List<RecordProfile> parsed = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> RecordProfile.of(records.get(i), tokens.get(i), lexicon)).toList();
        MemoryOrder order = MemoryOrder.of(parsed);
        List<RecordProfile> profiles = order.arrange(parsed);
        long started = System.nanoTime();
        Blocking.Candidates candidates = Blocking.candidatePairs(profiles);
        long[] pairs = candidates.pairs();
        long millis = (System.nanoTime() - started) / 1_000_000;
        // the model the linker would learn from these candidates, to say which missed pairs it would link
        int[] patterns = IntStream.range(0, pairs.length).parallel()
                .map(k -> PairPattern.of(profiles.get(PairList.first(pairs[k])), profiles.get(PairList.second(pairs[k]))))
                .toArray();
        Map<Integer, Long> counts = new HashMap<>();
        for (int k = candidates.teaching().nextSetBit(0); k >= 0; k = candidates.teaching().nextSetBit(k + 1)) {
            if (!NeverOne.conflict(patterns[k])) {
                counts.merge(patterns[k], 1L, Long::sum);
            }
        }
        PairScorer scorer = new PairScorer(profiles, ExpectationMaximization.fit(counts), NameRarity.of(profiles));
        long strong = 0;
        Map<String, Long> strongByKind = new HashMap<>();

        Map<String, List<Integer>> truth = new HashMap<>();
        for (int i = 0; i < victims.size(); i++) {
            truth.computeIfAbsent(victims.get(i).person(), p -> new ArrayList<>(2)).add(i);
        }
        long truePairs = 0;
        long missed = 0;
        Map<String, Long> byKind = new HashMap<>();
        Map<String, Long> byScripts = new HashMap<>();
        Map<String, Long> byParts = new HashMap<>();
        Map<String, Long> byRule = new HashMap<>();
        List<String> samples = new ArrayList<>();
        for (List<Integer> person : truth.values()) {
            for (int x = 0; x < person.size(); x++) {
                for (int y = x + 1; y < person.size(); y++) {
                    truePairs++;
                    int a = order.toMemory(person.get(x));
                    int b = order.toMemory(person.get(y));
                    if (Arrays.binarySearch(pairs, PairList.of(a, b)) >= 0) {
                        continue;
                    }
                    missed++;
                    RecordProfile pa = profiles.get(a);
                    RecordProfile pb = profiles.get(b);
                    String scripts = script(pa) + script(pb);
                    scripts = scripts.equals("LA") ? "AL" : scripts;
                    byScripts.merge(scripts, 1L, Long::sum);
                    int na = parts(pa);
                    int nb = parts(pb);
                    byParts.merge(Math.min(na, nb) + "v" + Math.max(na, nb), 1L, Long::sum);
                    String rule = "none";
                    for (int r = 0; r < Blocking.ruleCount(); r++) {
                        if (Blocking.sharesKey(r, pa, pb)) {
                            rule = "rule " + r;
                            break;
                        }
                    }
                    byRule.merge(rule, 1L, Long::sum);
                    String kind = "given " + differs(pa.name().given(), pb.name().given())
                            + " father " + differs(pa.name().father(), pb.name().father())
                            + " family " + differs(pa.name().family(), pb.name().family())
                            + " days " + days(pa, pb);
                    byKind.merge(kind, 1L, Long::sum);
                    double p = scorer.probability(PairPattern.of(pa, pb), a, b);
                    if (p >= 0.55) {
                        strong++;
                        strongByKind.merge(rule + ", " + kind + ", ages " + ages(pa, pb), 1L, Long::sum);
                    }
                    if (samples.size() < Integer.getInteger("marsad.samples", 60) && Math.floorMod(a * 31 + b, 97) == 0) {
                        samples.add(records.get(person.get(x)).name() + " | " + records.get(person.get(y)).name()
                                + " | " + records.get(person.get(x)).date() + " " + records.get(person.get(y)).date()
                                + " | " + kind + " | " + rule + String.format(Locale.ROOT, " | p %.2f", p));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s%,d people, %,d records: %,d candidate pairs in %,d ms; %,d true pairs,"
                        + " %,d never candidates, blocking recall %.4f%n", harsh ? "harsh " : "", people, records.size(),
                pairs.length, millis, truePairs, missed, 1 - (double) missed / truePairs);
        System.out.printf(Locale.ROOT, "of them %,d scored >= 0.55 by the model learned from the candidates%n", strong);
        print("scored >= 0.55, by shared key, kind and ages", strongByKind, 25);
        print("scripts", byScripts, 10);
        print("parts (fewer v more)", byParts, 20);
        print("shared key", byRule, 20);
        print("parts that differ (= same loose skeleton, ~ differ, - absent on a side)", byKind, 30);
        samples.forEach(s -> System.out.println("  e.g. " + s));
    }

    private static void print(String title, Map<String, Long> counts, int top) {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8d  %s%n", e.getValue(), e.getKey()));
    }

    private static String script(RecordProfile p) {
        NamePart any = p.name().given() != null ? p.name().given() : p.name().family();
        return any == null ? "?" : any.arabic() ? "A" : "L";
    }

    private static int parts(RecordProfile p) {
        return (p.name().given() == null ? 0 : 1) + (p.name().father() == null ? 0 : 1)
                + (p.name().grandfather() == null ? 0 : 1) + (p.name().family() == null ? 0 : 1);
    }

    private static String differs(NamePart a, NamePart b) {
        if (a == null || b == null) {
            return "-";
        }
        if (a.looseSkeleton().equals(b.looseSkeleton())) {
            return "=";
        }
        return "~";
    }

    private static String ages(RecordProfile a, RecordProfile b) {
        if (a.age() == RecordProfile.UNKNOWN || b.age() == RecordProfile.UNKNOWN) {
            return "none";
        }
        return Math.abs(a.age() - b.age()) <= 1 ? "<=1" : ">1";
    }

    private static String days(RecordProfile a, RecordProfile b) {
        if (a.epochDay() == RecordProfile.UNKNOWN || b.epochDay() == RecordProfile.UNKNOWN) {
            return "none";
        }
        int d = Math.abs(a.epochDay() - b.epochDay());
        return d == 0 ? "0" : d <= 2 ? "1-2" : d <= 30 ? "3-30" : ">30";
    }
}
