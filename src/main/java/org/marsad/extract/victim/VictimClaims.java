package org.marsad.extract.victim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;

/**
 * The figure that counts each named victim (GOLD.md: "a named individual killed or injured is a claim
 * of 1 with its group, unless a stated figure already includes them"). A stated figure includes the
 * people named just after it with its outcome ("استشهاد 5 مواطنين ... وهم: ..."), up to its count, or
 * the people named earlier in its own sentence ("X وY ... قُتلا"). A victim no figure counts becomes a
 * claim of 1 of its own, appended after the stated figures. Missing and detained people are never claims.
 */
public final class VictimClaims {

    /** How far before a victim's name (in characters) the figure that lists them may stand. */
    static final int REACH_BEFORE = 1500;
    /** How far after a victim's name, within one sentence, the figure that counts them may stand. */
    static final int REACH_AFTER = 160;

    /** The longest stretch of text a figure's span covers, for the search window. */
    static final int MAX_FIGURE = 300;

    /** How close (in characters) the next name of a list follows the one before. */
    static final int LIST_GAP = 120;

    /** The claims with the claims of 1 added, and the victims with the index of the figure that counts them. */
    public record Result(List<Claim> claims, List<NamedVictim> victims) {
    }

    private VictimClaims() {
    }

    public static Result attach(String text, List<Claim> stated, List<NamedVictim> victims) {
        List<Claim> claims = new ArrayList<>(stated);
        int[] room = new int[stated.size()];
        for (int k = 0; k < stated.size(); k++) {
            room[k] = (int) Math.min(Integer.MAX_VALUE, stated.get(k).count());
        }
        Integer[] byStart = new Integer[stated.size()];
        for (int k = 0; k < byStart.length; k++) {
            byStart[k] = k;
        }
        java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt(k -> stated.get(k).span().start()));
        int[] starts = new int[byStart.length];
        for (int k = 0; k < byStart.length; k++) {
            starts[k] = stated.get(byStart[k]).span().start();
        }
        List<NamedVictim> out = new ArrayList<>(victims.size());
        NamedVictim previous = null;
        int previousClaim = -1;
        for (NamedVictim v : victims) {
            Outcome outcome = outcome(v.outcome());
            if (outcome == null) {
                out.add(v);
                continue;
            }
            // the names of one list are counted by the figure that counts the first of them
            boolean sameList = previous != null && previousClaim >= 0 && previous.outcome() == v.outcome()
                    && v.start() - previous.end() < LIST_GAP && !paragraphBetween(text, previous.end(), v.start());
            int counting = sameList && room[previousClaim] > 0 ? previousClaim : counting(text, stated, byStart, starts, room, v, outcome);
            previous = v;
            previousClaim = counting;
            if (counting >= 0) {
                room[counting]--;
                out.add(dated(text, stated, v, counting).withClaim(counting));
                continue;
            }
            Group group = v.group() == null ? Group.PERSON : v.group();
            claims.add(new Claim(outcome, 1, Qualifier.EXACT, group, null, null, null, null, null, null,
                    new Span(v.start(), v.end())));
            out.add(v.withClaim(claims.size() - 1));
        }
        return new Result(claims, out);
    }

    /**
     * The victim with the day of the figure that counts them, or of its whole, when their own sentence gives
     * none: "قتل 5 مدنيين يوم 2 آب 2012، وهم: …" dates each of the five.
     */
    private static NamedVictim dated(String text, List<Claim> stated, NamedVictim v, int counting) {
        for (Claim c = stated.get(counting); v.date() == null && c != null;
                c = c.within() == null || c.within() >= stated.size() ? null : stated.get(c.within())) {
            LocalDate day = DeathDate.of(text, c.span().start(), c.span().end());
            if (day != null) {
                return v.withDate(day);
            }
        }
        return v;
    }

    /** The stated figure that counts {@code v}, or -1: the nearest before it, else one after it in its sentence. */
    private static int counting(String text, List<Claim> stated, Integer[] byStart, int[] starts, int[] room,
            NamedVictim v, Outcome outcome) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        // only the figures near the name are looked at, so a long report's victims cost no more each
        int first = java.util.Arrays.binarySearch(starts, v.start() - REACH_BEFORE - MAX_FIGURE);
        first = first < 0 ? -first - 1 : first;
        while (first > 0 && starts[first - 1] >= v.start() - REACH_BEFORE - MAX_FIGURE) {
            first--;
        }
        for (int s = first; s < starts.length && starts[s] <= v.end() + REACH_AFTER; s++) {
            int k = byStart[s];
            Claim c = stated.get(k);
            if (c.outcome() != outcome || room[k] <= 0 || !mayCount(c.group(), v)) {
                continue;
            }
            int distance;
            if (c.span().end() <= v.start()) {
                distance = v.start() - c.span().end();
                if (distance > REACH_BEFORE) {
                    continue;
                }
            } else if (c.span().start() >= v.end()) {
                distance = c.span().start() - v.end();
                if (distance > REACH_AFTER || sentenceEnds(text, v.end(), c.span().start())) {
                    continue;
                }
                distance += REACH_BEFORE; // a figure before the name is the likelier list head
            } else {
                distance = 0; // the figure is the name's own words ("استشهد الطفل X" read as 1)
            }
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a figure of this group can hold the person: a named boy is not among "two women" just because
     * that figure stands nearest his name ("12 مدنياً بينهم 5 أطفال وامرأتان ... بينهم الطفل X" — the
     * children's figure counts him). What the text does not say about the person never excludes them: a man
     * or woman read from the sex alone may still be a child, so only a stated age makes an adult.
     *
     * <p>{@code extract.figure.relate.GroupRelations.contains} answers a neighbouring question with other
     * rules, on purpose, and neither calls the other. It relates two stated figures, whose groups are both what the
     * text says of a whole set: "children" within "women" may be girls, "children" within "fighters" are
     * recruits, and a part of group "man" is never inside "children". Here one person is compared with a
     * figure, and the person's group is often a guess from a title (الشاب gives "man" without an age): so a
     * "man" may be among children, while a known boy is never among women, and a named child is not taken
     * into a figure of fighters merely because it is the nearest one before the name (a civilian child
     * named near a fighters' toll is far likelier than a named child recruit).
     */
    static boolean mayCount(Group figure, NamedVictim v) {
        Group g = v.group();
        boolean male = "M".equals(v.sex());
        boolean female = "F".equals(v.sex());
        boolean child = g == Group.CHILD || v.age() != null && v.age() < 18;
        boolean adult = v.age() != null && v.age() >= 18;
        return switch (figure) {
            case PERSON -> true;
            case CIVILIAN -> g != Group.FIGHTER;
            case CHILD -> !adult && g != Group.FIGHTER;
            case WOMAN -> !male && !child && g != Group.FIGHTER;
            case MAN -> !female && !child && g != Group.FIGHTER;
            case FIGHTER -> g == null || g == Group.PERSON || g == Group.FIGHTER || g == Group.MAN;
        };
    }

    private static boolean paragraphBetween(String text, int from, int to) {
        return text.substring(from, Math.min(to, text.length())).contains("\n\n");
    }

    private static boolean sentenceEnds(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n' || c == '؟' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    private static Outcome outcome(VictimOutcome o) {
        return switch (o) {
            case KILLED -> Outcome.KILLED;
            case INJURED -> Outcome.INJURED;
            default -> null;
        };
    }
}
