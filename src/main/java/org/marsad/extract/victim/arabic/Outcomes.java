package org.marsad.extract.victim.arabic;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Decides a named person's own outcome from the casualty word that governs the name: the one right before
 * it, else right after it, else the nearest before it in its sentence, else the next after it; a wound
 * told first and a death after it with ثم (then) is a death. A name no casualty word governs has none.
 */
final class Outcomes {

    /** A casualty word that names its person by a pronoun: his (her, their) martyrdom, killing, injury. */
    private static final Set<String> OWN_FATE = normalized("استشهاده", "استشهادها", "استشهادهم", "مقتله", "مقتلها",
            "مقتلهم", "إصابته", "إصابتها", "إصابتهم", "وفاته", "وفاتها", "وفاتهم", "جرحه", "جرحها");

    /** How far after a wounded person's name a death told of them is looked for, in tokens of one sentence. */
    private static final int DIED_AFTER_REACH = 40;
    /** How many words of time may stand between a verb of death and "متأثراً" (succumbing). */
    private static final int LATER_WORDS = 4;

    /** ثم (then) and حتى (until): what comes after them befell the same person later. */
    private static final Set<String> THEN = normalized("ثم", "وثم", "حتى");
    /** Words of a later time: "في وقت لاحق" (at a later time), "بعد ساعات" (hours later), "لاحقاً". */
    private static final Set<String> LATER = normalized("في", "وقت", "لاحق", "لاحقا", "لاحقاً", "بعد", "ساعات",
            "ساعة", "أيام", "يوم", "اليوم", "ذلك", "قليل", "قصير", "فترة");

    private final Passage p;
    private final List<Token> t;
    private final int n;
    private final WordRoles roles;

    Outcomes(Passage passage, WordRoles roles) {
        this.p = passage;
        this.t = passage.t;
        this.n = passage.n;
        this.roles = roles;
    }

    /** The outcome that governs a name in [start, next): right after it, else before it, else after it. */
    VictimOutcome of(int start, int next) {
        VictimOutcome o = governingOutcome(start, next);
        return o == VictimOutcome.INJURED && (diedAfter(next) || arrivedAMartyr(next)) ? VictimOutcome.KILLED : o;
    }

    /** شهيداً (a martyr) in the accusative of state, right after the name: the state he came to. */
    private static final Set<String> AS_MARTYR = Stream.of("شهيداً", "شهيدا", "شهيدةً")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /**
     * "استقبلت ابنها الجريح X شهيداً" (she received her wounded son X a martyr): the wound his title tells came
     * first; the state after his name is how he came home, dead.
     */
    boolean arrivedAMartyr(int next) {
        return next < n && t.get(next).isWord() && AS_MARTYR.contains(t.get(next).norm());
    }

