package org.marsad.extract.context;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Cause;
import org.marsad.extract.PlaceLookup;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Vocabulary;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.text.Months;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Reads the circumstances of a figure from its sentence: the cause and the perpetrator (from the
 * vocabularies of {@link Cause} and {@link Perpetrators}), and the place, after في/ب (fī/bi, in) and a
 * word for a kind of place (مدينة, city; ريف, countryside; "in the village of").
 */
public final class Circumstances {

    private static final int REACH = 40;
    /** Words of a cue that may follow the first cue found and name a more precise cause ("انفجار لغم"). */
    private static final int CAUSE_CLUSTER = 3;
    private static final int PLACE_WORDS = 4;
    private static final Vocabulary<Cause> CAUSES = Cause.vocabulary();

    private final Document doc;
    private final PlaceLookup places;

    /** A long report names the same places again and again: each is resolved once. */
    private final Map<String, Optional<String>> pcodes = new HashMap<>();

    public Circumstances(Document doc, PlaceLookup places) {
        this.doc = doc;
        this.places = places;
    }

    private Optional<String> pcode(String text) {
        return pcodes.computeIfAbsent(text, places::pcode);
    }

    public Cause cause(Figure f) {
        Cause after = causeFrom(f.end(), 1, f);
        return after != null ? after : causeFrom(f.start() - 1, -1, f);
    }

    /**
     * English words that open a clause of its own, with its own cause and perpetrator: "Shelling killed four
     * civilians, while an airstrike on the market killed nine" (the airstrike is the nine's, not the four's).
     */
    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of("while", "whereas", "but",
            "meanwhile", ";");

    /** Whether the token at {@code k} ends the clause of a figure, walking from it either way. */
    private boolean clauseBreak(int k) {
        return doc.isLatin(k) && CLAUSE_BREAKS.contains(doc.token(k).norm()) || doc.token(k).is(";");
    }

    private Cause causeFrom(int from, int step, Figure f) {
        for (int k = from, n = 0; k >= 0 && k < doc.size() && n < REACH && doc.sameSentence(k, f.start()); k += step, n++) {
            if (clauseBreak(k)) {
                return null;
            }
            Vocabulary.Found<Cause> found = doc.token(k).isWord() ? CAUSES.at(doc.tokens(), k) : null;
            if (found != null) {
                Cause best = found.code();
                for (int j = k + 1; j <= k + CAUSE_CLUSTER && j < doc.size(); j++) {
                    Vocabulary.Found<Cause> near = CAUSES.at(doc.tokens(), j);
                    if (near != null && near.code().ordinal() < best.ordinal()) {
                        best = near.code();
                    }
                }
                return best;
            }
        }
        return null;
    }

    public String perpetrator(Figure f) {
        String after = perpetratorFrom(f.end(), 1, f);
        return after != null ? after : perpetratorFrom(f.start() - 1, -1, f);
    }

    private String perpetratorFrom(int from, int step, Figure f) {
        for (int k = from, n = 0; k >= 0 && k < doc.size() && n < REACH && doc.sameSentence(k, f.start()); k += step, n++) {
            if (clauseBreak(k)) {
                return null;
            }
            if (k >= f.affiliationStart() && k < f.affiliationEnd() || !doc.token(k).isWord()) {
                continue;
            }
            Vocabulary.Found<String> found = Perpetrators.VOCABULARY.at(doc.tokens(), k);
            if (found != null && !targeted(k)) {
                return step < 0 ? longestEndingAt(k, found).code() : found.code();
            }
        }
        return null;
    }

    /** Tokens before a party's last word that a longer name of it may start at ("Saudi-led coalition"). */
    private static final int NAME_BACK = 3;

    /**
     * Walking back, the last word of a name is met first: "the Saudi-led coalition" is found at "coalition".
     * The longest name of the vocabulary that covers {@code k} from a few words before it.
     */
    private Vocabulary.Found<String> longestEndingAt(int k, Vocabulary.Found<String> found) {
        for (int j = Math.max(0, k - NAME_BACK); j < k; j++) {
            Vocabulary.Found<String> longer = doc.token(j).isWord() ? Perpetrators.VOCABULARY.at(doc.tokens(), j) : null;
            if (longer != null && longer.end() > k) {
                return longer;
            }
        }
        return found;
    }

    /** Words before a party that make it the target of the attack, not its author. */
    private static final java.util.Set<String> TARGETING = java.util.Set.of("fighting", "against", "targeting",
            "targeted", "battling");
    /** Words between "fighting" and the party's name: "fighting Yemen's dominant Houthi rebels". */
    private static final int TARGET_REACH = 5;

