package org.marsad.extract.victim.arabic;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Group;
import org.marsad.extract.victim.Mention;
import org.marsad.extract.victim.NamedVictimFinder;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * The names read so far, as mentions, and the tokens already spent on them (a token read once is never read
 * again by another stage). A plural title heading several names ("الشابان X، وY") gives each its sex and group,
 * and a first name alone before a full one takes its family name.
 */
final class Victims {

    private final Passage p;
    private final boolean[] used;
    private final List<Mention> found = new ArrayList<>();

    Victims(Passage passage) {
        this.p = passage;
        this.used = new boolean[passage.n];
    }

    boolean used(int j) {
        return used[j];
    }

    List<Mention> found() {
        return found;
    }

    /**
     * How many words at {@code j} (one or two) are the family name of a victim already read under a fuller name, or
     * 0: "استشهاد الشاب لافي يوسف عوض … وباستشهاد الشاب عوض" names the same man again, by his family name after a
     * title, and so do "الشابان أبو ناعسة ومقصقص", "الشهيد نصر الله" after "عدي نزار نمر أبو ناعسة", "محمد راجح نصر
     * الله" (a family name of two words).
     */
    int familyNameOfOneRead(int j) {
        String word = NamedVictimFinder.key(p.text.substring(nameStart(j), p.t.get(j).end()));
        String two = j + 1 < p.n && p.t.get(j + 1).isWord()
                ? word + " " + NamedVictimFinder.key(p.text.substring(p.t.get(j + 1).start(), p.t.get(j + 1).end())) : null;
        int words = 0;
        for (Mention m : found) {
            String key = NamedVictimFinder.key(m.name());
            int space = key.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            int before = key.lastIndexOf(' ', space - 1);
            if (two != null && before > 0 && key.substring(before + 1).equals(two)) {
                return 2;
            }
            if (key.substring(space + 1).equals(word)) {
                words = 1;
            }
        }
        return words;
    }

    void add(Mention mention) {
        found.add(mention);
    }

    void addAll(List<NameItem> items, VictimOutcome outcome, boolean plural) {
        List<String> names = new ArrayList<>();
        for (NameItem item : items) {
            names.add(name(item));
        }
        if (plural && items.size() >= 2 && p.words(items.get(0).nameFrom(), items.get(0).nameTo()) == 1) {
            NameItem second = items.get(1);
            if (p.words(second.nameFrom(), second.nameTo()) >= 2) {
                int tail = second.nameFrom() + 1;
                if (ArabicWords.JOINERS.contains(p.t.get(second.nameFrom()).norm())) {
                    tail++;
                }
                names.set(0, names.get(0) + " " + p.text.substring(p.t.get(tail).start(), p.t.get(second.nameTo() - 1).end()));
            }
        }
        for (int k = 0; k < items.size(); k++) {
            NameItem item = items.get(k);
            int start = nameStart(item.nameFrom());
            // a plural title ("الشابان X، وY", the two young men) says the sex and group of every name it heads
            boolean headed = plural && k > 0 && item.sex() == null && (item.group() == null || item.group() == Group.PERSON);
            String sex = headed ? items.get(0).sex() : item.sex();
            Group group = headed && items.get(0).group() != null ? items.get(0).group() : item.group();
            found.add(new Mention(start, p.t.get(item.nameTo() - 1).end(), names.get(k), outcome, sex, item.age(),
                    group == null ? Group.PERSON : group, item.nameFrom(), item.relation()));
            mark(item);
        }
    }

    private String name(NameItem item) {
        return p.text.substring(nameStart(item.nameFrom()), p.t.get(item.nameTo() - 1).end());
    }

    /** The name's first character: after a conjunction و written against it. */
    int nameStart(int from) {
        Token first = p.t.get(from);
        String w = first.norm();
        if (w.charAt(0) == 'و' && w.length() > 3 && !ArabicWords.WAW_NAMES.contains(w)) {
            int c = first.start();
            while (c < first.end() && p.text.charAt(c) != 'و') {
                c++;
            }
            return c + 1;
        }
        return first.start();
    }

    /** The name's titles, the name and what was read after it (age, alias, brackets) are spent. */
    void mark(NameItem item) {
        markRange(item.from(), Math.max(item.nameTo(), item.next()));
    }

    void markRange(int from, int to) {
        for (int j = from; j < to && j < p.n; j++) {
            used[j] = true;
        }
    }

    void markOne(int j) {
        used[j] = true;
    }
}
