package org.marsad.link.score;

import java.util.List;
import java.util.function.Function;
import org.marsad.link.name.BackFromLatin;
import org.marsad.link.name.LatinReading;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.NameTokens;
import org.marsad.link.name.OneEdit;
import org.marsad.link.name.PersonName;

/**
 * Compares one name part (or a place name). Levels: the same folded spelling; the same consonant
 * skeleton (across Arabic and Latin script, or between two Latin spellings); similar; else different.
 * Similar means one slip apart where one spelling is far rarer than the other
 * ({@link org.marsad.link.name.NameLexicon#mayBeTypo}); two Latin spellings apart in vowels only; or a Latin spelling that
 * writes the Arabic one as {@link org.marsad.link.name.LatinReading} reads it. Fathers, grandfathers and places read the two
 * whole records ({@link #fathers}, {@link #grandfathers}, {@link #places}).
 */
public final class NameComparator implements FieldComparator {

    static final int SAME_SPELLING = 0;
    static final int SAME_SKELETON = 1;
    static final int SIMILAR = 2;
    public static final int DIFFERENT = 3;
    /**
     * A lineage field's level (father's, grandfather's, family name) when the two parts differ but one
     * name may have left out the part the other writes there: "أحمد محمد علي" is given, father and
     * grandfather as often as given, father and family, so beside "أحمد محمد الحسن" its علي may be a
     * grandfather the other left out. EM learns what such a disagreement is worth. Only family names are
     * read so today ({@link #families}); the level is one of every lineage field, so that all three share
     * one scale.
     */
    public static final int DIFFERENT_OR_LEFT_OUT = 3;
    /** A lineage field's level when its parts differ and neither name can have left out the other's. */
    public static final int LINEAGE_DIFFERENT = 4;

    /** Shortest spelling in which one changed letter may be a typo: هب for هبة, عم for عمر. */
    private static final int SHORTEST_TYPO = 2;

    private final String field;
    private final Function<RecordProfile, NamePart> part;
    private final boolean lineage;
    /** The level read from the two whole records, for the parts a shorter name may hold elsewhere; or null. */
    private final java.util.function.ToIntBiFunction<RecordProfile, RecordProfile> ofRecords;

    /**
     * @param lineage whether the part is one of father, grandfather, family: a name that lost one of
     *                these shifts the others, so a part found elsewhere in the other name is not
     *                counted as a disagreement
     */
    NameComparator(String field, Function<RecordProfile, NamePart> part, boolean lineage) {
        this(field, part, lineage, null);
    }

    private NameComparator(String field, Function<RecordProfile, NamePart> part, boolean lineage,
                           java.util.function.ToIntBiFunction<RecordProfile, RecordProfile> ofRecords) {
        this.field = field;
        this.part = part;
        this.lineage = lineage;
        this.ofRecords = ofRecords;
    }

    /** The comparator of fathers' names, which reads a two-word name as given name and father's ({@link #fathers}). */
    static NameComparator ofFathers() {
        return new NameComparator("father's name", p -> p.name().father(), true,
                (a, b) -> fathers(a.name(), b.name()));
    }

    /**
     * The level of two names' fathers. A two-word name ("محمد عادل") is read as given and family name,
     * but is as often the given name and the father's: beside "محمد عادل كشكو" its second word agrees
     * with the father, which counts as agreement on the father rather than as nothing.
     */
    static int fathers(PersonName x, PersonName y) {
        if (x.father() == null && y.father() != null) {
            return secondWordAsFather(x, y);
        }
        if (y.father() == null && x.father() != null) {
            return secondWordAsFather(y, x);
        }
        if (shifted(x, y) != 0) {
            return MISSING;
        }
        // "أحمد محمد الحسن" beside "أحمد علي الحسن" may be one man whose father one list left out and whose
        // grandfather the other did, but it is as often two cousins named after one grandfather: read as
        // "different or left out" it joined cousins of the real names (Airwars, F1 0.9484 -> 0.9313, branch
        // link23), so two fathers of three-word names differ
        return lineage(compare(x.father(), y.father(), true, x, y));
    }

