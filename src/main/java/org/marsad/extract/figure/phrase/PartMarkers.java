package org.marsad.extract.figure.phrase;

import java.util.Set;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Where a figure's parts are listed: بينهم/منهم (among them, of them), تضمنت (included), "including",
 * بما في ذلك, هم (they are), "Among the 46 dead were", توزعوا على (distributed among).
 */
public final class PartMarkers {

    /** Words between a number's noun and its بينهم (among them) that do not end the phrase. */
    private static final int MARKER_REACH = 25;

    /** توزعوا (tawazzaʿū, they were distributed), "distributed": the figures after it split the one before. */
    public static final Set<String> DISTRIBUTED = Set.of("توزعوا", "توزعت", "يتوزعون", "تتوزع", "موزعين", "موزعون",
            "وتوزعوا", "وتوزعت");

    private static final String ON = ArabicNormalizer.normalize("على");

    /** أسرة (usra, family), folded as its tokens are: its hamza written bare. */
    private static final String FAMILY = ArabicNormalizer.normalize("أسرة");

    private final Document doc;
    private final NotCounts notCounts;
    private final PhraseWords phrase;

    public PartMarkers(Document doc, NotCounts notCounts, PhraseWords phrase) {
        this.doc = doc;
        this.notCounts = notCounts;
        this.phrase = phrase;
    }

    /**
     * Where the figure's parts are listed: its بينهم/منهم (among them, of them), "including", "هم" (they are)
     * or توزعوا على (distributed among) after it, within its sentence; else none.
     */
    void marker(Figure f) {
        int they = doc.isWord(f.end, "،") || doc.isWord(f.end, ",") ? f.end + 1 : theyAfterPlace(f);
        int family = afterFamily(they); // "ستة فلسطينيين من عائلة واحدة هم الأب والأم …"
        if (family != they && (doc.isWord(family, "،") || doc.isWord(family, ","))) {
            family++; // "من أسرة واحدة، هم …"
        }
        they = family;
        if (phrase.madeUpOf(they + 1)) {
            they++; // "4 مدنيين من أسرة واحدة، مكونة من أب وأم وطفلتين": its من lists the family as هم does
        }
        if ((doc.isWord(they, "هم") || doc.isWord(they, "وهم") || doc.isWord(they, "هن") || phrase.madeUpOf(they))
                && (doc.noun(they + 1) != null || doc.token(Math.min(they + 1, doc.size() - 1)).kind() == Token.Kind.NUMBER
                || NumberWords.read(doc.tokens(), Math.min(they + 1, doc.size() - 1)) != null)) {
            // "19 مواطناً هم 5 مواطنات وأربعة أطفال" (19 citizens: they are 5 women and four children),
            // "8 مواطنين، وهم 6 بينهم …"
            f.marker = they;
        }
        if (f.marker < 0 && !doc.isArabic(f.start) && doc.isWord(f.start - 1, "the") && doc.isWord(f.start - 2, "among")) {
            // "Among the 46 dead were five women": the figures after the verb are parts of this one
            int verb = doc.info(f.end).after() != null ? f.end + 1 : f.end;
            if (doc.isWord(verb, "were") || doc.isWord(verb, "was") || doc.isWord(verb, "are")) {
                f.marker = verb;
            }
        }
        int split = they;
        if (f.marker < 0 && split + 1 < doc.size() && DISTRIBUTED.contains(doc.token(split).norm())
                && (doc.isWord(split + 1, ON) || doc.isWord(split + 1, "بين"))) {
            // "623 مدنياً توزعوا على 224 شهيداً و399 جريحاً" (623 civilians, distributed among 224 dead and 399
            // injured): the figures after it are its parts
            f.marker = split + 1;
            f.distributed = true;
        }
        for (int k = f.end; f.marker < 0 && k < f.end + MARKER_REACH && k < doc.size() && doc.sameSentence(k, f.start); k++) {
            // "1,200 civilian deaths, of whom 452 are children": English's منهم
            boolean ofWhom = doc.isWord(k, "whom") && (doc.isWord(k - 1, "of") || doc.isWord(k - 1, "among"));
            if (doc.isWord(k, "بما") && doc.isWord(k + 1, "في") && doc.isWord(k + 2, "ذلك")) {
                f.marker = k + 2; // "928 شخصاً (بما في ذلك 204 من قوات الشرطة المدنية)": Arabic's "including"
                break;
            }
            if (doc.has(k, Lexicon.PART) || ofWhom) {
                if (k == f.end && doc.has(k, Lexicon.PARTITIVE) && !phrase.startsCount(k + 1)) {
                    continue; // "130 مدنياً منهم على يد …" (130 civilians of them, by …): a part, not a list
                }
                f.marker = k;
                break;
            }
            Noun named = doc.noun(k);
            if (k > f.end && doc.isArabic(k) && named != null && named.outcome() != null && doc.hit(k).definite()
                    && !doc.isWord(k - 1, "بين")) {
                // "62 امرأة وأعداد كبيرة من الجرحى والمصابين من ضمنهم 254": the dead or injured named after the
                // figure are the group its منهم/ضمنهم is of ("بين القتلى والجرحى" is the figure's own split)
                break;
            }
            Noun tolled = doc.noun(k + 1);
            if (k > f.end && doc.isArabic(k) && doc.has(k, Lexicon.TOLL) && tolled != null && tolled.outcome() != null) {
                // "قتلى … 231 فيما تجاوز عدد الجرحى منهم 500": a toll of its own outcome opens, its منهم is its own
                // ("وبلغ عدد الأطفال منهم 5", the children among them, names no outcome and stays a part)
                break;
            }
            Token t = doc.token(k);
            boolean number = t.kind() == Token.Kind.NUMBER || t.isWord() && NumberWords.isNumberWord(t.norm())
                    && !notCounts.whichOne(k) && !notCounts.oneAfterAdjective(k);
            boolean measure = doc.has(k + 1, Lexicon.UNIT) || doc.isWord(k - 1, "ال");
            if (number && !measure || doc.info(k).before() != null && doc.info(k).after() == null) {
                break;
            }
        }
    }

