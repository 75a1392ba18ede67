package org.marsad.extract.figure.find;

import java.util.List;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.phrase.PhraseWords;

/**
 * English figures set in a list: an item in apposition after a comma, dash or colon ("a family of five -
 * father, mother and three children"), and an item between commas that shares the list's verb.
 */
final class Lists {

    private final Document doc;
    private final List<Figure> found;
    private final PhraseWords phrase;

    Lists(Document doc, List<Figure> found, PhraseWords phrase) {
        this.doc = doc;
        this.found = found;
        this.phrase = phrase;
    }

    /**
     * An English noun set after a figure by a comma, dash or colon, as the people it counts are listed:
     * "a family of five - father, mother and three children -", "killed a farmer, his wife, and his son".
     */
    boolean appositive(int i) {
        if (doc.isArabic(i) || found.isEmpty()) {
            return false;
        }
        int k = doc.isWord(i - 1, "her") || doc.isWord(i - 1, "his") || doc.isWord(i - 1, "their") ? i - 2 : i - 1;
        Figure last = found.get(found.size() - 1);
        return k > 0 && last.end == k && listMark(k) && doc.sameSentence(last.start, i);
    }

    /** Whether the figure at {@code i} is set in apposition, or joined by "and" to one that is. */
    boolean apposedList(int i, boolean conjoined) {
        if (appositive(i)) {
            return true;
        }
        Figure last = found.isEmpty() ? null : found.get(found.size() - 1);
        return conjoined && last != null && last.apposed && i - last.end <= 3 && !doc.isArabic(i);
    }

    private boolean listMark(int k) {
        return doc.isWord(k, ",") || doc.isWord(k, "-") || doc.isWord(k, "–") || doc.isWord(k, ":");
    }

    /**
     * "killed two men, two women and five children": an English item between commas, after a figure with
     * its noun and before more items, shares the verb of the list as the items joined by "and" do.
     */
    boolean listItem(int i, Figure f) {
        if (doc.isArabic(i) || f.bare || found.isEmpty() || !doc.isWord(i - 1, ",")) {
            return false;
        }
        Figure last = found.get(found.size() - 1);
        if (last.end != i - 1 || last.bare || !doc.sameSentence(last.start, i)) {
            return false;
        }
        int k = doc.isWord(f.end, ",") ? f.end + 1 : f.end;
        if (doc.isWord(k, "and")) {
            k++;
        } else if (k == f.end) {
            return false;
        }
        return phrase.startsCount(k) || doc.isWord(k, "a") || doc.isWord(k, "an");
    }
}
