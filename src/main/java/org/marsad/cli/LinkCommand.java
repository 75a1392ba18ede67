package org.marsad.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.InputError;
import org.marsad.link.Linkage;
import org.marsad.link.LinkageCsv;
import org.marsad.link.Linker;
import org.marsad.link.VictimRecord;
import org.marsad.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad link}: finds the records that name the same person. With {@code --in}, a Linkage CSV file
 * (no database); without it, the victims of the database, storing persons and the review queue.
 */
@Command(name = "link", mixinStandardHelpOptions = true, subcommands = LinkVerdictCommand.class,
        description = {"Link victim records of the same person: a CSV file (--in), or the database's victims.",
                "People's verdicts ('link verdict ID1 ID2 same|different') are obeyed on every run."})
final class LinkCommand implements Runnable {
    @ParentCommand
    Main main;

    @Option(names = "--in", paramLabel = "IN.csv", description = "Linkage CSV to link (id, name; source, sex, age, date, place, status).")
    Path in;

    @Mixin
    OutputOption output;

    @Option(names = "--explain", description = "Print the learned match weights per field and level on stderr.")
    boolean explain;

    @Override
    public void run() {
        if (in == null) {
            try (Database db = Store.open(main)) {
                org.marsad.link.DatabaseLinking.Result r = new org.marsad.link.DatabaseLinking(db).run(explain ? System.err : null, Main.actor());
                System.out.printf("%d records, %d persons, %d pairs to review, %d verdicts obeyed%n", r.records(),
                        r.persons(), r.review(), r.verdicts());
            }
            return;
        }
        List<VictimRecord> records = rows(in).stream().map(LinkageCsv.Row::record).toList();
        long start = System.nanoTime();
        Linkage linkage = Linker.link(records);
        System.err.printf("marsad: %d records → %d persons (%d candidate pairs) in %.1f s%n", records.size(),
                linkage.personCount(), linkage.candidatePairCount(), (System.nanoTime() - start) / 1e9);
        if (explain) {
            System.err.println(linkage.explain());
        }
        output.write(w -> LinkageCsv.write(records, linkage, w));
    }

    /** The rows of a Linkage CSV file; a missing or unreadable file is a one-line error naming it. */
    static List<LinkageCsv.Row> rows(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LinkageCsv.rows(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputError(file + ": no such file");
        } catch (IOException e) {
            throw new InputError(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The records of a labelled Linkage CSV file with their truth, the 'person' column (written by {@code bench link --write}). */
    static List<org.marsad.link.LabelledVictim> labelled(Path file) {
        List<LinkageCsv.Row> rows = rows(file);
        List<org.marsad.link.LabelledVictim> victims = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String person = rows.get(i).more().get("person");
            if (person == null || person.isBlank()) {
                throw new InputError(file + ": line " + (i + 2) + ": no 'person' (the truth) for record "
                        + rows.get(i).record().id());
            }
            victims.add(new org.marsad.link.LabelledVictim(rows.get(i).record(), person));
        }
        return victims;
    }
}
