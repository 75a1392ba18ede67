package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.InputError;
import org.marsad.extract.ClaimExtractor;
import org.marsad.extract.ClaimJson;
import org.marsad.extract.ClaimTable;
import org.marsad.extract.ExtractBenchmark;
import org.marsad.extract.Extraction;
import org.marsad.extract.ReportMetadata;
import org.marsad.extract.ReportText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad extract}: the casualty figures of report files as Claim JSON or a table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "List every casualty figure of Arabic or English reports: one JSON object for one file, "
                + "one per line for several.")
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--bench", arity = "0..1", fallbackValue = "16", paramLabel = "MB",
            description = "Measure speed on a synthetic Arabic corpus of up to MB megabytes (default 16)")
    Integer benchMegabytes;

    @Option(names = "--bench-long",
            description = "Measure time and memory for one document of 1, 4 and 15 MB (synthetic Arabic reports)")
    boolean benchLong;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The reports' publication date, for periods such as \"last month\" (default: the year the text gives)")
    LocalDate date;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Report files (UTF-8 text)")
    List<Path> files = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (benchLong) {
            ExtractBenchmark.runLong(Extractors.withGazetteer(), out);
            return 0;
        }
        if (benchMegabytes != null) {
            ExtractBenchmark.run(benchMegabytes, out);
            return 0;
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a report FILE is required");
        }
        ClaimExtractor extractor = Extractors.withGazetteer();
        int status = 0;
        for (Path file : files) {
            try {
                // the "# source:" / "# outlet: …; date: …" lines of a saved item: no text, but its date
                String read = ReportText.read(file);
                String text = ReportMetadata.blank(read);
                LocalDate published = date != null ? date : ReportMetadata.date(read);
                Extraction e = published == null ? extractor.extract(text) : extractor.extract(text, published);
                if (format == Format.text) {
                    out.println(ClaimTable.render(file.toString(), text, e));
                } else {
                    out.println(files.size() == 1 ? ClaimJson.pretty(e) : ClaimJson.line(e));
                }
            } catch (InputError error) {
                if (files.size() == 1) {
                    throw error;
                }
                spec.commandLine().getErr().println("marsad: " + error.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
