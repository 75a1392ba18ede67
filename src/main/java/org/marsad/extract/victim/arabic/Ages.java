package org.marsad.extract.victim.arabic;

import java.util.List;
import java.util.OptionalLong;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Reads the age written beside a name: "(12 عاماً)", "تسعة أعوام", "3 أشهر" (0 years), "سنتان" (2), "(عام
 * واحد)", or shortly after it, "البالغ من العمر 14 عاماً". A number without a unit of years or months is
 * no age.
 */
final class Ages {

    private final Passage p;
    private final List<Token> t;
    private final int n;

    Ages(Passage passage) {
        this.p = passage;
        this.t = passage.t;
        this.n = passage.n;
    }

    /** The age written at {@code at}: "12 عاما", "تسعة أعوام", "3 أشهر" (0), "سنتان" (2); else null. */
    Integer at(int at) {
        if (at < 0 || at >= n) {
            return null;
        }
        Token tok = t.get(at);
        if (tok.isWord() && ArabicWords.TWO_YEARS.contains(tok.norm())) {
            return 2;
        }
        Integer possessed = possessed(t, at);
        if (possessed != null) {
            return possessed;
        }
        if (tok.isWord() && ArabicWords.AGE_UNITS.contains(tok.norm()) && halfAfter(at)) {
            return 1; // "عام ونصف" (a year and a half)
        }
        if (tok.isWord() && oneAfter(at)) {
            // "(عام واحد)" (one year), "(شهر واحد)" (one month)
            if (ArabicWords.AGE_UNITS.contains(tok.norm())) {
                return 1;
            }
            if (ArabicWords.MONTH_UNITS.contains(tok.norm())) {
                return 0;
            }
        }
        long value;
        int unit;
        if (tok.kind() == Token.Kind.NUMBER) {
            value = tok.value();
            // "(19) عاماً": the number alone in brackets, its unit after them
            unit = bracketedNumber(at) ? at + 2 : at + 1;
        } else if (tok.isWord() && NumberWords.isNumberWord(tok.norm())) {
            NumberWords.Match m = NumberWords.read(t, at);
            if (m == null) {
                return null;
            }
            value = m.value();
            unit = m.end();
        } else {
            return null;
        }
        if (unit >= n || !t.get(unit).isWord() || value > 120) {
            return null;
        }
        String u = t.get(unit).norm();
        if (ArabicWords.AGE_UNITS.contains(u)) {
            return (int) value;
        }
        if (ArabicWords.MONTH_UNITS.contains(u)) {
            return (int) (value / 12);
        }
        return null;
    }

    /**
     * The age written with ذو / ذات at {@code at}: "ذات الخمسة أعوام" (5), "ذو العشرين عاماً" (20), "ذات
     * الأشهر الثلاثة" is left (no unit after the number); else null. The number has the article, so it is read
     * without it.
     */
    static Integer possessed(List<Token> t, int at) {
        if (at + 2 >= t.size() || !t.get(at).isWord() || !ArabicWords.POSSESSORS.contains(t.get(at).norm())
                || !t.get(at + 1).isWord() || !t.get(at + 1).norm().startsWith("ال") || !t.get(at + 2).isWord()) {
            return null;
        }
        String number = t.get(at + 1).norm().substring(2);
        OptionalLong value = NumberWords.isNumberWord(number) ? NumberWords.parse(number) : OptionalLong.empty();
        if (value.isEmpty() || value.getAsLong() > 120) {
            return null;
        }
        String unit = t.get(at + 2).norm();
        return ArabicWords.AGE_UNITS.contains(unit) ? Integer.valueOf((int) value.getAsLong())
                : ArabicWords.MONTH_UNITS.contains(unit) ? Integer.valueOf((int) value.getAsLong() / 12) : null;
    }

    /** Whether the number at {@code at} stands alone in brackets: "(19)" (its "(" before, ")" after). */
    private boolean bracketedNumber(int at) {
        return at > 0 && t.get(at - 1).is("(") && at + 2 < n && t.get(at + 1).is(")");
    }

    /** ونصف (and a half) after the unit at {@code at}: "عام ونصف". */
    private boolean halfAfter(int at) {
        return at + 1 < n && (t.get(at + 1).is("ونصف") || t.get(at + 1).is("ونص"));
    }

    /** واحد / واحدة (one) after the unit at {@code at}: "عام واحد". */
    private boolean oneAfter(int at) {
        return at + 1 < n && (t.get(at + 1).is("واحد") || t.get(at + 1).is("واحدة"));
    }

    /** The token after the age that starts at {@code at}. */
    int after(int at) {
        Token tok = t.get(at);
        if (tok.isWord() && ArabicWords.TWO_YEARS.contains(tok.norm())) {
            return at + 1;
        }
        if (possessed(t, at) != null) {
            return at + 3;
        }
        if (tok.isWord() && (oneAfter(at) || ArabicWords.AGE_UNITS.contains(tok.norm()) && halfAfter(at))) {
            return at + 2;
        }
        if (tok.isWord()) {
            NumberWords.Match m = NumberWords.read(t, at);
            return m == null ? at + 1 : m.end() + 1;
        }
        return bracketedNumber(at) ? at + 3 : at + 2;
    }

    /** "البالغ من العمر 14 عاما", "يبلغ من العمر 64 عاماً" shortly after the name. */
    Integer later(int from) {
        for (int j = from; j < Math.min(n, from + 4); j++) {
            if (t.get(j).isWord() && ArabicWords.AGE_LEADS.contains(t.get(j).norm())) {
                for (int k = j + 1; k < Math.min(n, j + 5); k++) {
                    Integer a = at(k);
                    if (a != null) {
                        return a;
                    }
                }
                return null;
            }
            if (p.boundary(j)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The token after a family of birth in quotes after a name ("انتصار البكري "شراب" (59 عاماً)"), where
     * the age follows; {@code q} when no such quoted words start there.
     */
    int quotedFamily(int q) {
        if (!Passage.isQuoteMark(t.get(q))) {
            return q;
        }
        for (int j = q + 1; j < Math.min(n, q + 5); j++) {
            if (Passage.isQuoteMark(t.get(j))) {
                return j > q + 1 ? j + 1 : q;
            }
            if (!t.get(j).isWord()) {
                return q;
            }
        }
        return q;
    }

    /** "عن عمر يناهز 11 عاماً" (at an age of about eleven): the word عمر (age) read as the name Omar. */
    boolean notName(int at) {
        return t.get(at).is("عمر") && (at > 0 && t.get(at - 1).is("عن")
                || at + 1 < n && (t.get(at + 1).is("يناهز") || t.get(at + 1).is("ناهز") || t.get(at + 1).is("يقارب")));
    }

    /**
     * Whether a count follows the name: then the name is the verb's subject, the killer, not one killed ("قتل
     * منهم نظام الحكم 10 مدنيين", of them the regime killed ten civilians; "قتل تنظيم X 28 مدنياً").
     */
    boolean countFollows(int next) {
        return next < n && (t.get(next).kind() == Token.Kind.NUMBER && at(next) == null
                || t.get(next).isWord() && NumberWords.isNumberWord(t.get(next).norm()) && at(next) == null);
    }
}