    /** The comparator of family names, which reads a short name's last word as maybe another part ({@link #families}). */
    static NameComparator ofFamilies() {
        return new NameComparator("family name", p -> p.name().family(), true, (a, b) -> families(a.name(), b.name()));
    }

    /**
     * The level of two names' family names. Where both names write three words, agree on the second and
     * differ in the last, one last word may be a grandfather's name, the family left out
     * ({@link PersonName#lastMayBeGiven}): "أحمد محمد علي" beside "أحمد محمد الحسن" differs or left out
     * ({@link #DIFFERENT_OR_LEFT_OUT}), "أحمد محمد الحسن" beside "أحمد محمد الكرد" differs. A name of two
     * words beside one of two or three is not read so: its second word is as often the father's as the
     * family's, and reading it either way joined more namesakes than it found (branch link23: our
     * generator at 50,000 people F1 0.9516 without, 0.9507 with; harsh lists 0.8923 and 0.8902).
     */
    static int families(PersonName x, PersonName y) {
        if (shifted(x, y) != 0) {
            return MISSING;
        }
        int level = compare(x.family(), y.family(), true, x, y);
        if (level != DIFFERENT) {
            return level;
        }
        if (threeWords(x) && threeWords(y) && (x.lastMayBeGiven() || y.lastMayBeGiven())
                && level(x.father(), y.father()) != DIFFERENT) {
            return DIFFERENT_OR_LEFT_OUT;
        }
        return LINEAGE_DIFFERENT;
    }

    /** Whether a name is read as given, father and family from three words (a grandfather may be last). */
    private static boolean threeWords(PersonName name) {
        return name.father() != null && name.grandfather() == null && name.family() != null;
    }

    /**
     * Whether two names of three words each hold the grandfather at two places: "أحمد محمد علي" (given,
     * father, grandfather) beside "أحمد علي الحسن" (given, grandfather, family: the father left out). Then
     * 1 when the first name's last word is the second's middle, -1 the other way round, else 0: father
     * and family agree on nothing, and the grandfather on the word both write.
     */
    static int shifted(PersonName x, PersonName y) {
        if (!threeWords(x) || !threeWords(y) || !(x.lastMayBeGiven() || y.lastMayBeGiven())
                || level(x.father(), y.father()) != DIFFERENT || level(x.family(), y.family()) != DIFFERENT) {
            return 0;
        }
        if (x.lastMayBeGiven() && level(x.family(), y.father()) != DIFFERENT) {
            return 1;
        }
        return y.lastMayBeGiven() && level(y.family(), x.father()) != DIFFERENT ? -1 : 0;
    }

    /** A part comparison as a lineage field's level: two parts that differ are {@link #LINEAGE_DIFFERENT}. */
    private static int lineage(int level) {
        return level == DIFFERENT ? LINEAGE_DIFFERENT : level;
    }

    private static int secondWordAsFather(PersonName twoWords, PersonName longer) {
        if (twoWords.grandfather() != null) {
            return MISSING;
        }
        return lastWordAs(twoWords, longer, longer.father());
    }

    /** The comparator of grandfathers' names, which reads a three-word name's last word as the grandfather's too. */
    static NameComparator ofGrandfathers() {
        return new NameComparator("grandfather's name", p -> p.name().grandfather(), true,
                (a, b) -> grandfathers(a.name(), b.name()));
    }

    /** The comparator of places: by name, and by the gazetteer's units where it knows both ({@link #places}). */
    static NameComparator ofPlaces() {
        return new NameComparator("place", RecordProfile::place, false, NameComparator::places);
    }

    /**
     * The level of two names' grandfathers; a three-word name whose last word is the other's grandfather
     * ("محمد عادل سامي" beside "محمد عادل سامي كشكو") agrees on the grandfather.
     */
    static int grandfathers(PersonName x, PersonName y) {
        if (x.grandfather() == null && x.father() != null && y.grandfather() != null) {
            return lastWordAs(x, y, y.grandfather());
        }
        if (y.grandfather() == null && y.father() != null && x.grandfather() != null) {
            return lastWordAs(y, x, x.grandfather());
        }
        int shift = shifted(x, y);
        if (shift != 0) {
            return shift > 0 ? level(x.family(), y.father()) : level(y.family(), x.father());
        }
        return lineage(compare(x.grandfather(), y.grandfather(), true, x, y));
    }

