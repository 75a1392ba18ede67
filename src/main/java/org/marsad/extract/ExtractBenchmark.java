package org.marsad.extract;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Measures extraction speed on a synthetic Arabic corpus built from sentence patterns written for it:
 * reports of about 1 KB with figures, parts, dates and distractors. Prints MB/s for corpora of growing
 * size so that linear time shows as a steady rate. {@link #runLong} reads instead one document of 1, 4
 * and 15 MB, as a whole archive pasted into one file would be, and prints its time and peak memory.
 */
public final class ExtractBenchmark {

    private static final String[] PATTERNS = {
        "استشهد %d مواطنين بينهم %d أطفال و%d مواطنات جراء غارات على بلدة %s في الـ %d من آذار / مارس 2023، ",
        "وأصيب نحو %d آخرين بجراح متفاوتة، ونفذت الطائرات %d غارة خلال %d ساعات، ",
        "كما قتل %d عنصراً من قوات النظام في هجوم على مواقعهم قرب قرية %s، بينهم %d ضباط، ",
        "ووثق المرصد منذ مطلع العام مقتل ما لا يقل عن %d مدنياً في مدينة %s، فيما نزح %d مواطن.\n"};
    /**
     * Paragraphs written for this benchmark in the register of observatory reports, repeated to make one
     * long document: a title line, tolls with their parts (بينهم), periods, places, perpetrators, fighters
     * of named forces, single persons, non-casualty figures (raids, shells, displaced, arrests), an
     * English paragraph, and a total of persons beside separate figures of civilians and fighters.
     */
    private static final String[] LONG_REPORT = {
        "حصيلة جديدة لضحايا القصف على ريف إدلب الجنوبي خلال الأسبوع الفائت\n",
        "وثق المرصد استشهاد 23 مواطناً بينهم 7 أطفال و4 مواطنات جراء قصف جوي نفذته طائرات النظام على بلدة كفرنبل "
            + "ومحيطها، منذ الـ 3 من آذار / مارس الفائت وحتى الـ 9 من الشهر ذاته من العام 2023، كما أصيب أكثر من 40 "
            + "آخرين بجراح متفاوتة الخطورة، بعضهم في حالات حرجة.\n",
        "وفي سياق متصل، قتل 12 عنصراً من قوات النظام والمسلحين الموالين لها بينهم ضابطان، في هجوم نفذته فصائل "
            + "معارضة على مواقعهم قرب قرية اللطامنة بريف حماة الشمالي، فيما قضى 5 مقاتلين من الفصائل خلال الاشتباكات ذاتها.\n",
        "وارتفع إلى 1480 عدد الشهداء المدنيين الذين وثقهم المرصد في محافظة إدلب منذ مطلع العام الجاري، بينهم 312 "
            + "طفلاً و205 مواطنات، جراء الغارات الجوية والقصف المدفعي والصاروخي.\n",
        "كذلك استشهد طفل وأصيبت والدته بانفجار لغم من مخلفات الحرب في أطراف مدينة أريحا، بينما قضى رجل متأثراً "
            + "بجراح أصيب بها قبل أيام في قصف على سوق شعبي في مدينة سرمدا.\n",
        "ونفذت الطائرات الحربية نحو 35 غارة خلال 24 ساعة على مناطق متفرقة، واستهدفت قوات النظام بأكثر من 200 قذيفة "
            + "صاروخية ومدفعية بلدات جبل الزاوية، ما أدى لدمار واسع في ممتلكات المواطنين ونزوح نحو 1500 عائلة.\n",
        "وبذلك يرتفع إلى 96 عدد الذين قتلوا خلال الأسبوع، وهم 41 مدنياً و55 مقاتلاً، بينما لا يزال عدد الشهداء "
            + "مرشحاً للارتفاع بسبب وجود جرحى في حالات خطرة ومعلومات عن مفقودين تحت الأنقاض.\n",
        "واعتقلت الأجهزة الأمنية 14 شاباً من بلدة تل رفعت خلال حملة دهم، فيما أفرجت عن 3 معتقلين بعد احتجاز دام "
            + "نحو 6 أشهر في سجون الأمن العسكري.\n",
        "At least 18 civilians, including six children and three women, were killed on Tuesday in airstrikes on the "
            + "town of Maarat al-Numan, and 27 others were wounded, local sources said.\n",
        "وفي دير الزور، قتل 4 مدنيين بينهم امرأة برصاص مسلحين مجهولين في بلدة الميادين، كما عثر الأهالي على جثة "
            + "شاب مقتولاً بطلق ناري في الرأس على أطراف البلدة.\n",
        "وبلغت الحصيلة الكلية نحو 60 قتيلاً خلال يومين، وهم 35 مدنياً بينهم 9 أطفال، و25 مقاتلاً من الفصائل وقوات "
            + "النظام، سقطوا في اشتباكات وقصف متبادل على جبهات ريف حلب الغربي.\n"};
    private static final int[] LONG_SIZES_MB = {1, 4, 15};
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

    /**
     * Extracts one document of 1, 4 and 15 MB each and prints, per document, its claims and checks, the
     * wall-clock and CPU time of extraction, the time to write its Claim JSON, and the peak heap used.
     * {@code extractor} is the one {@code extract} uses, with its gazetteer.
     */
    public static void runLong(ClaimExtractor extractor, PrintStream out) {
        extractor.extract(longDocument(1));
        // The process's CPU time, not the thread's: garbage collection is part of the cost of a long document.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int mb : LONG_SIZES_MB) {
            String text = longDocument(mb);
            double size = text.getBytes(StandardCharsets.UTF_8).length / 1048576.0;
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            Extraction e = extractor.extract(text);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            long jsonStart = System.nanoTime();
            int jsonChars = ClaimJson.line(e).length();
            double jsonSeconds = (System.nanoTime() - jsonStart) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf("one document of %.1f MB: %d claims, %d checks; extract %.2f s (process CPU %.2f s), "
                    + "JSON %.2f s (%.1f MB); peak heap %d MB%n", size, e.claims().size(), e.checks().size(), seconds,
                    cpuSeconds, jsonSeconds, jsonChars / 1048576.0, peak / 1048576);
        }
    }

    /** One document of about {@code megabytes} MB of UTF-8: the paragraphs of {@link #LONG_REPORT} over and over. */
    static String longDocument(int megabytes) {
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < megabytes * 1048576L; i = (i + 1) % LONG_REPORT.length) {
            text.append(LONG_REPORT[i]);
            bytes += LONG_REPORT[i].getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }
}
