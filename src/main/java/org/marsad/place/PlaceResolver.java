package org.marsad.place;

import java.util.List;
import java.util.Optional;
import org.marsad.place.gazetteer.ForeignNames;
import org.marsad.place.mention.Memo;
import org.marsad.place.resolve.MentionResolver;

/**
 * Turns a place as a report writes it into ranked gazetteer units, best first, each with a precision note
 * and a score. Place words and directions qualify the nearest name (ties go to the following name, "its" —
 * ها — to the preceding one); a name inside another named place ("سراقب بريف إدلب") is the more precise
 * reading and decides between places of one name; words the gazetteer does not hold are kept in the note,
 * never guessed. A wrong place is worse than none: readings scored under {@link #MIN_SCORE} are dropped,
 * and a mention naming a place abroad (the stop list of {@link ForeignNames}) resolves to no Syrian place
 * unless the mention itself puts it inside Syria. Thread-safe.
 */
public final class PlaceResolver {
    /**
     * Readings scored lower are not returned ("no place found"). Calibrated on CommunityResolutionTest's two
     * tables: the lowest score that keeps under 1% of foreign and misspelled mentions on a wrong place.
     */
    public static final double MIN_SCORE = 0.6;

    /**
     * Mentions resolved, with their answers: a batch names the same places again and again (a victims list of
     * 100,000 names holds a few thousand places), and a mention's answer depends on nothing but its text and
     * the gazetteer. About 350 bytes a mention; 16,384 mentions a generation ({@link Memo}), so at most some
     * 11 MB. Mentions longer than {@link #LONGEST_REMEMBERED} characters are not kept.
     */
    private final Memo<String, List<Candidate>> resolved;
    private static final int REMEMBERED = 16_384;
    private static final int LONGEST_REMEMBERED = 200;
    /** How many mentions were not in the memo and were resolved anew: what the bench reports. */
    private final java.util.concurrent.atomic.LongAdder anew = new java.util.concurrent.atomic.LongAdder();

    private final MentionResolver resolver;

    /** The resolver over the shipped gazetteer, made at first use and shared: the gazetteer takes a moment to load. */
    public static PlaceResolver shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final PlaceResolver INSTANCE = new PlaceResolver(Gazetteer.shipped());
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, true);
    }

    /** @param remember whether to keep answers for mentions asked again (the bench measures without too) */
    public PlaceResolver(Gazetteer gazetteer, boolean remember) {
        this.resolver = new MentionResolver(gazetteer);
        this.resolved = remember ? new Memo<>(REMEMBERED) : null;
    }

    /** The best reading of a mention, if any word of it names a place: what a claim's place.pcode takes. */
    public Optional<Candidate> best(String mention) {
        return resolve(mention).stream().findFirst();
    }

    /** Every reading of a mention scored at least {@link #MIN_SCORE}, best first; empty when none is. */
    public List<Candidate> resolve(String mention) {
        if (resolved == null || mention.length() > LONGEST_REMEMBERED) {
            anew.increment();
            return resolver.resolve(mention);
        }
        List<Candidate> known = resolved.get(mention);
        if (known == null) {
            anew.increment();
            known = resolver.resolve(mention);
            resolved.put(mention, known);
        }
        return known;
    }

    /** Mentions resolved so far that were not remembered: what the bench reports. */
    public long resolvedAnew() {
        return anew.sum();
    }
}