    /**
     * "من عائلة واحدة" / "من أسرة فلسطينية واحدة" (of one family) between a figure and the هم that spells it
     * out: the token after the phrase, else {@code k}.
     */
    private int afterFamily(int k) {
        if (!doc.isWord(k, "من") || !(doc.isWord(k + 1, "عائلة") || doc.isWord(k + 1, FAMILY))) {
            return k;
        }
        int j = k + 2;
        for (int words = 0; words < 2 && j < doc.size() && doc.isArabic(j) && doc.token(j).isWord()
                && !doc.isWord(j, "هم") && !doc.isWord(j, "وهم") && doc.info(j) == WordInfo.NONE; words++) {
            j++; // "واحدة", "فلسطينية واحدة"
        }
        return j;
    }

    /** How far a place or time phrase may run between a figure and the "، هم" that spells it out. */
    private static final int PLACE_BEFORE_LIST = 8;

    /**
     * "سقط 1261 قتيلاً في كل أنحاء البلاد، هم 931 مدنياً و299 …": a place phrase between a figure and the
     * "هم" that lists its parts. Only a phrase opened by في or ب, with no number and no word of what befell
     * anyone, closed by a comma; else the figure's end.
     */
    private int theyAfterPlace(Figure f) {
        int k = f.end;
        if (!doc.isArabic(k) || !(doc.isWord(k, "في") || doc.token(k).norm().startsWith("ب"))) {
            return f.end;
        }
        for (int j = k; j < Math.min(doc.size() - 1, k + PLACE_BEFORE_LIST) && doc.sameSentence(j, f.start); j++) {
            Token t = doc.token(j);
            if ((doc.isWord(j, "،") || doc.isWord(j, ",")) && j > k) {
                return j + 1;
            }
            if (!t.isWord() || doc.isWord(j, "هم") || doc.info(j).before() != null || doc.info(j).after() != null
                    || doc.noun(j) != null) {
                return f.end;
            }
        }
        return f.end;
    }
}
