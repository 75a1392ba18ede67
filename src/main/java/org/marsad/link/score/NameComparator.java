package org.marsad.link.score;

import java.util.List;
import java.util.function.Function;
import org.marsad.link.name.BackFromLatin;
import org.marsad.link.name.KnownNames;
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
        return compare(x.father(), y.father(), true, x, y);
    }

    private static int secondWordAsFather(PersonName twoWords, PersonName longer) {
        if (twoWords.grandfather() != null) {
            return MISSING;
        }
        return lastWordAs(twoWords, longer, longer.father());
    }

    /** The comparator of given names, which reads the two whole records for a slip ({@link #givens}). */
    static NameComparator ofGivens() {
        return new NameComparator("given name", p -> p.name().given(), false, NameComparator::givens);
    }

    /**
     * The level of two records' given names: as names ({@link #level}), and two given names a slip apart
     * that the lists' counts do not call a slip are similar all the same when the rest of the records
     * says one person ({@link #slipBesideOnePerson}): a slip in one field must not outvote the fields that
     * agree, while brothers, who share father, family and day, differ in age.
     */
    static int givens(RecordProfile a, RecordProfile b) {
        int level = compare(a.name().given(), b.name().given(), false, a.name(), b.name());
        return level == DIFFERENT && slipBesideOnePerson(a, b) ? SIMILAR : level;
    }

    /**
     * Whether two records whose given names differ may still be one person named with a slip: both give
     * the same age (brothers and sisters killed together differ in it; twins are the rare exception),
     * the family names agree and the fathers' do not differ, and the given names are one letter apart
     * ({@link #oneSlipApart}) with one of them written fewer than {@link NameLexicon#ESTABLISHED} times
     * ("Rkb" beside رجب, "Ysa" beside عيسى), and not both names people bear: a slip that leaves another
     * name ("Hamd" beside أحمد, حسن beside حسين, the classic twins' names) cannot be told from a brother.
     */
    static boolean slipBesideOnePerson(RecordProfile a, RecordProfile b) {
        if (a.age() == RecordProfile.UNKNOWN || a.age() != b.age()) {
            return false;
        }
        NamePart x = a.name().given();
        NamePart y = b.name().given();
        if (x == null || y == null || x.kinship() || y.kinship()
                || Math.min(x.count(), y.count()) >= NameLexicon.ESTABLISHED || bearsAName(x) && bearsAName(y)
                || !oneSlipApart(x, y)) {
            return false;
        }
        PersonName m = a.name();
        PersonName n = b.name();
        int family = compare(m.family(), n.family(), true, m, n);
        return family != MISSING && family < DIFFERENT && fathers(m, n) != DIFFERENT;
    }

    /** Whether a spelling writes a given name people bear ({@link KnownNames}): an Arabic one as spelled, a Latin one by its skeleton. */
    private static boolean bearsAName(NamePart part) {
        return part.arabic() ? KnownNames.GIVEN.contains(part.spelling()) : KnownNames.GIVEN.hasSkeleton(part.skeleton());
    }

    /**
     * Whether two given names are one letter apart: as spelled within Arabic, by the skeleton across
     * scripts (Latin writes no short vowel, so the letters it writes are the ones that can slip).
     */
    static boolean oneSlipApart(NamePart x, NamePart y) {
        if (x.arabic() && y.arabic()) {
            return x.spelling().length() >= 3 && y.spelling().length() >= 3 && OneEdit.within(x.spelling(), y.spelling());
        }
        if (x.arabic() == y.arabic()) {
            return x.skeleton().length() >= 2 && y.skeleton().length() >= 2 && OneEdit.within(x.skeleton(), y.skeleton());
        }
        return x.looseSkeleton().length() >= 2 && y.looseSkeleton().length() >= 2
                && OneEdit.within(x.looseSkeleton(), y.looseSkeleton());
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
        return compare(x.grandfather(), y.grandfather(), true, x, y);
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
        return List.of("same spelling", "same skeleton", "similar", "different");
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
        int level = levelAsWritten(x, y);
        if (level != DIFFERENT || x.arabic() == y.arabic() || x.kinship() || y.kinship()) {
            return level;
        }
        NamePart latin = x.arabic() ? y : x;
        NamePart bare = LatinReading.withoutArticle(x.arabic() ? x : y);
        if (bare == null) {
            return DIFFERENT;
        }
        // الحسن beside Hassan or Al-Hassan, whose article the tokens dropped with the other Latin articles
        // (real names: eleven rows, among them a second family name in the middle of a name). By skeleton
        // and by how Latin writes Arabic only, never as a slip: the spelling without its article is no
        // spelling of the records, so how often it is written says nothing
        boolean writes = latin.skeleton().equals(bare.skeleton()) || writes(latin, bare);
        return !writes || LatinReading.jimForGhayn(latin, bare) ? DIFFERENT
                : latin.skeleton().equals(bare.skeleton()) ? SAME_SKELETON : SIMILAR;
    }

    /** The level of two parts as they are spelled, before a Latin spelling's vowels and articles are read against Arabic. */
    private static int levelAsWritten(NamePart x, NamePart y) {
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
