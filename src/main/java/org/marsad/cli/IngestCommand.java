package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.marsad.extract.ClaimExtractor;
import org.marsad.extract.Extraction;
import org.marsad.extract.ReportText;
import org.marsad.store.Database;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ingest}: extracts the casualty figures and named victims of reports and stores each report
 * with them (status "extracted", for review; a named victim becomes a record of the report's source). A text
 * already stored (same sha256) is left as it is, with its review.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract and store reports with their figures and named victims, for review.")
final class IngestCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report texts, UTF-8.")
    List<Path> files;

    @Option(names = "--source", defaultValue = Sources.UNATTRIBUTED,
            description = "The source the reports come from (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The reports' publication date, for periods written as \"last month\" (default: today).")
    LocalDate date;

    @Override
    public void run() {
        LocalDate published = date != null ? date : LocalDate.now();
        ClaimExtractor extractor = Extractors.withGazetteer();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Store.open(main)) {
            long sourceId = new Sources(db).named(source, "unknown", Main.actor()).id();
            Reports reports = new Reports(db);
            int stored = 0;
            int figures = 0;
            int named = 0;
            for (Path file : files) {
                String text = ReportText.read(file);
                Extraction e = extractor.extract(text, published);
                String title = file.getFileName().toString();
                Reports.Stored s = reports.store(Report.of(sourceId, title, text, e.lang(), date), e.claims(),
                        e.victims(), Main.actor());
                if (s.created()) {
                    stored++;
                    figures += e.claims().size();
                    named += e.victims().size();
                }
                System.out.printf("%s\t%s\treport %d\t%d figures\t%d named victims%n", file,
                        s.created() ? "stored" : "already stored", s.report().id(), e.claims().size(), e.victims().size());
                if (e.noFigure() != null) {
                    err.printf("marsad: %s: %s / %s%n", file, e.noFigure().english(), e.noFigure().arabic());
                }
            }
            err.printf("marsad: %d of %d reports stored, %d figures and %d named victims to review%n", stored,
                    files.size(), figures, named);
        }
    }
}