    /**
     * "The Saudi-led coalition fighting Houthi rebels killed 11 women": a party named after "fighting" or
     * "against" is the side attacked; the killer is named elsewhere in the sentence.
     */
    private boolean targeted(int k) {
        for (int j = k - 1; j >= Math.max(0, k - TARGET_REACH); j--) {
            if (doc.isLatin(j) && TARGETING.contains(doc.token(j).norm())) {
                return true;
            }
            if (!doc.token(j).isWord() || doc.has(j, Lexicon.STOP) && !doc.isWord(j, "the")) {
                return false;
            }
        }
        return false;
    }

    public String affiliation(Figure f) {
        if (f.affiliationStart() < 0) {
            return null;
        }
        String text = doc.slice(f.affiliationStart(), f.affiliationEnd()).strip();
        return text.isEmpty() ? null : text;
    }

    public PlaceMention place(Figure f) {
        return placeAfter(f.start(), f.end());
    }

    /** The place written after the words [start, end) in their sentence: a figure's, or a named victim's. */
    public PlaceMention placeAfter(int start, int end) {
        for (int k = end, n = 0; k < doc.size() && n < REACH && doc.sameSentence(k, start); k++, n++) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                continue;
            }
            if (doc.has(k, Lexicon.PLACE_TYPE)) {
                if (k + 1 < doc.size() && wound(k + 1)) {
                    continue; // "أصيب برصاصة في منطقة البطن": the region of the body, not a place
                }
                if (k > 0 && doc.token(k).norm().equals(ALIVE) && doc.token(k - 1).norm().endsWith(BULLETS)) {
                    continue; // "بالرصاص الحي" (with live fire): الحي is "live" here, not "the quarter"
                }
                return mention(k, placeStart(k));
            }
            if ((t.is("in") || t.is("في")) && k + 1 < doc.size() && wound(k + 1)) {
                continue; // "أصيب بعيار في القدم" (shot in the foot): القدم is also a quarter of Damascus
            }
            if ((t.is("in") || t.is("في")) && k + 1 < doc.size()) {
                PlaceMention named = named(k + 1);
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * Parts of the body where a wound is, and words for a part of a town, written after في as places are:
     * several are names of places too (القدم, a quarter of Damascus; حارة, villages), so a victim "shot in
     * the foot" was placed in Damascus.
     */
    private static final java.util.Set<String> WOUNDS = java.util.Arrays.stream(new String[] {"القدم", "القدمين",
        "قدمه", "قدمها", "الساق", "ساقه", "الرأس", "رأسه", "رأسها", "الصدر", "صدره", "صدرها", "البطن", "بطنه",
        "بطنها", "اليد", "يده", "يدها", "اليدين", "الكتف", "كتفه", "كتفها", "الرقبة", "رقبته", "الظهر", "ظهره",
        "الفخذ", "فخذه", "القلب", "قلبه", "العين", "عينه", "الوجه", "وجهه", "الذراع", "ذراعه", "الحوض", "الأطراف",
        "أطرافه", "الرجل", "رجله", "الركبة", "ركبته", "الخاصرة", "الحوض", "حارة", "الحارة"})
            .map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> DIRECTIONS = java.util.stream.Stream.of("شمال", "جنوب", "شرق", "غرب",
            "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب").map(org.marsad.text.ArabicNormalizer::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String ALIVE = org.marsad.text.ArabicNormalizer.normalize("الحي");
    private static final String BULLETS = org.marsad.text.ArabicNormalizer.normalize("رصاص");

    private boolean wound(int k) {
        return doc.isArabic(k) && WOUNDS.contains(doc.token(k).norm());
    }

    /** The offset where the place words start, after a prefix such as ب (bi, in): "بريف" → "ريف". */
    private int placeStart(int k) {
        Token t = doc.token(k);
        String norm = t.norm();
        for (String type : new String[] {"ريف", "مدينة", "بلدة", "قرية", "حي", "مخيم", "منطقة", "محافظة", "ناحية",
            "بادية", "سوق", "مزرعة", "اطراف", "ضواحي", "سجن", "سجون"}) {
            if (Words.matches(norm, type)) {
                int prefix = Words.prefixLength(norm, type);
                if (prefix >= 2 && norm.startsWith("ال", prefix - 2)) {
                    prefix -= 2;
                }
                return t.start() + prefix;
            }
        }
        return t.start();
    }

    private PlaceMention mention(int k, int startOffset) {
        int end = k + 1;
        int words = 0;
        while (end < doc.size() && words < PLACE_WORDS && doc.sameSentence(end, k)) {
            Token t = doc.token(end);
            boolean quote = t.kind() == Token.Kind.PUNCT && "“”\"«»".contains(t.norm());
            if (!t.isWord() && !quote || t.isWord() && endsPlace(end) || words > 0 && gluedAnd(end)) {
                break;
            }
            end++;
            words++;
        }
        String text = doc.text().substring(startOffset, doc.token(end - 1).end()).strip();
        return new PlaceMention(text, pcode(text).orElse(null));
    }

    private boolean endsPlace(int k) {
        WordInfo info = doc.info(k);
        return doc.has(k, Lexicon.STOP) || info.before() != null || info.after() != null || doc.has(k, Lexicon.PART)
                || doc.has(k, Lexicon.PLACE_TYPE) && !doc.hit(k).conjoined() || info.noun() != null
                || NumberWords.read(doc.tokens(), k) != null || doc.hit(k).conjoined() && !isCountryside(k);
    }

    /**
     * A word with و (wa, and) written against it after the place's first word starts what comes next, often
     * the next victim: "استشهد A في البلدة القديمة وB في بيت دقو". Right after the type it is the name's own
     * word ("منطقة وادي القاضي"), and "وريفها" (and its countryside) still belongs to the place.
     */
    private boolean gluedAnd(int k) {
        String w = doc.token(k).norm();
        return doc.isArabic(k) && w.length() > 3 && w.charAt(0) == 'و' && !isCountryside(k);
    }

    /** "وريفها" (wa-rīfihā, and its countryside) still belongs to the place before it. */
    private boolean isCountryside(int k) {
        return doc.token(k).norm().startsWith("وريف");
    }

    /** "in Ariha", "في إدلب": an English capitalized name, or a name the gazetteer knows. */
    private PlaceMention named(int k) {
        Token t = doc.token(k);
        if (!t.isWord()) {
            return null;
        }
        int first = doc.isWord(k, "the") ? k + 1 : k;
        if (first < doc.size() && doc.isLatin(first) && Months.read(doc.tokens(), first) != null) {
            return null; // "killed in April", "in June 2022": a time, and the place may follow it
        }
        if (first < doc.size() && isCapitalized(doc.token(first))) {
            int end = first + 1;
            while (end < doc.size() && end < first + PLACE_WORDS) {
                if (isCapitalized(doc.token(end)) || doc.token(end).is("-") || doc.token(end).is("al")) {
                    end++;
                } else if (gluedApostrophe(end)) {
                    end += 2; // "Al Sha’afa", "Ma'arrat": the apostrophe of a transliterated ʿayn or hamza
                } else {
                    break;
                }
            }
            String text = doc.slice(first, end);
            return new PlaceMention(text, pcode(text).orElse(null));
        }
        // English prose capitalizes its place names: a lower-case Latin word ("in the rubble") is never one,
        // and the gazetteer's loose Latin spellings would find a village in it (rubble → Rableh).
        if (doc.isLatin(k)) {
            return null;
        }
        if (doc.has(k, Lexicon.PLACE_TYPE)) {
            // "في بلدة تل شهاب": the place's words after its type, all of them; two words ("بلدة تل") went
            // to Damascus's التل, "بلدة خربة" to another خربة
            return mention(k, placeStart(k));
        }
        for (int end = Math.min(k + 2, doc.size()); end > k; end--) {
            String text = doc.slice(k, end);
            var pcode = pcode(text);
            if (pcode.isPresent()) {
                if (end < doc.size() && DIRECTIONS.contains(doc.token(end).norm())) {
                    // "في قرية تل جنوب غرب نابلس": the place it lies beside decides (here not Syria's التل)
                    return mention(k, doc.token(k).start());
                }
                return new PlaceMention(text, pcode.get());
            }
        }
        return null;
    }

    /** An apostrophe written inside a word, with no space on either side, before the rest of it. */
    private boolean gluedApostrophe(int k) {
        if (k + 1 >= doc.size() || !(doc.token(k).is("’") || doc.token(k).is("'")) || !doc.token(k + 1).isWord()
                || doc.token(k + 1).is("s")) {
            return false; // "Ukraine's city": the possessive ends the name
        }
        return doc.token(k - 1).end() == doc.token(k).start() && doc.token(k).end() == doc.token(k + 1).start();
    }

    private boolean isCapitalized(Token t) {
        if (!t.isWord()) {
            return false;
        }
        char c = doc.text().charAt(t.start());
        return Character.isUpperCase(c) && !t.is("the");
    }
}
