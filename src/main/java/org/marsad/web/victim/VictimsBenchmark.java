package org.marsad.web.victim;

import org.marsad.web.WebApp;
import org.marsad.web.Paging;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Sex;
import org.marsad.link.Status;
import org.marsad.link.synthetic.SyntheticLists;
import org.marsad.link.VictimRecord;
import org.marsad.security.FieldCipher;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.account.Account.Role;
import org.marsad.store.account.Accounts;
import org.marsad.store.account.ApiTokens;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.NameIndex;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * How fast the victims pages answer over a large register: fills an empty database with generated victim
 * lists (Arabic and Latin names drawn with the frequencies of {@link SyntheticLists}), keys their names,
 * serves the web app on a free port and times real HTTP requests of an analyst (a token, as a script signs
 * in) to the list by page (by its number, and next to a record as the list's links go) and to name searches
 * in both scripts, printing p50, p95 and the process's CPU time per request for each.
 */
public final class VictimsBenchmark {
    /** Persons generated per call of the generator: its lists are held in memory, so it runs in slices. */
    private static final int SLICE = 50_000;
    private static final int WARM_UP = 20;
    private static final String ACCOUNT = "bench";

    private final Database db;
    private final PrintStream out;
    private final Random random = new Random(17);
    private final HttpClient http = HttpClient.newHttpClient();

    public VictimsBenchmark(Database db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    public void run(int victims, int requests) {
        Victims store = new Victims(db);
        int present = store.count();
        if (present == 0) {
            long t0 = System.nanoTime();
            fill(victims);
            out.printf("generated and stored %,d victim records in %.1f s%n", store.count(), seconds(t0));
        } else {
            out.printf("database already holds %,d victim records; timing the pages over it%n", present);
        }
        long t0 = System.nanoTime();
        int keyed = new NameIndex(db, org.marsad.link.name.CrossScriptNames::indexKeys).catchUp();
        out.printf("keyed the names of %,d records in %.1f s%n", keyed, seconds(t0));

        if (new Accounts(db).find(ACCOUNT).isEmpty()) {
            new Accounts(db).add(ACCOUNT, Role.ANALYST, Passwords.hash("benchmark only, not a login".toCharArray()));
        }
        String token = new ApiTokens(db).issue(ACCOUNT, ACCOUNT);
        Javalin app = new WebApp(db, WebApp.Settings.of(FieldCipher.random())).create().start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            int count = store.count();
            int pages = Math.max(1, count / Paging.DEFAULT_SIZE);
            List<String> given = words(0);
            List<String> family = words(1);
            Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
            kinds.put("list, page 1", () -> "/victims");
            kinds.put("list, a random page by its number", () -> "/victims?page=" + (1 + random.nextInt(pages)));
            kinds.put("list, next page after a random record", () -> "/victims?after=" + random.nextInt(count) + "&page=2");
            kinds.put("search, one word", () -> "/victims?q=" + enc(pick(given)));
            kinds.put("search, given and family name", () -> "/victims?q=" + enc(pick(given) + " " + pick(family)));
            kinds.put("search, the other script (Khaled finds خالد)", () -> "/victims?q=" + enc(latin(pick(given))));
            kinds.put("API search, one word", () -> "/api/v1/victims?name=" + enc(pick(family)));
            out.printf("%,d requests of each kind (after %d to warm up), one at a time:%n", requests, WARM_UP);
            out.printf("%-48s %8s %8s %8s %12s%n", "request", "p50 ms", "p95 ms", "max ms", "CPU ms/req");
            for (var kind : kinds.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    get(base, kind.getValue().get(), token);
                }
                long[] ms = new long[requests];
                long cpu0 = cpuNanos();
                for (int i = 0; i < requests; i++) {
                    long s = System.nanoTime();
                    get(base, kind.getValue().get(), token);
                    ms[i] = (System.nanoTime() - s) / 1_000_000;
                }
                double cpuPerRequest = (cpuNanos() - cpu0) / 1e6 / requests;
                Arrays.sort(ms);
                out.printf("%-48s %8d %8d %8d %12.1f%n", kind.getKey(), ms[(int) (requests * 0.5)],
                        ms[Math.min(requests - 1, (int) Math.ceil(requests * 0.95) - 1)], ms[requests - 1], cpuPerRequest);
            }
        } finally {
            app.stop();
        }
    }

    private void fill(int victims) {
        long[] sources = {new Sources(db).named("bench list A", "list").id(), new Sources(db).named("bench list B", "list").id()};
        Victims store = new Victims(db);
        int written = 0;
        for (long seed = 1; written < victims; seed++) {
            List<Victim> slice = new ArrayList<>();
            for (LabelledVictim l : SyntheticLists.generate(SLICE, 2, seed)) {
                if (written + slice.size() >= victims) {
                    break;
                }
                VictimRecord r = l.record();
                slice.add(new Victim(null, sources[r.source().endsWith("2") ? 1 : 0], "bench-" + (written + slice.size()), r.name(),
                        null, null, null, null, r.sex() == null ? null : r.sex() == Sex.MALE ? 'M' : 'F', r.age(), null,
                        r.status() == null ? null : r.status() == Status.FIGHTER ? "fighter" : "civilian", null, r.date(),
                        r.place(), null, null, null, null, null));
            }
            written += store.addAll(slice).added();
        }
    }

    /** Words at one place of the stored names (0 given, 1 the next), from a sample of records. */
    private List<String> words(int at) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT full_name FROM victim WHERE id % 997 = 0 LIMIT 500")
                .mapTo(String.class).list()).stream().map(n -> n.split("\\s+")).filter(w -> w.length > at)
                .map(w -> w[at]).filter(w -> w.length() > 1).toList();
    }

    /** A word of the other script: an Arabic word's first Latin spelling from the lists' own names, else itself. */
    private String latin(String word) {
        return LATIN.getOrDefault(word, word);
    }

    /** A few common names as the Latin lists write them, for searches in the other script. */
    private static final Map<String, String> LATIN = Map.of("محمد", "Mohammad", "أحمد", "Ahmad", "محمود", "Mahmoud",
            "خالد", "Khaled", "علي", "Ali", "حسن", "Hasan", "فاطمة", "Fatima", "مريم", "Maryam", "يوسف", "Yousef",
            "إبراهيم", "Ibrahim");

    private String pick(List<String> words) {
        return words.isEmpty() ? "محمد" : words.get(random.nextInt(words.size()));
    }

    private void get(String base, String path, String token) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU time of this process (server and client threads together): on a machine shared with other work
     * the wall-clock times grow with the load, the CPU a request costs much less.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
