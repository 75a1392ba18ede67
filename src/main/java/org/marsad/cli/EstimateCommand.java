package org.marsad.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.InputError;
import org.marsad.estimate.DocumentedLists;
import org.marsad.estimate.EstimateJson;
import org.marsad.estimate.EstimateRun;
import org.marsad.estimate.EstimateText;
import org.marsad.estimate.Estimator;
import org.marsad.estimate.ListsCsv;
import org.marsad.estimate.Method;
import org.marsad.estimate.StratumEstimate;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad estimate}: how many deaths in all, documented or not, from how the lists overlap. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate all deaths, documented or not, by multiple systems estimation: from a person,source "
                + "CSV (--in) or from the database's linked persons, each source a list.")
final class EstimateCommand implements Runnable {
    enum Format { TABLE, JSON }

    @ParentCommand
    Main main;

    @Option(names = "--in", paramLabel = "LISTS.csv", description = "A CSV with header person,source: one row per "
            + "person and list that documents them. Without it, the database's persons are estimated.")
    Path in;

    @Option(names = "--method", defaultValue = "lcmcr",
            description = "lcmcr (latent classes, default), graphs (decomposable graphical models, 3-5 lists) or "
                    + "independence (log-linear model of independent lists).")
    String method;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the lcmcr sampler: the same seed repeats a run exactly (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--explain", description = "Also print the overlap table and the method's model weights or sampler diagnostics.")
    boolean explain;

    @Option(names = "--by", paramLabel = "DIM", description = "Estimate each stratum on its own: governorate, year or group (civilian, fighter).")
    String by;

    @Option(names = "--min-list", defaultValue = "" + DocumentedLists.MIN_LIST, paramLabel = "N",
            description = "Sources with fewer persons than this are pooled into one list (default: ${DEFAULT-VALUE}).")
    int minList;

    @Mixin
    TallyOptions filters;

    @Override
    public void run() {
        Format f = TallyOptions.parse(Format.class, format, "--format");
        Method m = Method.ofCode(method);
        Estimator estimator = new Estimator(m, seed);
        EstimateRun result;
        if (in != null) {
            if (by != null) {
                throw new InputError("--by applies to the database's persons, not to --in (a CSV has no places or dates)");
            }
            CaptureHistories h = read(in);
            result = new EstimateRun(m, null, new StratumEstimate(null, h, estimator.estimate(h), null), List.of(), List.of());
        } else {
            DocumentedLists.Stratum stratum = by == null ? null : TallyOptions.parse(DocumentedLists.Stratum.class, by, "--by");
            try (Database db = Store.open(main)) {
                result = new DocumentedLists(db).estimate(filters.filter(), stratum, minList, estimator, m);
            }
            if (result.overall().refused()) {
                throw new InputError(result.overall().refusal().english());
            }
        }
        System.out.print(f == Format.JSON ? EstimateJson.write(result, explain) + "\n" : EstimateText.table(result, explain));
    }

    private static CaptureHistories read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ListsCsv.read(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputError(file + ": no such file");
        } catch (IOException e) {
            throw new InputError(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
