package org.marsad.extract.victim.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.victim.Kinship;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.Token;

/**
 * Reads one name where a stage expects one: the titles and kinship nouns before it (what they say of sex,
 * group, outcome), the name run itself, then its age and alias; and the names joined to a first one by و
 * ("أحمد وعلي التلاوي").
 */
final class NameItems {

    /** How many names joined by و one list or title may head. */
    private static final int MAX_JOINED = 12;
    /** How many words a place written between two names may have ("في البلدة القديمة", "من بلدة ميفدون"). */
    private static final int MAX_PLACE_WORDS = 4;

    /** هو / هي / هما / هم (he is, she is, they are) between a title and the name: "الشهيدان هما X وY". */
    private static final Set<String> COPULA = Set.of("هو", "هي", "هما", "هم");
    /** How far a relative clause after a listed name may run before the comma that goes on to the next name. */
    private static final int RELATIVE_CLAUSE_WORDS = 12;

    private final Passage p;
    private final List<Token> t;
    private final int n;
    private final WordRoles roles;
    private final Ages ages;
    private final Bystanders bystanders;

    NameItems(Passage passage, WordRoles roles, Ages ages, Bystanders bystanders) {
        this.p = passage;
        this.t = passage.t;
        this.n = passage.n;
        this.roles = roles;
        this.ages = ages;
        this.bystanders = bystanders;
    }

    /** Titles, kinship, a bracket or quote, a name, then its age and alias. Null when no name is there. */
    NameItem read(int from, boolean line) {
        int q = from;
        String sex = null;
        Group group = null;
        VictimOutcome outcome = null;
        boolean plural = false;
        boolean quoted = false;
        Kinship relation = null;
        int titleEnd = -1; // the token after the last title or its adjective
        boolean appositive = false;
        for (int guard = 0; q < n && guard < 8; guard++) {
            Token tok = t.get(q);
            if (tok.kind() == Token.Kind.PUNCT && (Passage.isOpening(tok) || tok.is(":") || tok.is("/") || tok.is("-"))) {
                quoted |= Passage.isOpening(tok);
                q++;
                continue;
            }
            if (group != null && q == titleEnd && (tok.is("،") || tok.is(","))) {
                q++; // "الناشط، تحسين أسامة الشحماني، حيث …": the name in apposition, between commas
                appositive = true;
                continue;
            }
            if (!tok.isWord()) {
                break;
            }
            String w = tok.norm();
            if (group != null && q == titleEnd && COPULA.contains(w)) {
                q++; // "الناشطة المغدورة هي سعاد العلي" (the murdered activist is Suad al-Ali)
                continue;
            }
            if (w.equals("و")) {
                q++;
                continue;
            }
            int phrase = group != null && q == titleEnd ? afterTitlePhrase(q) : q;
            if (phrase > q) {
                q = phrase;
                titleEnd = q;
                continue;
            }
            String title = roles.title(q);
            String kin = roles.kin(q);
            if (title != null || kin != null) {
                ArabicWords.Role role = title != null ? ArabicWords.TITLES.get(title) : ArabicWords.KIN.get(kin);
                sex = role.sex() != null ? role.sex() : sex;
                // a rank says more than kinship: "ووالدهما العميد X" is a fighter, not only a man
                group = group == null || group == Group.PERSON || role.group() == Group.FIGHTER ? role.group() : group;
                outcome = role.outcome() != null ? role.outcome() : outcome;
                plural |= role.plural();
                relation = role.relation() != null ? role.relation() : relation;
                q++;
                titleEnd = q;
                continue;
            }
            if (q > from && relation == null && group != null && ArabicWords.TITLE_ADJECTIVES.contains(w) && q + 1 < n
                    && t.get(q + 1).isWord() && !ArabicWords.isStop(t.get(q + 1).norm())) {
                // "الفتى الفلسطيني محمد …" (the Palestinian boy Mohammad): the adjective after a title is no
                // part of the name; a family name such as المصري follows the given name, never the title
                q++;
                titleEnd = q;
                continue;
            }
            if (line && (w.equals("اصابة") || w.equals("اصابه"))) {
                outcome = VictimOutcome.INJURED;
                q++;
                if (q < n && t.get(q).isWord() && ArabicWords.isStop(t.get(q).norm())) {
                    q++;
                }
                continue;
            }
            break;
        }
        if (q >= n) {
            return null;
        }
        int end = ArabicNameRun.forward(t, q);
        if (end == q || ages.notName(q) || bystanders.familyOf(from)) {
            return null;
        }
        if (appositive && !(end < n && (t.get(end).is("،") || t.get(end).is(",")) && p.words(q, end) >= 2)) {
            return null; // after "العسكري،" the sentence goes on ("مجلس … العسكري، استهدف"): no name closed by a comma
        }
        int next = end;
        Integer age = null;
        for (int guard = 0; next < n && guard < 4; guard++) {
            Token tok = t.get(next);
            int afterQuotes = ages.quotedFamily(next);
            if (afterQuotes > next && afterQuotes < n && (ages.at(afterQuotes) != null || t.get(afterQuotes).is("("))) {
                next = afterQuotes;
                continue;
            }
            if (!quoted && alias(next, afterQuotes)) {
                next = afterQuotes; // "وسام حسن طويل "الحاج جواد"": his name of war, in quotes, is no second person
                continue;
            }
            if (tok.kind() == Token.Kind.PUNCT && Passage.isClosing(tok)) {
                next++;
                continue;
            }
            // "ريم بشير عبد النور. 4 سنوات،": a full stop typed before the age is no sentence's end
            if (tok.kind() == Token.Kind.PUNCT && (tok.is("(") || tok.is("-") || tok.is("–") || tok.is("،")
                    || tok.is(",") || tok.is(".")) && next + 1 < n && ages.at(next + 1) != null) {
                next++;
                continue;
            }
            Integer a = ages.at(next);
            if (a != null) {
                age = a;
                next = ages.after(next);
                continue;
            }
            if (tok.is("(") || tok.is("[")) {
                next = p.closeBracket(next);
                continue;
            }
            break;
        }
        if (age == null) {
            age = ages.later(next);
        }
        if (group == null || group == Group.PERSON || group == Group.MAN || group == Group.WOMAN) {
            if (age != null && age < 18) {
                group = Group.CHILD;
            }
        }
        return new NameItem(from, q, end, next, sex, group, age, outcome, plural, quoted, relation);
    }

