package org.marsad.extract.figure.relate;

import java.util.List;
import org.marsad.extract.Group;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Noun;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.phrase.GroupWords;

/**
 * The group of a figure that names none: its whole's, the figures' before it, or the group the second of
 * a pair of the dead and the injured names for both ("12 قتيلاً و17 مصاباً من المدنيين").
 */
final class SharedGroups {

    private final Document doc;
    private final List<Figure> figures;

    SharedGroups(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    /**
     * "سقوط 12 قتيلاً و17 مصاباً من المدنيين" (12 dead and 17 injured of the civilians): the words after the
     * second of a pair of the dead and the injured say whom both count, when the first names no one.
     */
    void sharedRanks() {
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure dead = figures.get(i);
            Figure injured = figures.get(i + 1);
            Noun own = doc.noun(injured.numberEnd);
            boolean pair = injured.conjoined && injured.start - dead.end <= 1 && dead.stated != null
                    && injured.stated != null && dead.stated != injured.stated && doc.isArabic(dead.end - 1);
            if (pair && dead.group == Group.PERSON && !dead.inheritsGroup && dead.marker < 0 && own != null
                    && own.group() == Group.PERSON && injured.end > injured.numberEnd + 1
                    && (injured.group == Group.CIVILIAN || injured.group == Group.FIGHTER)) {
                dead.group = injured.group;
            }
        }
    }

    /** Groups taken from elsewhere: a part of unknown group is of its whole's; "others" of the figures before. */
    void groups() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.inheritsGroup && f.group != null) {
                continue;
            }
            if (f.parent != null) {
                f.group = f.parent.group;
            } else {
                f.group = precedingGroup(i);
                if (f.others && (f.group == Group.CHILD || f.group == Group.WOMAN || f.group == Group.MAN)) {
                    // "قضى ثلاثة أطفال وأصيب عشرون آخرون": the others are people, not necessarily children
                    f.group = Group.PERSON;
                }
            }
            if (f.group == null) {
                f.group = Group.PERSON;
            }
        }
    }

    /** The group of the run of top-level figures just before, joined by و: mixed groups are persons. */
    private Group precedingGroup(int i) {
        Group group = null;
        Figure f = figures.get(i);
        for (int j = i - 1; j >= 0 && doc.sameSentence(figures.get(j).start, f.start); j--) {
            Figure before = figures.get(j);
            if (before.parent != null) {
                continue;
            }
            group = group == null ? before.group : GroupWords.combine(group, before.group);
            if (!before.conjoined) {
                break;
            }
        }
        return group;
    }
}
