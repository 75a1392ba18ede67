package org.marsad.link;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.NameTokens;
import org.marsad.link.score.FieldComparator;
import org.marsad.link.score.NameComparator;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.RecordProfile;

/**
 * Prints every row of the real names ({@link RealNamesTest}) whose Arabic and Latin records the linker
 * left apart, and every pair it joined of two rows that are two people, with each name part's level
 * (0 same, 1 skeleton, 2 similar, 3 different, - missing) and the spellings of the parts that differ.
 * Run by name: {@code mvn -o -B test -Dtest=RealNamesMissesDiagnosis}; asserts nothing, so it is not one
 * of the suite's tests.
 */
class RealNamesMissesDiagnosis {

    @Test
    void printsEveryRowLeftApart() throws Exception {
        assumeTrue(RealNamesTest.present(), "../shared/data/real is not here");
        RealNamesTest.Lists lists = RealNamesTest.read();
        List<VictimRecord> records = lists.records();
        Linkage linkage = Linker.link(records);
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        int apart = 0;
        StringBuilder out = new StringBuilder();
        for (int a = 0; a + 1 < records.size(); a += 2) {
            int b = a + 1;
            if (linkage.samePerson(a, b)) {
                continue;
            }
            apart++;
            out.append(line("apart", a, b, records, profiles, linkage));
        }
        int wrong = 0;
        for (int a = 0; a < records.size(); a++) {
            for (int b = a + 1; b < records.size(); b++) {
                if (linkage.samePerson(a, b) && !lists.truth().get(a).equals(lists.truth().get(b))) {
                    wrong++;
                    out.append(line("wrong", a, b, records, profiles, linkage));
                }
            }
        }
        System.out.printf(Locale.ROOT, "rows left apart %d of %d, wrong pairs %d%n%s", apart, records.size() / 2, wrong, out);
    }

    private static String line(String kind, int a, int b, List<VictimRecord> records, List<RecordProfile> profiles,
                               Linkage linkage) {
        StringBuilder levels = new StringBuilder();
        StringBuilder differing = new StringBuilder();
        for (int f = 0; f < 4; f++) {
            int level = PairPattern.FIELDS.get(f).compare(profiles.get(a), profiles.get(b));
            levels.append(level == FieldComparator.MISSING ? "-" : Integer.toString(level));
            NamePart x = part(profiles.get(a), f);
            NamePart y = part(profiles.get(b), f);
            if (level == NameComparator.DIFFERENT && x != null && y != null) {
                differing.append(' ').append(x.spelling()).append('/').append(y.spelling())
                        .append('(').append(x.skeleton()).append('/').append(y.skeleton()).append(')');
            }
        }
        String step = !linkage.isCandidate(a, b) ? "blocking"
                : String.format(Locale.ROOT, "p=%.3f", linkage.probabilityOf(a, b));
        return String.format(Locale.ROOT, "%s %s %s | %s | %s | %s |%s%n", kind, step, levels,
                records.get(a).name(), records.get(b).name(),
                String.join(" ", NameTokens.of(records.get(a).name())) + " ~ " + String.join(" ", NameTokens.of(records.get(b).name())),
                differing);
    }

    private static NamePart part(RecordProfile profile, int field) {
        return switch (field) {
            case 0 -> profile.name().given();
            case 1 -> profile.name().father();
            case 2 -> profile.name().grandfather();
            default -> profile.name().family();
        };
    }
}