    /**
     * A wound told first and a death after it in the same sentence, of the same person: "إن الشاب X وصل إلى المستشفى
     * بحالة حرجة جراء إصابته …، ثم ارتقى شهيداً" (then rose a martyr), "… حتى فارق الحياة" (until he died), "ليعلن
     * عن استشهاده" (his death, with his pronoun), "واستشهد في وقت لاحق متأثراً بجروحه" (and died later of his
     * wounds: a verb whose only words before the succumbing are of time, so it has no subject of its own).
     */
    private boolean diedAfter(int from) {
        for (int j = from; j < Math.min(n, from + DIED_AFTER_REACH) && !p.boundary(j); j++) {
            if (!t.get(j).isWord()) {
                continue;
            }
            String w = t.get(j).norm();
            if (THEN.contains(w)) {
                for (int k = j + 1; k < Math.min(n, j + 3); k++) {
                    if (roles.cue(k) == VictimOutcome.KILLED) {
                        return true;
                    }
                }
            }
            if (roles.cue(j) == VictimOutcome.KILLED && (isOwnFate(w) && !w.endsWith("هم") || succumbsLater(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether only words of time stand between {@code from} and a word of succumbing ("في وقت لاحق متأثراً"). */
    private boolean succumbsLater(int from) {
        for (int j = from; j < Math.min(n, from + LATER_WORDS + 1) && !p.boundary(j); j++) {
            String w = t.get(j).isWord() ? t.get(j).norm() : "";
            if (ArabicWords.SUCCUMBING.contains(w)) {
                return true;
            }
            if (!LATER.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private VictimOutcome governingOutcome(int start, int next) {
        VictimOutcome adjacent = before(start, 2);
        if (adjacent != null) {
            return adjacent; // "استشهد الطفل X، وأصيب ..." : the verb right before governs
        }
        for (int j = next; j < Math.min(n, next + 3); j++) {
            if (p.boundary(j)) {
                break;
            }
            VictimOutcome o = roles.cue(j);
            if (o != null && countsOthers(j)) {
                break; // "X ذات الخمسة أعوام، وإصابة 5 آخرين": a figure of other people, not X's fate
            }
            if (o != null) {
                return o;
            }
        }
        if (opensContrast(start)) {
            // "استشهد الشاب X، فيما ابن عمه الطفل Y الذي كان برفقته أصيب بجروح" (whereas his cousin Y, who was with
            // him, was wounded): a clause of contrast has its own verb after its subject; the death before it is X's
            VictimOutcome own = after(next, CONTRAST_CLAUSE_REACH);
            if (own != null) {
                return own;
            }
        }
        VictimOutcome b = beforeSkippingOwnFate(start, 40);
        if (b != null) {
            return b;
        }
        for (int j = next; j < Math.min(n, next + 50); j++) {
            if (p.boundary(j)) {
                break;
            }
            VictimOutcome o = roles.cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** فيما، بينما، في حين (whereas, while): they open a clause whose subject comes before its own verb. */
    private static final Set<String> CONTRAST = normalized("فيما", "وفيما", "بينما", "وبينما", "حين");
    /** How far after a name in a clause of contrast its own casualty verb is looked for. */
    private static final int CONTRAST_CLAUSE_REACH = 20;

    /** "ابن عمه" (his uncle's son, his cousin): the noun before a kinship noun it is in construct with. */
    private static final Set<String> KIN_HEADS = normalized("ابن", "بنت", "ابنة", "وابن", "وبنت");

    /** Whether a clause of contrast opens right before {@code start} ("، فيما", "في حين", "فيما ابن عمه"). */
    private boolean opensContrast(int start) {
        int j = start - 1;
        if (j > 0 && t.get(j).isWord() && KIN_HEADS.contains(t.get(j).norm())) {
            j--;
        }
        return j >= 0 && t.get(j).isWord() && CONTRAST.contains(t.get(j).norm());
    }

    /**
     * The first casualty word within {@code reach} tokens from {@code from} in its sentence, or null; null too
     * when it counts others ("وأصيب 3 آخرون"), which is no fate of the name before it.
     */
    private VictimOutcome after(int from, int reach) {
        for (int j = from; j < Math.min(n, from + reach); j++) {
            if (p.boundary(j)) {
                return null;
            }
            VictimOutcome o = roles.cue(j);
            if (o != null) {
                return countsOthers(j) ? null : o;
            }
        }
        return null;
    }

    /** Others (آخر، آخرون) told of after a casualty word: "وأصيب آخرون" (and others were wounded). */
    private static final Set<String> OTHERS = normalized("آخر", "آخرون", "آخرين", "آخران", "أخرى");

    /**
     * Whether a number or "others" follows the casualty word at {@code cue} ("وإصابة 5 آخرين", "وأصيب آخرون"):
     * it tells of people of its own, not of the name before it.
     */
    private boolean countsOthers(int cue) {
        if (cue + 1 >= n) {
            return false;
        }
        Token after = t.get(cue + 1);
        return after.kind() == Token.Kind.NUMBER
                || after.isWord() && (NumberWords.isNumberWord(after.norm()) || OTHERS.contains(after.norm()));
    }

    /** How many tokens of the next sentence are searched for the fate of people a list named. */
    private static final int NEXT_SENTENCE_REACH = 30;

    /**
     * "نُقل إلى المستشفى شابان، وهما X وY. ووصفت إصابتهما بالمتوسطة": the fate of the people a list names, told in
     * the next sentence by a word with their dual or plural pronoun (إصابتهما، استشهادهم) or a verb in their number
     * (أصيبا، استشهدوا); else null.
     */
    VictimOutcome toldNext(int intro) {
        int j = intro;
        while (j < n && !p.boundary(j)) {
            j++;
        }
        for (int k = j + 1; k < Math.min(n, j + 1 + NEXT_SENTENCE_REACH) && !p.boundary(k); k++) {
            VictimOutcome o = roles.cue(k);
            if (o == null) {
                continue;
            }
            String w = t.get(k).norm();
            Integer number = ArabicWords.VERB_NUMBER.get(w);
            if (w.endsWith("هما") || w.endsWith("هم") || number != null && number > 1) {
                return o;
            }
        }
        return null;
    }

    /** The nearest casualty word within {@code reach} tokens before {@code start} in its sentence, or null. */
    VictimOutcome before(int start, int reach) {
        for (int j = start - 1; j >= Math.max(0, start - reach); j--) {
            if (p.boundary(j)) {
                return null;
            }
            VictimOutcome o = roles.cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * The nearest casualty word before {@code start} in its sentence that can govern a name there: one whose pronoun
     * names someone already told of ("استشهاد المواطن A بعد إصابته برصاصة، والمواطن B": his injury, A's) is skipped.
     * A plural pronoun ("ما أدى إلى استشهادهم، وهم: …") is not: the names after it are its people.
     */
    private VictimOutcome beforeSkippingOwnFate(int start, int reach) {
        for (int j = start - 1; j >= Math.max(0, start - reach); j--) {
            if (p.boundary(j)) {
                return null;
            }
            VictimOutcome o = roles.cue(j);
            if (o != null && !isOwnFate(t.get(j).norm())) {
                return o;
            }
        }
        return null;
    }

    /** A casualty word with a singular pronoun: استشهاده، إصابتها، مقتله (his martyrdom, her injury, his killing). */
    private static boolean isOwnFate(String w) {
        String bare = w.length() > 4 && w.charAt(0) == 'و' ? w.substring(1) : w;
        return OWN_FATE.contains(bare) && !bare.endsWith("هم");
    }

    /** The outcome of a casualty word that governs the word at {@code j}: one before it, or a verb after it. */
    VictimOutcome governing(int j) {
        if (j > 0 && roles.cue(j - 1) != null && roles.cueBeforeName(j - 1)) {
            return roles.cue(j - 1);
        }
        if (j + 1 < n && roles.cue(j + 1) != null && (!roles.cueBeforeName(j + 1)
                || ArabicWords.SUBJECT_VERBS.contains(t.get(j + 1).norm()))) {
            return roles.cue(j + 1);
        }
        return null;
    }

    /** The outcome of the owner's own fate told in his sentence after his name, else null. */
    VictimOutcome ownFate(int nameEnd) {
        for (int j = nameEnd; j < Math.min(n, nameEnd + 30) && !p.boundary(j); j++) {
            String w = t.get(j).isWord() ? t.get(j).norm() : "";
            if (w.length() > 4 && w.charAt(0) == 'و' && OWN_FATE.contains(w.substring(1))) {
                w = w.substring(1);
            }
            if (OWN_FATE.contains(w)) {
                return w.startsWith("اصاب") || w.startsWith("جرح") ? VictimOutcome.INJURED : VictimOutcome.KILLED;
            }
        }
        return null;
    }

    /**
     * The outcome a list's introduction names: "أسماء الشهداء وخمسة من الجرحى وهم:" lists the dead first,
     * so the first casualty word after أسماء; else the nearest before the list.
     */
    VictimOutcome ofList(int intro) {
        for (int j = intro - 1; j >= Math.max(0, intro - 60); j--) {
            if (p.boundary(j)) {
                break;
            }
            if (t.get(j).isWord() && ArabicWords.isNameList(t.get(j).norm())) {
                for (int k = j + 1; k < intro; k++) {
                    VictimOutcome o = roles.cue(k);
                    if (o != null) {
                        return o;
                    }
                }
            }
        }
        VictimOutcome near = before(intro, 60);
        if (near != null || !nameListBefore(intro)) {
            return near;
        }
        // "ونشر ناشطون أسماء ... وهم": the deaths were told in the sentence before
        for (int j = intro - 1; j >= Math.max(0, intro - 80); j--) {
            VictimOutcome o = roles.cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The outcome of the heading above a list line: the nearest casualty word before it, across lines. */
    VictimOutcome above(int from) {
        for (int j = from - 1; j >= Math.max(0, from - 80); j--) {
            VictimOutcome o = roles.cue(j);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** Whether a casualty word stands in [from, from + reach). */
    boolean cueWithin(int from, int reach) {
        for (int j = from; j < Math.min(n, from + reach); j++) {
            if (roles.cue(j) != null) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> normalized(String... words) {
        return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether "أسماء" (the names of) stands shortly before {@code i} in its sentence. */
    boolean nameListBefore(int i) {
        for (int j = i - 1; j >= Math.max(0, i - 14); j--) {
            if (p.boundary(j)) {
                return false;
            }
            if (t.get(j).isWord() && ArabicWords.isNameList(t.get(j).norm())) {
                return true;
            }
        }
        return false;
    }
}