    /** The level of a shorter name's last word against a part of a longer name, when it is not its family. */
    private static int lastWordAs(PersonName shorter, PersonName longer, NamePart part) {
        NamePart last = shorter.family();
        if (last == null || longer.family() == null || level(last, longer.family()) != DIFFERENT) {
            return MISSING;
        }
        int level = level(last, part);
        return level == DIFFERENT ? MISSING : level;
    }

    @Override
    public String field() {
        return field;
    }


    @Override
    public List<String> levels() {
        return lineage ? List.of("same spelling", "same skeleton", "similar", "different or left out", "different")
                : List.of("same spelling", "same skeleton", "similar", "different");
    }

    /** The part this comparator reads from a record, or null. */
    NamePart part(RecordProfile profile) {
        return part.apply(profile);
    }

    @Override
    public int compare(RecordProfile a, RecordProfile b) {
        if (ofRecords != null) {
            return ofRecords.applyAsInt(a, b);
        }
        return compare(part.apply(a), part.apply(b), lineage, a.name(), b.name());
    }

    /**
     * The level of two places: as names, and where the gazetteer knows both, one unit at two precisions
     * (a governorate and a sub-district in it) is similar rather than different, and one unit however
     * written is the same place.
     */
    static int places(RecordProfile a, RecordProfile b) {
        int level = compare(a.place(), b.place(), false, a.name(), b.name());
        if (level < SIMILAR || a.placeCode() == null || b.placeCode() == null) {
            return level;
        }
        if (a.placeCode().equals(b.placeCode())) {
            return SAME_SKELETON;
        }
        return PlaceCodes.nested(a.placeCode(), b.placeCode()) ? SIMILAR : level;
    }

    /** The level of two parts; with {@code lineage}, the names they belong to are read too. */
    static int compare(NamePart x, NamePart y, boolean lineage, PersonName ofX, PersonName ofY) {
        if (x == null || y == null) {
            return MISSING;
        }
        int level = level(x, y);
        if (level == DIFFERENT && lineage && lineageParts(ofX) != lineageParts(ofY)
                && (appearsIn(x, ofY) || appearsIn(y, ofX))) {
            // "محمد خالد الحسن" beside "محمد أحمد خالد الحسن": the father's name was left out, not changed.
            // Names of as many parts left out none: "فاطمة إياد الحسن" is not "فاطمة حسن أبو ريدة"
            return MISSING;
        }
        return level;
    }

    private static boolean appearsIn(NamePart part, PersonName name) {
        for (NamePart other : new NamePart[] {name.father(), name.grandfather(), name.family()}) {
            if (other != null && level(part, other) != DIFFERENT) {
                return true;
            }
        }
        return false;
    }

    /** How many of father's, grandfather's and family name a name holds. */
    private static int lineageParts(PersonName name) {
        return (name.father() == null ? 0 : 1) + (name.grandfather() == null ? 0 : 1) + (name.family() == null ? 0 : 1);
    }

    public static int level(NamePart x, NamePart y) {
        if (x == y) {
            return SAME_SPELLING;
        }
        org.marsad.link.name.PairMemo memo = x.memo();
        if (memo == null || memo != y.memo()) {
            return levelOf(x, y);
        }
        int known = memo.get(x, y);
        if (known >= 0) {
            return known;
        }
        int level = levelOf(x, y);
        memo.put(x, y, level);
        return level;
    }

    /** The level of two parts, worked out; {@link #level} remembers it for the parts of one lexicon. */
    private static int levelOf(NamePart x, NamePart y) {
        if (x.spelling().equals(y.spelling())) {
            return SAME_SPELLING;
        }
        // two Arabic spellings are folded alike unless their letters differ, and then they are two names
        // (هلا and حلا, جنى and غنى) however alike they romanize, or one is a typo of the other
        if (x.skeleton().equals(y.skeleton()) && !(x.arabic() && y.arabic())) {
            return LatinReading.jimForGhayn(x, y) ? DIFFERENT : SAME_SKELETON;
        }
        if (x.kinship() || y.kinship()) {
            return x.kinship() && y.kinship() && NameTokens.bothChildOf(x.spelling(), y.spelling()) ? SIMILAR : DIFFERENT;
        }
        return similar(x, y) && !LatinReading.jimForGhayn(x, y) ? SIMILAR : DIFFERENT;
    }

