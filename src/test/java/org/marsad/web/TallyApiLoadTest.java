package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * A load benchmark of {@code GET /api/v1/tallies} on loopback: 50 concurrent connections for a fixed
 * time, over the demo data and a number of synthetic victim records. Runs only when asked:
 * {@code mvn -o test -Dtest=TallyApiLoadTest -Dmarsad.load.seconds=20 -Dmarsad.load.victims=10000}.
 * Prints requests per second and latency percentiles.
 */
class TallyApiLoadTest {
    private static final int CONNECTIONS = 50;

    @Test
    void tallyApiUnderFiftyConnections() throws Exception {
        int seconds = Integer.getInteger("marsad.load.seconds", 0);
        assumeTrue(seconds > 0, "a benchmark, run with -Dmarsad.load.seconds=N");
        int victims = Integer.getInteger("marsad.load.victims", 0);
        try (TestApp app = new TestApp()) {
            addVictims(app, victims);
            URI uri = URI.create("http://127.0.0.1:" + app.app.port() + "/api/v1/tallies?by=month,group");
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                workers.add(pool.submit(() -> run(http, uri, end)));
            }
            long[] all = workers.stream().flatMapToLong(f -> Arrays.stream(get(f))).sorted().toArray();
            pool.shutdown();
            assertThat(all).isNotEmpty();
            System.out.printf("tally API, %d victims, %d connections, %d s: %d requests, %.0f req/s, "
                            + "p50 %.1f ms, p99 %.1f ms%n", victims, CONNECTIONS, seconds, all.length,
                    all.length / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
        }
    }

    private static long[] run(HttpClient http, URI uri, long end) throws Exception {
        List<Long> latencies = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("status " + r.statusCode());
            }
            latencies.add(System.nanoTime() - t);
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] get(Future<long[]> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addVictims(TestApp app, int n) {
        long source = new Sources(app.db).named("synthetic list", "list").id();
        List<Victim> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(new Victim(null, source, Integer.toString(i), "victim " + i, null, null, null, null,
                    i % 2 == 0 ? 'M' : 'F', 10 + i % 70, null, "civilian", null,
                    LocalDate.of(2017, 1, 1).plusDays(i % 365), null, null, "shelling", null, null, null));
            if (batch.size() == 10_000) {
                new Victims(app.db).addAll(batch);
                batch.clear();
            }
        }
        new Victims(app.db).addAll(batch);
    }
}
