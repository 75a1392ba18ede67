package org.marsad.extract.figure.phrase;

import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.text.Token;

/**
 * Losses an armed body suffered ("تكبدت قوات النظام 507 قتلى"): its own fighters, though the noun
 * counts persons.
 */
public final class Losses {

    /** تكبد (takabbada, suffered), said of losses. */
    private static final Set<String> SUFFERED = Set.of("تكبد", "تكبدت", "يتكبد", "تتكبد", "تكبدوا");

    /** Words between تكبد and the figure of losses: the armed body that suffered them. */
    private static final int LOSSES_REACH = 10;

    private final Document doc;
    private final List<Figure> found;

    public Losses(Document doc, List<Figure> found) {
        this.doc = doc;
        this.found = found;
    }

    /**
     * "تكبدت قوات النظام 507 قتلى" (the regime forces suffered 507 dead): the losses an armed body suffers
     * are its own fighters, though the noun counts persons.
     */
    void losses(Figure f) {
        if (f.group != Group.PERSON || f.inheritsGroup || !doc.isArabic(f.end - 1)) {
            return;
        }
        Figure last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (f.conjoined && last != null && last.suffered && f.start - last.end <= 1) {
            f.group = Group.FIGHTER;
            f.suffered = true;
            f.affiliationStart = last.affiliationStart;
            f.affiliationEnd = last.affiliationEnd;
            return;
        }
        int org = -1;
        for (int k = f.start - 1; k >= Math.max(0, f.start - LOSSES_REACH) && doc.sameSentence(k, f.start); k--) {
            if (suffered(k)) {
                if (org > k) {
                    f.group = Group.FIGHTER;
                    f.suffered = true;
                    f.affiliationStart = org;
                    f.affiliationEnd = f.start;
                }
                return;
            }
            WordInfo info = doc.info(k);
            if (info.before() != null || info.after() != null || doc.token(k).kind() == Token.Kind.NUMBER) {
                return;
            }
            if (doc.has(k, Lexicon.ORG) && doc.noun(k) == null) {
                org = k;
            }
        }
    }

    private boolean suffered(int k) {
        for (String form : Words.bareForms(doc.token(k).norm())) {
            if (SUFFERED.contains(form)) {
                return true;
            }
        }
        return false;
    }
}
