package org.marsad.report.chart;

/** Colours: Okabe–Ito for series (told apart with colour blindness), ColorBrewer OrRd for counts. */
final class Palette {
    private static final String[] SERIES =
            {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};
    private static final String[] SEQUENTIAL = {"#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"};
    static final String BAR = "#0072B2";
    static final String NONE = "#999999";

    private Palette() {
    }

    static String series(int i) {
        return SERIES[i % SERIES.length];
    }

    /** The colour of class {@code i} (0 lightest) of the five a map's legend shows. */
    static String sequential(int i) {
        return SEQUENTIAL[Math.max(0, Math.min(SEQUENTIAL.length - 1, i))];
    }

    /** Darker for more: one of five equal classes of the largest count. */
    static String shade(long count, long max) {
        int shadeClass = (int) Math.min(SEQUENTIAL.length - 1, (count * SEQUENTIAL.length - 1) / Math.max(1, max));
        return SEQUENTIAL[shadeClass];
    }
}
