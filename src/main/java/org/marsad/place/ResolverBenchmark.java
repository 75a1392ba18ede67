package org.marsad.place;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what the issue promises: how long the shipped gazetteer takes to load, and how long the resolver
 * takes over many mentions. The mentions are built from the gazetteer's own names in the shapes reports use
 * (ريف X الشرقي, مدينة X, بX, "X countryside", "eastern X"), so the measure needs no outside data.
 */
public final class ResolverBenchmark {
    private static final List<String> ARABIC_SHAPES = List.of("%s", "ريف %s الشرقي", "مدينة %s", "ب%s", "في %s وريفها");
    private static final List<String> LATIN_SHAPES = List.of("%s", "%s countryside", "eastern %s", "%s city");

    /**
     * @param loadMillis    wall time of the first load of the gazetteer in this JVM (cold)
     * @param loadCpuMillis CPU time of that first load
     * @param warmLoadMillis median of later loads (warm)
     * @param mentions      mentions resolved
     * @param resolveMillis wall time to resolve them all
     * @param resolveCpuMillis CPU time of this thread meanwhile: on a shared machine, the steadier figure
     * @param resolved      mentions that got at least one candidate
     */
    public record Result(double loadMillis, double loadCpuMillis, double warmLoadMillis, int mentions,
                         double resolveMillis, double resolveCpuMillis, int resolved) {
    }

    private ResolverBenchmark() {
    }

    public static Result run(int mentionCount) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load();
        double cold = millisSince(start);
        double coldCpu = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        double[] warm = new double[9];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            Gazetteer.load();
            warm[i] = millisSince(t);
        }
        Arrays.sort(warm);

        List<String> mentions = mentions(gazetteer);
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        for (int i = 0; i < Math.min(mentionCount, 20_000); i++) {
            resolver.resolve(mentions.get(i % mentions.size()));
        }
        int resolved = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        for (int i = 0; i < mentionCount; i++) {
            if (!resolver.resolve(mentions.get(i % mentions.size())).isEmpty()) {
                resolved++;
            }
        }
        double wall = millisSince(t);
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        return new Result(cold, coldCpu, warm[warm.length / 2], mentionCount, wall, cpuMillis, resolved);
    }

    private static List<String> mentions(Gazetteer gazetteer) {
        List<String> mentions = new ArrayList<>();
        for (Place place : gazetteer.places()) {
            ARABIC_SHAPES.forEach(shape -> mentions.add(String.format(shape, place.nameAr())));
            LATIN_SHAPES.forEach(shape -> mentions.add(String.format(shape, place.nameEn())));
        }
        return mentions;
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
