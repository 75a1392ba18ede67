package org.marsad.extract.victim.latin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Where an English name starts and ends: a run of capitalised words with the particles between them (al-,
 * bin, abu), titles skipped, and the names listed after it ("Saeed, Ibrahim and Musab"), each with the age
 * written in the list; the kin nouns before names ("his niece and nephew").
 */
final class LatinNameRuns {

    private final LatinPassage passage;
    private final List<Token> t;
    private final int n;
    private final LatinAges years;

    LatinNameRuns(LatinPassage passage, LatinAges years) {
        this.passage = passage;
        this.t = passage.t;
        this.n = passage.n;
        this.years = years;
    }

    private static final Set<String> TITLES = LatinWords.set("dr", "sheikh", "mr", "mrs", "ms", "hajj", "haji", "imam",
            "engineer", "professor", "prof");

    /** The end of the capitalised name run starting at {@code from} (titles skipped by the caller's start). */
    int run(int from) {
        int p = from;
        while (p < n && t.get(p).isWord() && TITLES.contains(t.get(p).norm()) && passage.capital(p)) {
            p++;
            if (p < n && t.get(p).is(".")) {
                p++;
            }
        }
        if (p != from) {
            return run(p) == p ? from : run(p);
        }
        int words = 0;
        int j = from;
        while (j < n && words < 5) {
            Token tok = t.get(j);
            if (!tok.isWord() || tok.norm().charAt(0) >= 128) {
                break;
            }
            String w = tok.norm();
            if (words == 0 && passage.acronym(j)) {
                break; // "SNHR Documented the Deaths of …": an organisation's initials start no person's name
            }
            boolean particle = LatinWords.PARTICLES.contains(w) && j + 1 < n && (passage.capital(j + 1) || t.get(j + 1).is("-"));
            if (!particle && (!passage.capital(j) || LatinWords.CAP_STOP.contains(w) || LatinWords.KIN.containsKey(w))) {
                break;
            }
            if (particle && words == 0 && !passage.capital(j)) {
                break;
            }
            j++;
            if (!particle) {
                words++; // al, bin, abu join the next part and are no part of their own: five parts and their al-
            }
            // Mes'id, Ma'an: an apostrophe with no space on either side is inside the name
            if (j + 1 < n && (t.get(j).is("'") || t.get(j).is("’")) && t.get(j).start() == t.get(j - 1).end()
                    && t.get(j + 1).start() == t.get(j).end() && t.get(j + 1).isWord()
                    && !t.get(j + 1).is("s")) {
                j += 2;
            }
            // al-Farra, Abdel-Rahman: a hyphen with no space joins the next part
            // (not "New York-based": a lower-case word after the hyphen makes the run an adjective)
            if (j + 1 < n && t.get(j).is("-") && t.get(j).start() == t.get(j - 1).end()
                    && t.get(j + 1).start() == t.get(j).end() && t.get(j + 1).isWord()
                    && (passage.capital(j + 1) || LatinWords.PARTICLES.contains(t.get(j + 1).norm()))) {
                j++;
            }
        }
        while (j > from && LatinWords.PARTICLES.contains(t.get(j - 1).norm())) {
            j--;
        }
        return j;
    }

