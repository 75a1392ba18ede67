package org.marsad.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.Main;
import org.marsad.extract.Extraction;
import org.marsad.security.FieldCipher;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.ProcessorTime;
import org.marsad.store.TestDatabases;
import org.marsad.store.account.Account.Role;
import org.marsad.store.account.Accounts;
import org.marsad.store.account.ApiTokens;

/**
 * Issue 16's targets for writers, on one SQLite file served by the web app over real HTTP, with imports run
 * as real {@code marsad import victims} processes (child JVMs) on the same file, as an observatory runs
 * them from a terminal while its editors work: 20 web writes at once (a report each, naming a new source),
 * 6 imports at once (each a new source), and one web write every quarter second while an import of
 * {@code marsad.bench.writes} rows runs. Prints errors, answers by status and latency percentiles. Not part
 * of the suite: {@code mvn -o -B test -Dtest=WritesUnderLoadBenchmark -Dmarsad.bench.writes=300000}.
 * The reports' text is read by a stand-in reader (no figures), so the latency is the database's, not the
 * extractor's.
 */
class WritesUnderLoadBenchmark {
    private static final int WRITERS = 20;
    private static final int ROUNDS = 5;
    private static final int IMPORTS = 6;
    private static final int IMPORT_ROWS = 10_000;

    @TempDir
    Path dir;

    @Test
    void writersAtOnceAndDuringAnImport() throws Exception {
        String size = System.getProperty("marsad.bench.writes");
        assumeTrue(size != null, "a benchmark: run with -Dmarsad.bench.writes=300000");
        int rows = Integer.parseInt(size.strip());
        String url = TestDatabases.url(Dialect.SQLITE);
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        try (Database db = Database.open(url)) {
            new Accounts(db).add("reem", Role.EDITOR, Passwords.hash("correct horse battery".toCharArray()));
            String token = new ApiTokens(db).issue("reem", "bench");
            Javalin app = new WebApp(db, WebApp.Settings.of(FieldCipher.random())
                    .withReader(text -> new Extraction("en", List.of(), List.of(), List.of()))).create()
                    .start("127.0.0.1", 0);
            try {
                Writer writer = new Writer(app.port(), token);
                atOnce(writer);
                parallelImports(file);
                duringAnImport(writer, file, rows);
            } finally {
                app.stop();
            }
        }
    }

    /** {@link #WRITERS} web writes released together, {@link #ROUNDS} times. */
    private void atOnce(Writer writer) throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        double load = ProcessorTime.load();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    String name = "round " + round + " writer " + i;
                    done.add(pool.submit(() -> {
                        start.await();
                        answers.add(writer.report(name));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(300, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("%d web writes at once (a report and a new source each), %d rounds: %s, load %.1f-%.1f%n",
                WRITERS, ROUNDS, Answer.summary(answers), load, ProcessorTime.load());
    }

    /** {@link #IMPORTS} {@code import victims} processes started together, each naming a new source. */
    private void parallelImports(Path db) throws Exception {
        double load = ProcessorTime.load();
        long start = System.nanoTime();
        List<Process> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            Path list = list("parallel-" + i, IMPORT_ROWS);
            imports.add(marsad(db, "parallel-" + i, "import", "victims", list.toString(), "--source", "parallel list " + i));
        }
        int failed = 0;
        for (Process p : imports) {
            if (!p.waitFor(1_800, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                failed++;
            } else if (p.exitValue() != 0) {
                failed++;
            }
        }
        System.out.printf("%d imports at once (%,d rows, a new source each): %d failed, all done in %.1f s, load %.1f-%.1f%n",
                IMPORTS, IMPORT_ROWS, failed, (System.nanoTime() - start) / 1e9, load, ProcessorTime.load());
        if (failed > 0) {
            for (int i = 0; i < IMPORTS; i++) {
                System.out.println("import " + i + ": " + Files.readString(dir.resolve("parallel-" + i + ".log")).strip());
            }
        }
    }

    /** One web write every 250 ms from the import's start to its end. */
    private void duringAnImport(Writer writer, Path db, int rows) throws Exception {
        Path list = list("large", rows);
        double load = ProcessorTime.load();
        long start = System.nanoTime();
        Process importing = marsad(db, "large", "import", "victims", list.toString(), "--source", "large list");
        List<Answer> answers = new ArrayList<>();
        int n = 0;
        while (!importing.waitFor(250, TimeUnit.MILLISECONDS)) {
            answers.add(writer.report("during the import " + n++));
        }
        System.out.printf("%,d-row import: exit %d in %.1f s; %d web writes during it: %s, load %.1f-%.1f%n", rows,
                importing.exitValue(), (System.nanoTime() - start) / 1e9, answers.size(), Answer.summary(answers), load,
                ProcessorTime.load());
        if (answers.stream().anyMatch(a -> a.status() >= 300)) {
            answers.stream().filter(a -> a.status() >= 300).findFirst()
                    .ifPresent(a -> System.out.println("first refusal: " + a.status() + " " + a.body()));
        }
    }

    /** A CSV victims list of distinct names. */
    private Path list(String name, int rows) throws IOException {
        Path file = dir.resolve(name + ".csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("id,name,sex,age,date,place\n");
            for (int i = 0; i < rows; i++) {
                out.write(name + "-" + i + ",name " + i + " ali " + name + ",M," + (i % 90) + ",2024-0" + (1 + i % 9)
                        + "-1" + (i % 10) + ",Gaza\n");
            }
        }
        return file;
    }

    /** Marsad's main class in a child JVM on this test's classpath; the key and anchors are this JVM's. */
    private Process marsad(Path db, String log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", db.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log + ".log").toFile()).start();
    }

    /** A script entering reports through the API with its token. */
    private record Writer(int port, String token) {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Answer report(String name) {
            String json = "{\"text\": \"A report from " + name + ".\", \"source\": \"source of " + name + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports"))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(r.statusCode(), (System.nanoTime() - start) / 1e6, r.body());
            } catch (IOException e) {
                return new Answer(-1, (System.nanoTime() - start) / 1e6, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One answer: its status (-1 for none), its latency and its body. */
    private record Answer(int status, double millis, String body) {
        static String summary(List<Answer> answers) {
            Map<Integer, Integer> byStatus = new TreeMap<>();
            answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
            double[] ms = answers.stream().mapToDouble(Answer::millis).sorted().toArray();
            long errors = answers.stream().filter(a -> a.status() < 200 || a.status() >= 300).count();
            return String.format("%d errors, answers %s, p50 %.0f ms, p99 %.0f ms, max %.0f ms", errors, byStatus,
                    percentile(ms, 50), percentile(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1]);
        }

        private static double percentile(double[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }
}
