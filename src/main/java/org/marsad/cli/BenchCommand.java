package org.marsad.cli;

import org.marsad.store.Database;
import org.marsad.tally.TallyBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad bench …}: benchmarks that print numbers (tally, link, estimate, review, web, import). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print numbers.",
        subcommands = {BenchCommand.Tally.class, BenchCommand.Link.class, BenchCommand.Estimate.class,
                BenchCommand.Review.class, BenchCommand.Web.class, BenchCommand.Import.class})
final class BenchCommand {
    @ParentCommand
    Main main;

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Link generated lists (4 lists of a population, truth kept) at growing sizes; print time, heap, F1.")
    static final class Link implements Runnable {
        @Option(names = "--people", split = ",", defaultValue = "50000,125000,250000,500000",
                description = "Population sizes (default: ${DEFAULT-VALUE}; about two records a person).")
        java.util.List<Integer> people;

        @Option(names = "--lists", defaultValue = "4", description = "Lists (default: ${DEFAULT-VALUE}).")
        int lists;

        @Option(names = "--write", paramLabel = "DIR",
                description = "Instead of linking, write each population's lists to DIR/generated-<people>.csv "
                        + "(Linkage CSV plus a 'person' column holding the truth), for other tools to link.")
        java.nio.file.Path write;

        @Option(names = "--harsh", description = "Link the lists of the harsh generator (given-name slips beside "
                + "siblings, vowel-less romanization, two-part names beside four) instead of the usual one.")
        boolean harsh;

        @Option(names = "--harsh-version", defaultValue = "1", description = "Version of the harsh generator: 1, or 2, "
                + "which adds three-part names without the family and five-part names (default: ${DEFAULT-VALUE}).")
        int harshVersion;

        @Option(names = "--diagnose", description = "Print where linking errs, read from the truth: missed and "
                + "false pairs by kind, by the parts of the shorter name and by its namesakes in the lists.")
        boolean diagnose;

        @Option(names = "--in", paramLabel = "FILE.csv",
                description = "Link labelled lists made elsewhere instead of generated ones: Linkage CSV with a "
                        + "'person' column holding the truth (as --write writes them).")
        java.nio.file.Path in;

        @Override
        public void run() {
            if (in != null) {
                new org.marsad.link.synthetic.LinkBenchmark(System.out).run(in.getFileName().toString(),
                        LinkCommand.labelled(in), diagnose);
                return;
            }
            if (diagnose) {
                org.marsad.link.LinkageDiagnosis.run(people, lists, harsh, System.out);
                return;
            }
            if (write != null) {
                new org.marsad.link.synthetic.LinkBenchmark(System.out).write(people, lists, write, harsh);
                return;
            }
            new org.marsad.link.synthetic.LinkBenchmark(System.out).run(people, lists, harsh, harshVersion);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import generated victim lists of growing sizes into a new SQLite database, twice each; "
                    + "print time and peak heap (run with MARSAD_JAVA_OPTS=-Xmx512m to see the memory bound).")
    static final class Import implements Runnable {
        @Option(names = "--rows", split = ",", defaultValue = "300000,3000000",
                description = "List sizes (default: ${DEFAULT-VALUE}).")
        java.util.List<Integer> rows;

        @Override
        public void run() {
            org.marsad.place.PlaceResolver places = org.marsad.place.PlaceResolver.shipped();
            new org.marsad.link.synthetic.ImportBenchmark(System.out).run(rows, dir -> "jdbc:sqlite:" + dir.resolve("bench.db"),
                    org.marsad.link.VictimImport.remembering(
                            place -> places.best(place).map(org.marsad.place.Candidate::pcode).orElse(null)));
        }
    }

    @Command(name = "estimate", mixinStandardHelpOptions = true,
            description = "Time the lcmcr sampler on Kosovo and on 10^4 and 10^6 simulated persons; with --simulations, "
                    + "each method's bias and coverage on populations of known size.")
    static final class Estimate implements Runnable {
        @Option(names = "--simulations", defaultValue = "0", paramLabel = "N",
                description = "Populations per scenario for the bias and coverage table (default: ${DEFAULT-VALUE}, none).")
        int simulations;

        @Override
        public void run() {
            new org.marsad.estimate.EstimateBenchmark(System.out).run(simulations);
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Link generated lists (truth kept), let a simulated reviewer answer the review queue's first "
                    + "pairs from the truth, in the queue's order and in the order before it; print F1 and the count's error.")
    static final class Review implements Runnable {
        @Option(names = "--people", defaultValue = "3000", description = "Population (default: ${DEFAULT-VALUE}).")
        int people;

        @Option(names = "--lists", defaultValue = "4", description = "Lists (default: ${DEFAULT-VALUE}).")
        int lists;

        @Option(names = "--answers", split = ",", defaultValue = "0,100,500,1000",
                description = "Pairs answered at each step (default: ${DEFAULT-VALUE}).")
        java.util.List<Integer> answers;

        @Option(names = "--in", paramLabel = "FILE.csv",
                description = "Labelled lists instead of generated ones: Linkage CSV with a 'person' column holding the truth.")
        java.nio.file.Path in;

        @Override
        public void run() {
            java.util.List<org.marsad.link.LabelledVictim> victims = in == null
                    ? org.marsad.link.synthetic.SyntheticLists.generate(people, lists, 2026)
                    : LinkCommand.labelled(in);
            new org.marsad.link.synthetic.ReviewBenchmark(System.out).run(victims, answers);
        }
    }

    @Command(name = "tally", mixinStandardHelpOptions = true,
            description = "Fill an empty database with a synthetic conflict (once), then time tallies over it.")
    static final class Tally implements Runnable {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--victims", defaultValue = "1000000", description = "Victim records (default: ${DEFAULT-VALUE}).")
        int victims;

        @Option(names = "--incidents", defaultValue = "100000", description = "Incidents (default: ${DEFAULT-VALUE}).")
        int incidents;

        @Option(names = "--queries", defaultValue = "200", description = "Tallies to time (default: ${DEFAULT-VALUE}).")
        int queries;

        @Override
        public void run() {
            try (Database db = Database.open(bench.main.databaseUrl())) {
                new TallyBenchmark(db, System.out).run(victims, incidents, queries);
            }
        }
    }

    @Command(name = "web", mixinStandardHelpOptions = true,
            description = "Fill an empty database with generated victim lists (once), then time the victims list and "
                    + "name searches over HTTP (p50, p95).")
    static final class Web implements Runnable {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--victims", defaultValue = "1000000", description = "Victim records (default: ${DEFAULT-VALUE}).")
        int victims;

        @Option(names = "--requests", defaultValue = "200", description = "Requests of each kind to time (default: ${DEFAULT-VALUE}).")
        int requests;

        @Override
        public void run() {
            try (Database db = Database.open(bench.main.databaseUrl())) {
                new org.marsad.web.victim.VictimsBenchmark(db, System.out).run(victims, requests);
            }
        }
    }
}
