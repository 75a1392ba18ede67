package org.marsad.extract.victim;

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
    static final int REACH_BEFORE = 400;
    /** How far after a victim's name, within one sentence, the figure that counts them may stand. */
    static final int REACH_AFTER = 160;

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
        List<NamedVictim> out = new ArrayList<>(victims.size());
        for (NamedVictim v : victims) {
            Outcome outcome = outcome(v.outcome());
            if (outcome == null) {
                out.add(v);
                continue;
            }
            int counting = counting(text, stated, room, v, outcome);
            if (counting >= 0) {
                room[counting]--;
                out.add(v.withClaim(counting));
                continue;
            }
            Group group = v.group() == null ? Group.PERSON : v.group();
            claims.add(new Claim(outcome, 1, Qualifier.EXACT, group, null, null, null, null, null, null,
                    new Span(v.start(), v.end())));
            out.add(v.withClaim(claims.size() - 1));
        }
        return new Result(claims, out);
    }

    /** The stated figure that counts {@code v}, or -1: the nearest before it, else one after it in its sentence. */
    private static int counting(String text, List<Claim> stated, int[] room, NamedVictim v, Outcome outcome) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < stated.size(); k++) {
            Claim c = stated.get(k);
            if (c.outcome() != outcome || room[k] <= 0) {
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
