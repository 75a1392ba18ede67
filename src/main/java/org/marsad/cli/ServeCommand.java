package org.marsad.cli;

import io.javalin.Javalin;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.marsad.demo.DemoData;
import org.marsad.extract.ClaimExtractor;
import org.marsad.place.Gazetteer;
import org.marsad.store.Database;
import org.marsad.store.SiteSettings;
import org.marsad.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad serve}: the web app over the database, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app (Arabic by default, English with ?lang=en).")
final class ServeCommand implements Runnable {

    @ParentCommand
    Main main;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--demo", description = "Load the demo reports first (once; later starts leave them as they are).")
    boolean demo;

    @Option(names = "--secure-cookies", description = "Send the session cookie over HTTPS only, also when the "
            + "TLS proxy in front does not say X-Forwarded-Proto: https.")
    boolean secureCookies;

    @Option(names = "--org-name", paramLabel = "NAME", description = "The observatory's own name, shown in the pages "
            + "and reports instead of Marsad; stored, so later starts keep it (default: as stored, else Marsad).")
    String orgName;

    @Override
    public void run() {
        long started = System.nanoTime();
        // The gazetteer and the web stack load on the other core while Flyway checks the schema.
        CompletableFuture<Void> webLoaded = CompletableFuture.runAsync(() -> {
            Gazetteer.shipped();
            WebApp.warmUp();
        });
        Database db = Store.open(main);
        if (demo) {
            int added = DemoData.load(db);
            System.err.println("marsad: demo data " + (added == 0 ? "already loaded" : "loaded (" + added + " reports)"));
        }
        if (orgName != null && !orgName.isBlank()) {
            new SiteSettings(db).set(SiteSettings.ORG_NAME, orgName.strip(), "cli:" + System.getProperty("user.name"));
        }
        webLoaded.join();
        ClaimExtractor extractor = Extractors.withGazetteer();
        WebApp.Settings settings = WebApp.Settings.of(db.key().cipher()).withSecureCookies(secureCookies)
                .withReader(extractor::extract);
        Javalin app = new WebApp(db, settings).create();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
            stopped.countDown();
        }, "marsad-shutdown"));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            throw new org.marsad.InputError("cannot listen on " + host + ":" + port + " (is it in use?)", e);
        }
        System.err.printf("marsad: serving http://%s:%d/ (started in %d ms; Ctrl-C stops)%n",
                host, port, (System.nanoTime() - started) / 1_000_000);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
