package org.marsad.web.edit;

import org.marsad.web.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.report.StoredClaim;
import org.marsad.web.Forms;

/**
 * A figure's fields as a change gives them ({@code count, qualifier, group, outcome, cause, perpetrator,
 * place, place_pcode, from, to}), laid over the figure as it was; and where a missed figure stands in
 * its report: {@code start}/{@code end} offsets, or the words that state it ({@code text}).
 */
final class ClaimInput {
    /** The fields that change what a figure says (a change naming none of them only reviews or attaches). */
    static final List<String> FIELDS = List.of("count", "qualifier", "group", "outcome", "cause", "perpetrator", "place",
            "place_pcode", "from", "to");

    private ClaimInput() {
    }

    static boolean changes(Fields f) {
        return FIELDS.stream().anyMatch(f::has);
    }

    static Claim over(Claim c, Fields f, Span span) {
        long count = f.has("count") ? required(f, "count") : c.count();
        if (count < 0) {
            throw new Refusal(400, "input.negative", new Refusal.Field("count"), count);
        }
        PlaceMention place = c.place();
        if (f.has("place") || f.has("place_pcode")) {
            String text = f.has("place") ? f.text("place") : place == null ? null : place.text();
            String pcode = f.has("place_pcode") ? f.text("place_pcode") : PlaceCodes.of(text);
            place = text == null && pcode == null ? null : new PlaceMention(text, pcode);
        }
        Period period = c.period();
        if (f.has("from") || f.has("to")) {
            LocalDate from = f.has("from") ? Forms.date(f.text("from"), "from") : period == null ? null : period.from();
            LocalDate to = f.has("to") ? Forms.date(f.text("to"), "to") : period == null ? null : period.to();
            period = from == null && to == null ? null : new Period(from, to);
        }
        return new Claim(code(f, "outcome", Outcome.class, c.outcome()), count,
                code(f, "qualifier", Qualifier.class, c.qualifier()), code(f, "group", Group.class, c.group()),
                c.within(), c.affiliation(), f.has("cause") ? f.text("cause") : c.cause(),
                f.has("perpetrator") ? f.text("perpetrator") : c.perpetrator(), place, period, span == null ? c.span() : span);
    }

    /** A figure the extractor missed: killed, exact and "people" unless the change says otherwise. */
    static Claim missed(Fields f, Span span) {
        if (f.text("count") == null) {
            throw new Refusal(400, "input.required", new Refusal.Field("count"));
        }
        return over(new Claim(Outcome.KILLED, 0, Qualifier.EXACT, Group.PERSON, null, null, null, null, null, null, span),
                f, span);
    }

    /**
     * Where the missed figure stands: the offsets given, else the first place the words given stand in the
     * text outside the figures already marked.
     */
    static Span span(Fields f, String body, List<StoredClaim> marked) {
        if (f.text("start") != null || f.text("end") != null) {
            long start = required(f, "start");
            long end = required(f, "end");
            if (start < 0 || end <= start) {
                throw new Refusal(400, "input.span_order", start, end);
            }
            return new Span((int) start, (int) end);
        }
        String words = f.text("text");
        if (words == null) {
            throw new Refusal(400, "input.figure_words");
        }
        for (int at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
            int s = at;
            int e = at + words.length();
            if (marked.stream().noneMatch(c -> c.claim().span().start() < e && s < c.claim().span().end())) {
                return new Span(s, e);
            }
        }
        throw new Refusal(400, "input.words_not_in_text", words);
    }

    private static long required(Fields f, String name) {
        Long v = f.whole(name);
        if (v == null) {
            throw new Refusal(400, "input.required", new Refusal.Field(name));
        }
        return v;
    }

    private static <E extends Enum<E>> E code(Fields f, String name, Class<E> type, E current) {
        return f.text(name) == null ? current : Forms.code(type, f.text(name), name);
    }
}
