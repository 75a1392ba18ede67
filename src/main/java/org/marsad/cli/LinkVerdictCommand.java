package org.marsad.cli;

import org.marsad.InputError;
import org.marsad.store.Database;
import org.marsad.store.person.LinkDecision.Verdict;
import org.marsad.store.person.LinkDecision;
import org.marsad.store.person.LinkDecisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad link verdict ID1 ID2 same|different}: a person's verdict on any two victim records of the
 * database, proposed by the linker or not. Every later {@code link} obeys it; it is audited.
 */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = {"Decide whether two victim records (by id, as in 'export victims') are the same person or "
                + "different persons, whether the linker proposed the pair or not.",
                "Every later 'link' obeys it: 'same' always joins the two, 'different' never puts them in one "
                        + "person, not even through other records. A new verdict on the pair replaces the old; one "
                        + "that contradicts other verdicts is refused. Run 'link' to apply it."})
final class LinkVerdictCommand implements Runnable {
    @ParentCommand
    LinkCommand link;

    @Parameters(index = "0", paramLabel = "ID1", description = "A victim record's id.")
    long first;

    @Parameters(index = "1", paramLabel = "ID2", description = "Another victim record's id.")
    long second;

    @Parameters(index = "2", paramLabel = "same|different", description = "same: one person; different: two persons.")
    String verdict;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept with the verdict and in the audit log).")
    String note;

    @Override
    public void run() {
        Verdict v = Verdict.ofPerson(verdict);
        if (v == null) {
            throw new InputError("the verdict must be 'same' or 'different', not '" + verdict + "'");
        }
        try (Database db = Store.open(link.main)) {
            LinkDecision d = new LinkDecisions(db).decide(first, second, v, Main.actor(), note);
            System.out.printf("victims %d and %d: %s%s; run 'link' to apply%n", d.victimA(), d.victimB(),
                    v == Verdict.CONFIRMED ? "same person" : "different persons",
                    d.probability() == null ? " (a pair the linker did not propose)" : "");
        }
    }
}
