package org.marsad.web.edit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.store.report.StoredClaim;
import org.marsad.web.Messages;

/** The forms of a report's page that correct its figures and add a missed one, filled with what each figure says. */
public final class ClaimForms {
    record Form(long id, int version, int number, String numberText, long count, String place, String from, String to,
                List<Choices.Option> groups, List<Choices.Option> outcomes, List<Choices.Option> qualifiers) {
    }

    private ClaimForms() {
    }

    /** One form per figure, then the blank form of a missed figure under {@code "missed"}. */
    public static Map<String, Object> of(List<StoredClaim> claims, Messages t) {
        List<Form> forms = claims.stream().map(s -> {
            Claim c = s.claim();
            return new Form(s.id(), s.version(), s.ordinal() + 1, t.plain(s.ordinal() + 1L), c.count(), c.place() == null ? null : c.place().text(),
                    c.period() == null ? null : VictimInput.text(c.period().from()),
                    c.period() == null ? null : VictimInput.text(c.period().to()), options("group", Group.values(), c.group(), t),
                    options("outcome", Outcome.values(), c.outcome(), t), qualifiers(c.qualifier(), t));
        }).toList();
        return Map.of("forms", forms, "missedGroups", options("group", Group.values(), Group.PERSON, t),
                "missedOutcomes", options("outcome", Outcome.values(), Outcome.KILLED, t),
                "missedQualifiers", qualifiers(Qualifier.EXACT, t));
    }

    private static List<Choices.Option> qualifiers(Qualifier selected, Messages t) {
        // the exact qualifier has no word of its own in a sentence ("12 killed"), so the form names it
        return Arrays.stream(Qualifier.values()).map(q -> new Choices.Option(q.code(), q == Qualifier.EXACT
                ? t.get("edit.exact") : t.label("qualifier", q.code()), q == selected)).toList();
    }

    private static <E extends Enum<E>> List<Choices.Option> options(String prefix, E[] values, E selected, Messages t) {
        return Arrays.stream(values).map(v -> {
            String code = v.name().toLowerCase(java.util.Locale.ROOT);
            return new Choices.Option(code, t.label(prefix, code), v == selected);
        }).toList();
    }
}
