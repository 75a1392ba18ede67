package org.marsad.cli;

import org.marsad.report.Digits;
import org.marsad.report.Lang;
import org.marsad.report.NarrativeReport;
import org.marsad.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad report}: a narrative report of the recorded deaths, in Arabic or English. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a narrative report (Markdown or HTML with charts) in Arabic or English.")
final class ReportCommand implements Runnable {
    @ParentCommand
    Main main;

    @Option(names = "--lang", required = true, description = "ar or en.")
    String lang;

    @Option(names = "--format", defaultValue = "md", description = "md or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--digits", defaultValue = "western",
            description = "Digits of Arabic text: western (1130) or arabic_indic (١١٣٠) (default: ${DEFAULT-VALUE}).")
    String digits;

    @Mixin
    OutputOption output;

    @Mixin
    TallyOptions filters;

    @Override
    public void run() {
        Lang l = TallyOptions.parse(Lang.class, lang, "--lang");
        NarrativeReport.Format f = TallyOptions.parse(NarrativeReport.Format.class, format, "--format");
        Digits d = TallyOptions.parse(Digits.class, digits.replace('-', '_'), "--digits");
        String text;
        try (Database db = Store.open(main)) {
            text = NarrativeReport.write(db, filters.filter(), l, d, f);
        }
        output.write(w -> w.write(text));
    }
}