    /**
     * Whether an Arabic slip that left two like letters side by side, which the skeleton reads as one,
     * is one letter from a Latin spelling: ممد (md, from mmd) beside Mohamad (mhmd).
     */
    static boolean slipMadeADouble(String arabic, String latin) {
        if (latin.length() != arabic.length() + 2) {
            return false;
        }
        for (int i = 0; i < arabic.length(); i++) {
            String doubled = arabic.substring(0, i + 1) + arabic.charAt(i) + arabic.substring(i + 1);
            if (OneEdit.within(doubled, latin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean similar(NamePart x, NamePart y) {
        if (x.arabic() && y.arabic() && NameLexicon.slipsOfOneName(x, y)) {
            // two slips of one name are two letters apart
            return true;
        }
        // the spellings' distance first, then the lists' frequencies: most pairs of names are many letters
        // apart, and the frequency test (hash look-ups, slips' lists) decides nothing for them
        boolean typo = Math.min(x.spelling().length(), y.spelling().length()) >= SHORTEST_TYPO
                && (OneEdit.within(x.spelling(), y.spelling())
                    // two Arabic spellings are compared letter by letter: the skeleton reads ح and ه alike,
                    // and مهند one letter from محمد
                    || !(x.arabic() && y.arabic()) && OneEdit.within(x.skeleton(), y.skeleton())
                    || x.arabic() != y.arabic() && (Math.min(x.looseSkeleton().length(), y.looseSkeleton().length()) >= 3
                        && OneEdit.within(x.looseSkeleton(), y.looseSkeleton())
                        || (x.arabic() ? slipMadeADouble(x.looseSkeleton(), y.looseSkeleton())
                            : slipMadeADouble(y.looseSkeleton(), x.looseSkeleton()))))
                && NameLexicon.mayBeTypo(x, y);
        if (typo || x.arabic() && y.arabic()) {
            // within Arabic script only a typo is similar, or a spelling that came back from Latin (موهامد for
            // محمد): محمد and محمود are two names
            return typo || BackFromLatin.sameName(x, y);
        }
        if (x.arabic() == y.arabic()) {
            // two Latin spellings that differ in vowels only: Mustafa, Moustafa
            return x.looseSkeleton().equals(y.looseSkeleton());
        }
        NamePart latin = x.arabic() ? y : x;
        NamePart arabic = x.arabic() ? x : y;
        return writes(latin, arabic) || slipAcrossScripts(latin, arabic);
    }

    /** Whether a Latin spelling writes an Arabic one of another skeleton, in one of the ways Latin has. */
    private static boolean writes(NamePart latin, NamePart arabic) {
        return latin.looseSkeleton().equals(arabic.looseSkeleton()) && LatinReading.writesLongVowelsOf(latin, arabic)
                || LatinReading.readsLoosely(latin, arabic)
                || LatinReading.writesEachLetterOf(latin, arabic);
    }

    /**
     * Whether one of a Latin and an Arabic spelling is a slip of the other's name: the Arabic one a slip
     * ({@link NamePart#slipOf}) of a name the Latin one writes (مصطى beside Mustafa), or the Latin one,
     * which writes no name of the records nor any name people bear, one letter from the Arabic one's
     * skeleton (Jzsrh beside جاسرة, Mtfa beside مصطفى). A Latin spelling that writes a name stays that
     * name: Hussein beside حسن is a brother.
     */
    static boolean slipAcrossScripts(NamePart latin, NamePart arabic) {
        // the cheap test first: it runs for every pair of two scripts whose given names differ
        if (Math.min(latin.looseSkeleton().length(), arabic.looseSkeleton().length()) >= 3
                && OneEdit.within(latin.looseSkeleton(), arabic.looseSkeleton()) && !LatinReading.writesAName(latin)) {
            return true;
        }
        for (NamePart name : arabic.slipParts()) {
            if (latin.skeleton().equals(name.skeleton()) || writes(latin, name)) {
                return true;
            }
        }
        return false;
    }
}
