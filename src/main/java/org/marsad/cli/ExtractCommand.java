package org.marsad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.marsad.extract.ClaimExtractor;
import org.marsad.extract.ClaimJson;
import org.marsad.extract.ClaimTable;
import org.marsad.extract.Extraction;
import org.marsad.extract.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad extract}: the casualty figures of reports as Claim JSON (one object for one file, one per
 * line for several) or as a readable table.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "List every casualty figure of reports (Claim JSON or a table).")
final class ExtractCommand implements Runnable {
    enum Format { JSON, TEXT }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report texts, UTF-8.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The reports' publication date, for periods such as \"last month\" (default: the year the text gives).")
    LocalDate date;

    @Override
    public void run() {
        Format f = TallyOptions.parse(Format.class, format, "--format");
        ClaimExtractor extractor = Extractors.withGazetteer();
        for (Path file : files) {
            String text = ReportText.read(file);
            Extraction e = date == null ? extractor.extract(text) : extractor.extract(text, date);
            if (f == Format.TEXT) {
                System.out.print(ClaimTable.render(file.toString(), text, e));
            } else {
                System.out.println(files.size() == 1 ? ClaimJson.pretty(e) : ClaimJson.line(e));
            }
        }
    }
}
