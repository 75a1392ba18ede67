package org.marsad.extract.figure;

import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;

/**
 * A figure while the extractor works on it: where its words are, what they say, and what the
 * structure passes decide (its whole, its outcome). Becomes a {@link org.marsad.extract.Claim} at the end.
 *
 * <p>Its fields are public and mutable because the stages of the sub-packages ({@code figure.find},
 * {@code figure.phrase}, {@code figure.outcome}, {@code figure.relate}) each set some of them on the same
 * candidate, one after the other, and later passes change what earlier ones set (a part's whole, a group
 * taken from the figure before); accessors would add a pair of methods per field and nothing else. Other
 * packages read a settled figure through the accessors below only.
 */
public final class Figure {
    /** First token: the qualifier if any, else the number. */
    public int start;
    /** Token after the number (or the counting noun when the noun is the number, as in a dual). */
    public int numberEnd;
    /** Token after the whole phrase: number, noun, refining words. */
    public int end;
    public long count;
    public Qualifier qualifier = Qualifier.EXACT;
    public Group group;
    /** The group is to be taken from the figure before (آخرون, "others", or a bare number). */
    public boolean inheritsGroup;
    /** One relative named by kinship (زوجته, "his wife"), by the word written. */
    public String kin;
    /** A bare number that continues the list before it: "50 منهم في إدلب و40 في حلب" (and 40 in Aleppo). */
    public boolean enumerated;
    /** How many places "في كل من" (in each of) names after the figure: the figure stands for each. */
    public int each = 1;
    /** Counted as آخرون/"others": only a group as wide as civilians or fighters carries over to them. */
    public boolean others;
    /** A number with no noun after it: a claim only if its sentence names its outcome right beside it. */
    public boolean bare;
    /**
     * Set after a figure by a comma or dash as one of the people it counts: "three civilians, a woman and her
     * sons,". A relative listed so is a claim of its own (GOLD.md counts the listed parts).
     */
    public boolean apposed;
    /** Added to the figure before (إضافة إلى, "in addition to"): its outcome when it states none. */
    public boolean added;
    /** Losses an armed body suffered (تكبد): its fighters, as is a figure joined to it ("12 قتيلاً و20 جريحاً"). */
    public boolean suffered;
    /**
     * Named as known already: a definite dual (الطفلان, the two children), a definite noun counted after it
     * (الأطفال الثلاثة), "the" before the number. It is an earlier figure of its count and group, said again.
     */
    public boolean definite;
    /**
     * A number that points back to the figure before for whom it counts: a toll word that names no one
     * ("the number … crossed 1,000"), a total the figure before is out of ("من أصل 25", out of 25).
     */
    public boolean refersBack;
    /** "five of the dead were children": some of the dead counted before, a part or a repeat, never more dead. */
    public boolean ofTheDead;
    /** Counted "من بين القتلى" (among the dead): part of the total of the dead stated before, if any. */
    public boolean amongTheDead;
    /** Joined to the figure before by و/"and". */
    public boolean conjoined;
    /** أحدهم طفل (aḥaduhum ṭifl, one of them a child): one person of the figure before. */
    public boolean oneOf;
    /** "6 منهم" (six of them): a part of an earlier figure. */
    public boolean partitive;
    /** "11 were civilians": a part of the figure before, which may stand in the sentence before. */
    public boolean copula;
    /** "one of the seven": the count of the earlier figure this one is a part of, else 0. */
    public long ofCount;
    /** Token index of بينهم/"including" that opens this figure's parts, else -1. */
    public int marker = -1;
    /** توزعوا على (they were distributed among): the figures that follow split this one between them. */
    public boolean distributed;
    /** Tokens of the affiliation ("من قوات النظام"), else -1. */
    public int affiliationStart = -1;
    public int affiliationEnd = -1;

    /** An outcome its own words state: a noun (قتلى), a cue right before, a verb right after. */
    public Outcome stated;
    /** {@link #stated} was read from a verb after the phrase, which a cue right before it outranks. */
    public boolean statedAfter;
    /** An outcome named further away in the sentence, before or after. */
    public Outcome nearBefore;
    public Outcome nearAfter;
    /** The outcome and group named by a toll: "عدد الشهداء المدنيين" (the number of civilian martyrs). */
    public Outcome tollOutcome;
    /** An observatory documented it (وثق): a figure of deaths unless words say otherwise. */
    public boolean documented;
    /** Killed and injured counted together ("قتل وأصيب 18"), or an arrest, a displacement: not a claim. */
    public boolean excluded;

    public Figure parent;
    /** A part found because it and its neighbours add up to the whole: a split, not a subset. */
    public boolean breakdown;
    public Outcome outcome;
    public boolean dropped;

    public int sentence(Document doc) {
        return doc.sentence(start);
    }

    /** Whether this figure is a claim of its own: not dropped, part of no other, its outcome known. */
    public boolean topLevelClaim() {
        return !dropped && parent == null && outcome != null;
    }

    /**
     * Whether the figure is written in Latin script: by its first word, or the word before it when it is a
     * number alone. Not by its first token: digits are ASCII in either language ("(292)" in an Arabic report).
     */
    public boolean latin(Document doc) {
        for (int k = start; k < end; k++) {
            if (doc.token(k).isWord()) {
                return doc.isLatin(k);
            }
        }
        for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
            if (doc.token(k).isWord()) {
                return doc.isLatin(k);
            }
        }
        return false;
    }

    // What the later stages (circumstances, the claim) read of a settled figure; the passes of the figure
    // stage set the fields themselves.

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public long count() {
        return count;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public Group group() {
        return group;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The figure this one is a part of, else null. */
    public Figure parent() {
        return parent;
    }

    /** A part found because it and its neighbours add up to the whole. */
    public boolean breakdown() {
        return breakdown;
    }

    /** The first token of the affiliation ("من قوات النظام"), else -1. */
    public int affiliationStart() {
        return affiliationStart;
    }

    public int affiliationEnd() {
        return affiliationEnd;
    }
}