    /** The spans of the name at {@code from} and of those listed after it ("Saeed, Ibrahim and Musab"). */
    List<int[]> names(int from, boolean explicit) {
        int p = from;
        for (int guard = 0; p < n && guard < 5; guard++) {
            Token tok = t.get(p);
            if (tok.kind() == Token.Kind.PUNCT && (tok.is(",") || tok.is(":") || LatinPassage.quote(tok))) {
                p++;
            } else if (tok.isWord() && !passage.capital(p) && !LatinWords.PARTICLES.contains(tok.norm()) && explicit && guard < 3) {
                p++; // "identifying them as apartment owner Hussein Barwaji"
            } else if (tok.isWord() && (tok.is("the") || tok.is("a") || tok.is("an")) && guard < 2) {
                p++;
            } else {
                break;
            }
        }
        List<int[]> names = new ArrayList<>();
        int end = run(p);
        if (end == p) {
            return names;
        }
        names.add(new int[] {p, end});
        int q = end;
        while (q < n && names.size() < 12) {
            int r = skipListedAge(q);
            if (r < n && LatinPassage.quote(t.get(r))) {
                r++;
            }
            if (r < n && (t.get(r).is(",") || t.get(r).is("and"))) {
                r++;
                if (r < n && t.get(r).is("and")) {
                    r++;
                }
            } else {
                break;
            }
            if (r < n && LatinPassage.quote(t.get(r))) {
                r++;
            }
            r = skipAgeBefore(r);
            int e = run(r);
            if (e == r) {
                break;
            }
            names.add(new int[] {r, e});
            q = e;
        }
        return names;
    }

    /**
     * After a name in a list, its age and the separator before the next name: "Saleh, 5, Rudeina" or
     * "Saleh, five, Rudeina"; the index of the separator, or {@code q} when no age is written there.
     */
    int skipListedAge(int q) {
        if (q + 2 < n && t.get(q).is(",") && years.ageWord(q + 1) != null
                && (t.get(q + 2).is(",") || t.get(q + 2).is("and"))) {
            return q + 2;
        }
        return q;
    }

    /** "one-year-old Mesid": the age written before a name in a list; the name's index, or {@code r}. */
    int skipAgeBefore(int r) {
        if (r + 4 < n && years.ageWord(r) != null && t.get(r + 1).is("-") && t.get(r + 2).is("year")
                && t.get(r + 3).is("-") && t.get(r + 4).is("old")) {
            return r + 5;
        }
        return r;
    }

    /** The kin nouns joined by "and" or commas that end at {@code last} ("niece and nephew"), in order. */
    List<String> kinsEndingAt(int last, String lastKin) {
        List<String> kins = new ArrayList<>();
        kins.add(lastKin);
        int k = last - 1;
        while (k - 1 >= 0 && (t.get(k).is("and") || t.get(k).is(",")) && LatinWords.KIN.containsKey(t.get(k - 1).norm())) {
            kins.add(0, t.get(k - 1).norm());
            k -= 2;
        }
        return kins;
    }

    /** The token after "-in-law" when it follows the kin noun at {@code k}, else {@code k + 1}. */
    int inLaw(int k) {
        if (k + 4 < n && t.get(k + 1).is("-") && t.get(k + 2).is("in") && t.get(k + 3).is("-")
                && t.get(k + 4).is("law")) {
            return k + 5;
        }
        return k + 1;
    }

    /** "his wife", "their son", "her two-year-old son", "al-Farra’s niece and nephew". */
    boolean possessed(int k) {
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            Token tok = t.get(j);
            if (tok.is("his") || tok.is("her") || tok.is("their") || tok.is("s") && j > 0
                    && (t.get(j - 1).is("’") || t.get(j - 1).is("'"))) {
                return true;
            }
            if (passage.boundary(j) || tok.is(",") && j < k - 1) {
                return false;
            }
            if (!(tok.is("-") || tok.is("year") || tok.is("old") || tok.kind() == Token.Kind.NUMBER
                    || NumberWords.isNumberWord(tok.norm()) || tok.is("and") || LatinWords.KIN.containsKey(tok.norm())
                    || tok.is("of") || tok.is("two") || tok.is("five") || ORDER.contains(tok.norm()))) {
                return false;
            }
        }
        return false;
    }

    /** Words between a possessive and a kin noun: "her two younger sisters", "his eldest son". */
    private static final Set<String> ORDER = LatinWords.set("younger", "older", "elder", "eldest", "youngest", "oldest",
            "little", "baby", "infant", "teenage", "adult", "only", "late");
}