    /** How far after تم / جرى the name that ends "تم تحديده باسم" is looked for. */
    private static final int IDENTIFIED_REACH = 4;

    /**
     * Words that stand between a title and the name without being either: an epithet ("الشهيد السعيد"), the
     * formula of a party's dead, "على طريق القدس" (on the road to Jerusalem), and "تم تحديده باسم" (was
     * identified as). The token after them, or {@code q} when none starts there.
     */
    private int afterTitlePhrase(int q) {
        String w = t.get(q).norm();
        if (ArabicWords.EPITHETS.contains(w) && q + 1 < n && t.get(q + 1).isWord()) {
            return q + 1;
        }
        if (w.equals("علي") && q + 2 < n && t.get(q + 1).is("طريق") && t.get(q + 2).isWord()) {
            return q + 3;
        }
        if (ArabicWords.IDENTIFIED_AUXILIARIES.contains(w)) {
            for (int j = q + 1; j < Math.min(n, q + IDENTIFIED_REACH) && t.get(j).isWord(); j++) {
                if (t.get(j).is("باسم")) {
                    return j + 1;
                }
            }
        }
        return q;
    }

    /**
     * Where the next name joined by و starts when each name has its own place: "استشهد A في البلدة القديمة وB
     * في بيت دقو", "الشهيد A من بلدة ميفدون وB من بلدة ديركيفا". The place is skipped only when the name after
     * it has two words or more and a place of its own after it (the parallel that says it is a second person,
     * not a second place of the first); else {@code q}.
     */
    private int acrossPlace(int q) {
        if (q >= n || !placeStarts(q)) {
            return q;
        }
        for (int j = q + 1; j < Math.min(n, q + MAX_PLACE_WORDS + 1) && !p.boundary(j); j++) {
            Token tok = t.get(j);
            if (!tok.isWord() || roles.cue(j) != null || roles.titleOrKin(j)) {
                return q;
            }
            String w = tok.norm();
            if (j > q + 1 && (w.equals("و") || w.length() > 3 && w.charAt(0) == 'و' && !ArabicWords.WAW_NAMES.contains(w))) {
                NameItem next = read(j, false);
                return next != null && p.words(next.nameFrom(), next.nameTo()) >= 2 && next.next() < n
                        && (placeStarts(next.next()) || t.get(next.next()).is("(")) ? j : q;
            }
        }
        return q;
    }

