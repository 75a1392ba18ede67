package org.marsad.extract.figure.phrase;

import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.figure.Figure;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * The armed body a figure's fighters belong to, read from the words after them, and the civil bodies
 * (الدفاع المدني، الشرطة المدنية) whose members are counted among civilians.
 */
public final class Affiliations {

    private static final int AFFILIATION_WORDS = 7;

    private static final Set<String> CIVIL = java.util.stream.Stream.of("المدنية", "المدني")
            .map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Document doc;

    public Affiliations(Document doc) {
        this.doc = doc;
    }

    /** "عناصر الدفاع المدني", "عناصر الشرطة المدنية": the members at {@code n} of a civil body named after them. */
    boolean ofCivilBody(int n) {
        return doc.isArabic(n + 1) && n + 2 < doc.size() && CIVIL.contains(doc.token(n + 2).norm());
    }

    /**
     * "204 من قوات الشرطة المدنية" (of the civil police), "من عناصر الدفاع المدني" (civil defence): a civil
     * body's members are counted among civilians, as the reports that name them count them (GOLD.md).
     */
    void civilBody(Figure f) {
        for (int k = f.affiliationStart; k >= 0 && k < f.affiliationEnd; k++) {
            if (CIVIL.contains(doc.token(k).norm())) {
                f.group = Group.CIVILIAN;
                return;
            }
        }
    }

    /** An armed body named within the next few words (English puts it last: "Internal Security Forces"). */
    int orgAhead(int from) {
        int limit = doc.isArabic(from) ? from + 1 : from + 5;
        for (int k = from; k < limit && k < doc.size(); k++) {
            if (doc.has(k, Lexicon.ORG)) {
                return k;
            }
            if (!doc.token(k).isWord() || doc.has(k, Lexicon.STOP) && !doc.isWord(k, "the")) {
                return -1;
            }
        }
        return -1;
    }

    void affiliation(Figure f, int from) {
        int k = from;
        int words = 0;
        while (k < doc.size() && words < AFFILIATION_WORDS && doc.sameSentence(k, from)) {
            Token t = doc.token(k);
            boolean quote = t.kind() == Token.Kind.PUNCT && "“”\"«»'".contains(t.norm());
            if (!t.isWord() && !quote || t.isWord() && endsAffiliation(k)) {
                break;
            }
            k++;
            words++;
        }
        if (k > from) {
            f.affiliationStart = from;
            f.affiliationEnd = k;
            f.end = Math.max(f.end, k);
        }
    }

    private boolean endsAffiliation(int k) {
        WordInfo info = doc.info(k);
        if (doc.has(k, Lexicon.STOP) && !doc.isWord(k, "the") && !doc.isWord(k, "of") || info.before() != null
                || info.after() != null || doc.has(k, Lexicon.PART) || doc.has(k, Lexicon.DOC)) {
            return true;
        }
        Token next = k + 1 < doc.size() ? doc.token(k + 1) : null;
        boolean conjoined = doc.hit(k).conjoined() || doc.token(k).is("و") || doc.token(k).is("and");
        NumberWords.Match number = NumberWords.read(doc.tokens(), k);
        if (number != null && number.conjoined()) {
            return true; // "ثلاثة من الشرطة وواحد من …" (three of the police and one of …): the next item
        }
        return conjoined && (doc.noun(k) != null || next != null && next.kind() == Token.Kind.NUMBER || number != null);
    }
}
