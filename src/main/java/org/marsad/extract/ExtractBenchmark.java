package org.marsad.extract;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Measures extraction speed on a synthetic Arabic corpus built from sentence patterns written for it:
 * reports of about 1 KB with figures, parts, dates and distractors. Prints MB/s for corpora of growing
 * size so that linear time shows as a steady rate.
 */
public final class ExtractBenchmark {

    private static final String[] PATTERNS = {
        "استشهد %d مواطنين بينهم %d أطفال و%d مواطنات جراء غارات على بلدة %s في الـ %d من آذار / مارس 2023، ",
        "وأصيب نحو %d آخرين بجراح متفاوتة، ونفذت الطائرات %d غارة خلال %d ساعات، ",
        "كما قتل %d عنصراً من قوات النظام في هجوم على مواقعهم قرب قرية %s، بينهم %d ضباط، ",
        "ووثق المرصد منذ مطلع العام مقتل ما لا يقل عن %d مدنياً في مدينة %s، فيما نزح %d مواطن.\n"};
    private static final String[] PLACES = {"كفرنبل", "أريحا", "الميادين", "تل رفعت", "اللطامنة", "سرمدا"};

    private ExtractBenchmark() {
    }

    /** Runs the benchmark up to {@code megabytes} of text and prints one line per corpus size. */
    public static void run(int megabytes, PrintStream out) {
        ClaimExtractor extractor = new ClaimExtractor();
        extractor.extract(corpus(1));
        for (int mb = Math.max(1, megabytes / 4); mb <= megabytes; mb *= 2) {
            String text = corpus(mb);
            double size = text.getBytes(StandardCharsets.UTF_8).length / 1048576.0;
            long start = System.nanoTime();
            int claims = 0;
            int from = 0;
            while (from < text.length()) {
                int end = text.indexOf('\n', from + 1000);
                end = end < 0 ? text.length() : end + 1;
                claims += extractor.extract(text.substring(from, end)).claims().size();
                from = end;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("%.1f MB of Arabic reports: %d claims in %.2f s, %.1f MB/s%n", size, claims, seconds,
                    size / seconds);
        }
    }

    static String corpus(int megabytes) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        while (bytes < megabytes * 1048576L) {
            String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            String s = String.format(pattern.replace("%s", place), 10 + random.nextInt(90), 1 + random.nextInt(9),
                    1 + random.nextInt(9), 1 + random.nextInt(28));
            text.append(s);
            bytes += s.length() * 2L;
        }
        return text.toString();
    }
}