    /** في (in), من (from) or a place type with ب (ببلدة, in the town of): where a person's place is written. */
    private boolean placeStarts(int j) {
        Token tok = t.get(j);
        if (!tok.isWord()) {
            return false;
        }
        return tok.is("في") || tok.is("من") || tok.norm().length() > 3 && tok.norm().charAt(0) == 'ب'
                && Lexicon.lookup(tok.norm()).info().has(Lexicon.PLACE_TYPE);
    }

    /** Whether the quoted words in [{@code open}, {@code after}) are an alias: one or two, not joined by و. */
    private boolean alias(int open, int after) {
        int words = after - open - 2;
        String first = words > 0 ? t.get(open + 1).norm() : "";
        return words >= 1 && words <= 2 && !(first.charAt(0) == 'و' && first.length() > 3);
    }

    /**
     * "الشهيدان هما A (22 عاماً)، الذي أصيب برصاص في الصدر، وB": a relative clause after a name a plural title
     * heads tells how that one was hit; the list goes on after it. The comma that ends the clause, or {@code q}.
     */
    private int pastRelativeClause(int q) {
        if (q + 1 >= n || !(t.get(q).is("،") || t.get(q).is(",")) || !(t.get(q + 1).is("الذي") || t.get(q + 1).is("التي"))) {
            return q;
        }
        for (int j = q + 2; j < Math.min(n, q + 2 + RELATIVE_CLAUSE_WORDS) && !p.boundary(j); j++) {
            if (t.get(j).is("،") || t.get(j).is(",")) {
                return j;
            }
        }
        return q;
    }

    /** Names joined by و to the first: "أحمد وعلي التلاوي", "(رامز ... وحمزة ...)". */
    List<NameItem> coordinated(NameItem first) {
        return coordinated(first, false);
    }

    /**
     * The names joined to {@code first} by و; with {@code commaJoins} also across a comma before the و
     * ("X وY، و Z وW استشهدوا"), where a verb after the names, in their number, says the list goes on.
     */
    List<NameItem> coordinated(NameItem first, boolean commaJoins) {
        List<NameItem> items = new ArrayList<>();
        items.add(first);
        NameItem last = first;
        // a dual title ("الشهيدين X وY") heads two names; what follows them is the sentence going on
        int most = first.plural() ? 2 : MAX_JOINED;
        while (items.size() < most) {
            int q = acrossPlace(first.plural() ? pastRelativeClause(last.next()) : last.next());
            // "الشابان X، وY": a comma before the و that joins the next name a plural title heads (after a
            // single name, "، وتتمنى الشفاء" is the sentence going on)
            int link = (first.plural() || commaJoins) && q < n && (t.get(q).is("،") || t.get(q).is(",")) ? q + 1 : q;
            if (link > q && link < n && !(t.get(link).is("و") || t.get(link).isWord()
                    && t.get(link).norm().charAt(0) == 'و')) {
                break;
            }
            q = link;
            if (q < n && t.get(q).is("و")) {
                q++;
            }
            if (q >= n || !t.get(q).isWord()) {
                break;
            }
            String w = t.get(q).norm();
            boolean joined = t.get(link).is("و") || w.charAt(0) == 'و' && w.length() > 3;
            if (!joined) {
                break;
            }
            if (roles.titleOrKin(q)) {
                break; // read where it stands
            }
            NameItem next = read(q, false);
            if (next == null || !(first.plural() || p.words(next.nameFrom(), next.nameTo()) >= 2 || next.age() != null)) {
                break;
            }
            items.add(next);
            last = next;
        }
        return items;
    }
}
