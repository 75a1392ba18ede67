package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.InputError;
import org.marsad.extract.ClaimExtractor;
import org.marsad.extract.Extraction;
import org.marsad.extract.ReportText;
import org.marsad.link.VictimListFile;

/**
 * Issue 16's fuzzing in the suite: victim lists and report files broken at random (bytes flipped, cut,
 * repeated, quotes, commas, line ends, NUL, byte order marks and bytes that are not UTF-8 put in) go
 * through what {@code import victims} and {@code ingest} read them with. Each either reads or is refused
 * with an {@link InputError} naming its file; none crashes with another exception or hangs (a generous
 * bound per input: a hang, not a speed). The seed is printed so a failure can be replayed with
 * {@code -Dmarsad.fuzz.seed=N}.
 */
class ParserFuzzTest {
    private static final long SEED = Long.getLong("marsad.fuzz.seed", System.nanoTime());
    private static final int INPUTS = 300;
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final byte[][] NASTY = {
            {0}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "\"".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
            "\r".getBytes(StandardCharsets.UTF_8), "\"\"\"".getBytes(StandardCharsets.UTF_8),
            "٣٤٥".getBytes(StandardCharsets.UTF_8), "-1".getBytes(StandardCharsets.UTF_8),
            "99999999999999999999".getBytes(StandardCharsets.UTF_8), "1.5e308".getBytes(StandardCharsets.UTF_8),
            "\u202E".getBytes(StandardCharsets.UTF_8), "قتل ".getBytes(StandardCharsets.UTF_8),
            "killed ".getBytes(StandardCharsets.UTF_8), "2024-02-30".getBytes(StandardCharsets.UTF_8)};

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);

    @Test
    void brokenVictimListsReadOrAreRefusedNamingTheirFile() throws Exception {
        byte[] list = ("id,name,sex,age,date,place,status,cause\n"
                + "A1,محمد أحمد الخطيب,M,34,2024-01-15,خان يونس,civilian,airstrike\n"
                + "A2,\"Khaled, son of Omar\",male,0.5,2024-01-16,Rafah,,\n"
                + "A3,فاطمة علي,أنثى,غير معروف,,,civilian,\"shelling \"\"near\"\" the school\"\n"
                + "A4,Sami Haddad,F,17,2024-02-01,Gaza,fighter,\n").getBytes(StandardCharsets.UTF_8);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            Path file = dir.resolve("list-" + i + ".csv");
            Files.write(file, broken(list));
            int input = i;
            boolean ok = assertTimeoutPreemptively(HANG, () -> {
                try {
                    VictimListFile.Checked checked = VictimListFile.check(file);
                    long[] rows = {0};
                    VictimListFile.forEachRow(checked, (line, row) -> rows[0]++);
                    assertThat(rows[0]).as("seed %d, input %d: rows read twice alike", SEED, input).isEqualTo(checked.rows());
                    return true;
                } catch (InputError e) {
                    assertThat(e.getMessage()).as("seed %d, input %d: the refusal names the file", SEED, input)
                            .contains(file.getFileName().toString());
                    return false;
                }
            }, () -> "seed " + SEED + ": a list hung");
            if (ok) {
                read++;
            } else {
                refused++;
            }
        }
        System.out.printf("fuzzing (seed %d): %d broken victim lists, %d read, %d refused naming their file%n", SEED,
                INPUTS, read, refused);
        assertThat(read + refused).isEqualTo(INPUTS);
        assertThat(refused).as("broken lists are refused, not all taken").isPositive();
    }

    @Test
    void brokenReportsAreReadOrRefusedAndNeverCrashTheExtractor() {
        ClaimExtractor extractor = new ClaimExtractor();
        byte[][] reports = {
                ("قُتل ٣ مدنيين، بينهم طفلان، وأصيب ١٢ آخرون في قصف على حي الشجاعية في غزة يوم ١٥ كانون الثاني ٢٠٢٤. "
                        + "وارتفعت حصيلة القتلى منذ بداية الشهر إلى ١٣٠ قتيلاً.").getBytes(StandardCharsets.UTF_8),
                ("At least 14 civilians, including 5 children, were killed and dozens wounded when an airstrike hit a "
                        + "market in Idlib on 3 March 2019; two of the dead were named as Ahmad Khalil (12) and Huda Saleh.")
                        .getBytes(StandardCharsets.UTF_8)};
        int read = 0;
        int refused = 0;
        int claims = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] bytes = broken(reports[i % reports.length]);
            String name = "report-" + i + ".txt";
            int input = i;
            int found = assertTimeoutPreemptively(HANG, () -> {
                String text;
                try {
                    text = ReportText.checked(name, ReportText.decode(name, bytes));
                } catch (InputError e) {
                    assertThat(e.getMessage()).as("seed %d, input %d: the refusal names the file", SEED, input).contains(name);
                    return -1;
                }
                Extraction extraction = extractor.extract(text);
                return extraction.claims().size();
            }, () -> "seed " + SEED + ": a report hung");
            if (found < 0) {
                refused++;
            } else {
                read++;
                claims += found;
            }
        }
        System.out.printf("fuzzing (seed %d): %d broken reports, %d extracted (%d figures), %d refused naming their file%n",
                SEED, INPUTS, read, claims, refused);
        assertThat(read).as("most broken reports are still text").isPositive();
        assertThat(refused).as("bytes that are not UTF-8 or are binary are refused").isPositive();
    }

    /** Found by this fuzzing (seed 44714255531739): a report cut after "of the" crashed the figure reader. */
    @Test
    void aReportCutAfterOfTheIsRead() {
        Extraction cut = new ClaimExtractor().extract("Four civilians were killed in the shelling, among them two of the");
        assertThat(cut.claims()).isNotEmpty();
    }

    /** {@code seed} broken in one to four places. */
    private byte[] broken(byte[] seed) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : seed) {
            bytes.add(b);
        }
        int changes = 1 + random.nextInt(4);
        for (int c = 0; c < changes && !bytes.isEmpty(); c++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> {
                    byte[] nasty = NASTY[random.nextInt(NASTY.length)];
                    for (int k = nasty.length - 1; k >= 0; k--) {
                        bytes.add(at, nasty[k]);
                    }
                }
                case 2 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(40))).clear();
                case 3 -> {
                    int end = Math.min(bytes.size(), at + 1 + random.nextInt(60));
                    List<Byte> part = new ArrayList<>(bytes.subList(at, end));
                    for (int r = random.nextInt(50); r > 0; r--) {
                        bytes.addAll(at, part);
                    }
                }
                default -> bytes.subList(at, bytes.size()).clear();
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = bytes.get(k);
        }
        return out;
    }
}
