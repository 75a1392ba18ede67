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
     * @param loadMillis    wall time of the first load of the gazetteer in this JVM (cold), until every table
     *                      is built, those built on other threads included
     * @param returnMillis  wall time until that first load returned, the stop list of places abroad still
     *                      being read on its thread
     * @param loadCpuMillis CPU time of the loading thread in that first load
     * @param warmLoadMillis median of later loads (warm), until every table is built
     * @param mentions      mentions resolved
     * @param firstMillis   wall time of the first pass over them, in a JVM that has resolved nothing yet
     *                      (the just-in-time compiler still at work: what a one-off batch sees)
     * @param firstCpuMillis CPU time of this thread in that pass
     * @param resolveMillis wall time of a second pass over the same mentions (compiled code: what a server or a
     *                      long ingest sees)
     * @param resolveCpuMillis CPU time of this thread meanwhile: on a shared machine, the steadier figure
     * @param resolved      mentions that got at least one candidate
     */
    public record Result(double loadMillis, double returnMillis, double loadCpuMillis, double warmLoadMillis, int mentions,
                         double firstMillis, double firstCpuMillis, double resolveMillis, double resolveCpuMillis,
                         int resolved) {
    }

    private ResolverBenchmark() {
    }

    public static Result run(int mentionCount) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load();
        double returned = millisSince(start);
        gazetteer.awaitReady();
        double cold = millisSince(start);
        double coldCpu = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        double[] warm = new double[9];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            Gazetteer.load().awaitReady();
            warm[i] = millisSince(t);
        }
        Arrays.sort(warm);

        List<String> mentions = mentions(gazetteer);
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        pass(resolver, mentions, mentionCount);
        double firstWall = millisSince(t);
        double firstCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        cpu = threads.getCurrentThreadCpuTime();
        t = System.nanoTime();
        int resolved = pass(resolver, mentions, mentionCount);
        double wall = millisSince(t);
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        return new Result(cold, returned, coldCpu, warm[warm.length / 2], mentionCount, firstWall, firstCpu, wall, cpuMillis, resolved);
    }

    private static int pass(PlaceResolver resolver, List<String> mentions, int count) {
        int resolved = 0;
        for (int i = 0; i < count; i++) {
            if (!resolver.resolve(mentions.get(i % mentions.size())).isEmpty()) {
                resolved++;
            }
        }
        return resolved;
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
