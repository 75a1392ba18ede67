package org.marsad.extract.context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.Cause;
import org.marsad.extract.PlaceLookup;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.PlaceWords;
import org.marsad.extract.document.Vocabulary;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.place.mention.Direction;
import org.marsad.text.ArabicNormalizer;
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

    /** Tokens that name the side of a figure's own dead ("من عناصر قوات النظام"): never a perpetrator. */
    private final java.util.BitSet victimsSides = new java.util.BitSet();

    /**
     * "مقتل 500 مدني و200 من عناصر قوات النظام و40 جندياً منشقاً": the regime's members are among the dead
     * here, not their killers, for every figure of the sentence, not only their own.
     */
    public void victimsSides(List<Figure> figures) {
        for (Figure f : figures) {
            if (f.affiliationStart() >= 0) {
                victimsSides.set(f.affiliationStart(), f.affiliationEnd());
            }
        }
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
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", "but",
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
        if (after != null) {
            return after;
        }
        // "و724 مدنياً على يد جهات أخرى" (by other parties): its killer is stated, though no party of ours,
        // so the party of the list's item before is not it
        return agentAfter(f) ? null : perpetratorFrom(f.start() - 1, -1, f);
    }

    /** "على يد" / "على أيدي" / "بيد" (at the hands of) after a figure and before the next number. */
    private boolean agentAfter(Figure f) {
        for (int k = f.end(), n = 0; k < doc.size() && n < AGENT_REACH && doc.sameSentence(k, f.start()); k++, n++) {
            Token t = doc.token(k);
            if (otherPartysClause(k, f.start()) || newItem(k, f.end())) {
                return false;
            }
            if (t.is("بيد") || (t.is("يد") || t.is("أيدي") || t.is("ايدي")) && k > 0 && doc.isWord(k - 1, "على")) {
                return true;
            }
        }
        return false;
    }

    /**
     * فيما/بينما (while) opening a clause with a figure of its own: "… 78 مدنياً، فيما قتلت القوات الروسية 76"
     * is the next item's party. A clause without one ("فيما أصيب آخرون، جراء صاروخ أطلقه الحوثيون") goes on
     * telling this figure's attack.
     */
    private boolean otherPartysClause(int k, int start) {
        if (!doc.isArabic(k) || !OTHER_CLAUSE.contains(doc.token(k).norm())) {
            return false;
        }
        for (int j = k + 1; j < doc.size() && doc.sameSentence(j, start); j++) {
            NumberWords.Match words = doc.isArabic(j) ? NumberWords.read(doc.tokens(), j) : null;
            if (doc.token(j).kind() == Token.Kind.NUMBER || words != null && words.value() > 1) {
                return true; // not "إحدى قرى" (one of the villages)
            }
        }
        return false;
    }

    /**
     * "1759 مدنياً، و316 على يد …" (and 316 at the hands of …): a comma, then the next item of a list of
     * tolls; after بينهم the items are the figure's own parts ("119 مدنياً، بينهم 19 طفلاً، و7 سيدات على يد").
     */
    private boolean newItem(int k, int from) {
        if (!(doc.token(k).is("،") || doc.token(k).is(",")) || k + 1 >= doc.size()) {
            return false;
        }
        for (int j = from; j < k; j++) {
            if (doc.has(j, Lexicon.PART)) {
                return false;
            }
        }
        if (doc.token(k + 1).is("و")) {
            return k + 2 < doc.size() && doc.token(k + 2).kind() == Token.Kind.NUMBER;
        }
        NumberWords.Match m = doc.isArabic(k + 1) ? NumberWords.read(doc.tokens(), k + 1) : null;
        return m != null && m.conjoined();
    }

    /** Words from a figure to the "على يد" of its own clause: "و76 مدنياً بينهم 11 طفلاً و6 سيدات على يد". */
    private static final int AGENT_REACH = 12;

    /**
     * Arabic words that open the next clause of a list of tolls by party: "78 مدنياً، بينهم 24 طفلاً، فيما
     * قتلت القوات الروسية 76": the party after فيما is the next figure's, not this one's.
     */
    private static final Set<String> OTHER_CLAUSE = Stream.of("فيما", "بينما", "وفيما", "وبينما")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    private String perpetratorFrom(int from, int step, Figure f) {
        for (int k = from, n = 0; k >= 0 && k < doc.size() && n < REACH && doc.sameSentence(k, f.start()); k += step, n++) {
            if (clauseBreak(k) || step > 0 && (anotherTime(k) || otherPartysClause(k, f.start()) || newItem(k, from))) {
                return null;
            }
            if (victimsSides.get(k) || k >= f.affiliationStart() && k < f.affiliationEnd() || k >= f.start() && k < f.end()
                    || !doc.token(k).isWord()) {
                continue; // "two Russian women", "five ISIS militants": the figure's own words are the victims'
            }
            Vocabulary.Found<Perpetrators.Party> found = Perpetrators.VOCABULARY.at(doc.tokens(), k);
            if (found == null) {
                continue;
            }
            if (step < 0) {
                found = longestEndingAt(k, found);
            }
            if (targeted(found.start()) || !actor(found, f)) {
                continue;
            }
            Perpetrators.Party party = found.code();
            String name = party.ambiguous() ? namedParties().resolve(party.kind(), found.start()) : party.name();
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private NamedParties namedParties;

    /** Words of time before "after" or "before" that open another event: "a day after Houthi rebels fired …". */
    private static final Set<String> SPANS = Set.of("day", "days", "hour", "hours", "week",
            "weeks", "month", "months", "minutes", "shortly", "just", "soon", "year", "years");

    /**
     * Whether the token at {@code k} opens a clause of another time, whose party is that event's: "Air raids
     * by the coalition killed 11 civilians, a day after Houthi rebels fired a missile".
     */
    private boolean anotherTime(int k) {
        return k > 0 && (doc.isWord(k, "after") || doc.isWord(k, "before")) && doc.isLatin(k - 1)
                && SPANS.contains(doc.token(k - 1).norm());
    }

    private NamedParties namedParties() {
        if (namedParties == null) {
            namedParties = new NamedParties(doc);
        }
        return namedParties;
    }

    /** Tokens before a party's last word that a longer name of it may start at ("Saudi-led coalition"). */
    private static final int NAME_BACK = 3;

    /**
     * Walking back, the last word of a name is met first: "the Saudi-led coalition" is found at "coalition".
     * The longest name of the vocabulary that covers {@code k} from a few words before it.
     */
    private Vocabulary.Found<Perpetrators.Party> longestEndingAt(int k, Vocabulary.Found<Perpetrators.Party> found) {
        for (int j = Math.max(0, k - NAME_BACK); j < k; j++) {
            Vocabulary.Found<Perpetrators.Party> longer = doc.token(j).isWord()
                    ? Perpetrators.VOCABULARY.at(doc.tokens(), j) : null;
            if (longer != null && longer.end() > k) {
                return longer;
            }
        }
        return found;
    }

    /**
     * Words after a party's name that make it the one who runs, holds or speaks, not the one who attacks:
     * "Houthi-run Masirah TV", "the Hamas-run health ministry", "a Houthi source", "Hezbollah officials".
     */
    private static final Set<String> HELD = Set.of("run", "held", "controlled", "affiliated",
            "administered", "owned", "appointed", "installed");
    private static final Set<String> SPEAKS = Set.of("health", "ministry", "media", "tv",
            "television", "channel", "source", "sources", "official", "officials", "spokesman", "spokesperson",
            "authorities", "administration", "government", "leader", "leaders", "territory", "areas", "statement",
            "outlet", "news",
            // the side attacked, or the war of both: "Hezbollah positions", "the Israel-Hamas war"
            "positions", "position", "base", "bases", "convoy", "checkpoint", "headquarters", "war", "conflict",
            "ceasefire", "truce", "talks");
    /**
     * Ranks after a party's name make the name a title of one person of it, whose kin, house or men are the
     * ones hit: "relatives of Hamas chief X", "the home of a Hezbollah commander". The victims' own side.
     */
    private static final Set<String> RANKS = Set.of("chief", "chiefs", "commander",
            "commanders", "head", "founder", "deputy", "political", "politburo", "member", "figure",
            "operative", "operatives");
    /** Words whose members a party's name after "of", "from", "in" tells: "fighters from the PMU", "a brigade of". */
    private static final Set<String> MEMBERS = Set.of("fighter", "fighters", "member", "members",
            "militant", "militants", "commander", "commanders", "officer", "officers", "soldier", "soldiers",
            "brigade", "brigades", "unit", "units", "elements", "militiamen", "ranks");
    /** What an attack hits, named with its party after "of": "suicide attacks on a brigade of the PMF". */
    private static final Set<String> TARGETS = Set.of("brigade", "brigades", "unit", "units",
            "positions", "position", "base", "bases", "convoy", "checkpoint", "checkpoints", "headquarters", "patrol");
    private static final Set<String> MEMBER_LINKS = Set.of("of", "from", "in", "with", "to", "by");
    /** Adjectives and articles a party's name may carry after its link word: "from the Iranian-backed PMU". */
    private static final int MEMBER_REACH = 5;
    /**
     * People named after a nationality are its victims, not its army: "Israeli strikes" are an attack, "two
     * Russian women working in the health sector" were wounded by someone else.
     */
    private static final Set<String> PEOPLE = Set.of("women", "woman", "men", "man", "children",
            "child", "boy", "girl", "civilians", "civilian", "citizens", "citizen", "nationals", "national", "people",
            "family", "families", "journalists", "journalist", "workers", "worker", "tourists", "hostages",
            "captives", "prisoners", "detainees", "settlers");
    /**
     * Arabic words before a party that make it the one who holds or runs: "التابعة للحوثيين" (at-tābiʿa
     * lil-ḥūthiyyīn, run by the Houthis), "مناطق سيطرة" (areas of control), "إعلام" (the media of).
     */
    private static final List<String> HELD_AR = Stream.of("التابعة", "التابع", "سيطرة", "إعلام")
            .map(ArabicNormalizer::normalize).toList();

    /**
     * Whether the words ending at {@code k} make the party after them the victims' side or a ruler: "11
     * fighters from the Iranian-backed PMU" (the figure's own fighters), "a source close to Hezbollah", "run by
     * the Houthis". "Fighters of the PMF killed three" are the PMF's: their noun is not the figure's.
     */
    private boolean member(int k, Figure f) {
        for (int j = k; j >= Math.max(1, k - MEMBER_REACH); j--) {
            if (doc.isLatin(j) && MEMBER_LINKS.contains(doc.token(j).norm())) {
                String word = doc.token(j - 1).norm();
                boolean figures = j - 1 >= f.start() && j - 1 < f.end();
                return doc.isLatin(j - 1) && (figures && MEMBERS.contains(word) || HELD.contains(word)
                        || TARGETS.contains(word) || word.equals("close"));
            }
            if (!doc.token(j).isWord() && !doc.token(j).is("-") || doc.has(j, Lexicon.STOP) && !doc.isWord(j, "the")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the party found is named as the one who attacks: not as a source, a ruler, or a nationality. */
    private boolean actor(Vocabulary.Found<Perpetrators.Party> found, Figure f) {
        int next = found.end();
        if (next + 1 < doc.size() && doc.token(next).is("-") && doc.isLatin(next + 1)
                && HELD.contains(doc.token(next + 1).norm())) {
            return false;
        }
        if (next < doc.size() && doc.isLatin(next)
                && (SPEAKS.contains(doc.token(next).norm()) || PEOPLE.contains(doc.token(next).norm())
                        || RANKS.contains(doc.token(next).norm()))) {
            return false;
        }
        int before = found.start() - 1;
        if (before >= 0 && doc.token(before).is("(") && next < doc.size() && doc.token(next).is(")")) {
            return false; // "the Rapid Support Forces (RSF)": the name before glosses it, and was read first
        }
        if (member(before, f)) {
            return false;
        }
        if (before >= 1 && doc.isWord(before, "as") && doc.isWord(before - 1, "known")) {
            return false; // "the PMF, also known as Hashd al-Shaabi": a second name of a party already read
        }
        if (before >= 0 && doc.token(before).kind() == org.marsad.text.Token.Kind.NUMBER
                || before >= 0 && doc.isLatin(before) && org.marsad.text.NumberWords.read(doc.tokens(), before) != null) {
            return false; // "killing one soldier and two PMF": a count of the party's men, who are the dead
        }
        if (before >= 1 && doc.token(before).is("-") && (doc.isWord(before - 1, "pro") || doc.isWord(before - 1, "anti"))) {
            return false; // "pro-Houthi Al Masirah", "the anti-Houthi coalition"
        }
        if (before >= 0 && doc.isArabic(before)) {
            String norm = doc.token(before).norm();
            for (String word : HELD_AR) {
                if (org.marsad.extract.document.Words.matches(norm, word)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Words before a party that make it the target of the attack, not its author. */
    private static final Set<String> TARGETING = Set.of("fighting", "against", "targeting",
            "targeted", "battling", "attacked", "ambushed");
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
            if (!doc.token(j).isWord() || doc.has(j, Lexicon.STOP) && !doc.isWord(j, "the") && !doc.isWord(j, "and")) {
                return false; // "attacked PMF and Iraqi Army positions": both parties are the side attacked
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
        PlaceMention fronted = placeBefore(f.start());
        if (fronted == null) {
            fronted = heading(f.start());
        }
        if (fronted == null) {
            return placeAfter(f.start(), f.end());
        }
        // "وفي محافظة درعا استشهد طفل … في حي طريق السد بمدينة درعا": a town named after the figure, in its own
        // clause, says more than the governorate before it; the next "وفي" clause's place is another figure's
        PlaceMention after = placeAfter(f.start(), f.end(), true);
        return after != null && isCommunity(after) && !isCommunity(fronted) ? after : fronted;
    }

    private static boolean isCommunity(PlaceMention m) {
        return m.pcode() != null && m.pcode().startsWith("C");
    }

    /** "وحدها" (alone), "فقط" (only): words a fronted place may carry before its figure. */
    private static final Set<String> ALONE = Stream.of("وحدها", "وحده", "وحدهم", "فقط")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /** Words between a fronted place and its figure: a comma, the verb of the death, "وحدها". */
    private static final int FRONTED_GAP = 3;

    /**
     * A place written before its figure, opening the clause: "وفي حماة، لقي 43 شخصاً مصرعهم", "قتل في حمص 12
     * شخصاً، وفي إدلب ثمانية", "وفي محافظة حمص وحدها، قتل 76". Tolls by governorate are written so; the place
     * after such a figure is the next governorate's. "في" right after another figure's words is that figure's
     * place ("قتل 12 شخصاً في حمص و8 …"), so only "وفي", or "في" after a comma or a verb, opens a clause.
     */
    private PlaceMention placeBefore(int start) {
        int j = start - 1;
        for (int gap = 0; gap < FRONTED_GAP && j >= 0 && doc.sameSentence(j, start); gap++) {
            Token t = doc.token(j);
            if (t.is("،") || t.is(",") || doc.isArabic(j) && (doc.info(j).before() != null || ALONE.contains(t.norm()))) {
                j--;
            } else {
                break;
            }
        }
        if (j < 0 || !doc.isArabic(j) || !doc.sameSentence(j, start)) {
            return null;
        }
        for (int k = j; k >= 0 && k >= j - PLACE_WORDS && doc.sameSentence(k, start); k--) {
            Token t = doc.token(k);
            if (!doc.isArabic(k)) {
                return null;
            }
            boolean in = t.is("في") && opensClause(k - 1, start);
            if (in || t.is("وفي")) {
                return k == j ? null : frontedMention(k + 1, j + 1);
            }
            if (NumberWords.read(doc.tokens(), k) != null || doc.info(k).noun() != null || doc.has(k, Lexicon.STOP)) {
                return null; // another figure's words, or a clause that names no place here
            }
        }
        return null;
    }

    /**
     * A place heading its line before a colon, the figures of the line after it: "جنوب لبنان: 11 شهيداً و48
     * جريحاً", "- إدلب: 4 قتلى" (tolls by region, a line each). Taken when the gazetteer knows it, a word for
     * a kind of place heads it, or a direction before a name ("جنوب لبنان"); a toll word ("الحصيلة:") or any
     * word the lexicon reads is no place.
     */
    private PlaceMention heading(int start) {
        int lineStart = doc.text().lastIndexOf('\n', Math.max(0, doc.token(start).start() - 1)) + 1;
        int colon = start - 1;
        while (colon >= 0 && doc.token(colon).start() >= lineStart && !doc.token(colon).is(":")) {
            colon--;
        }
        if (colon < 1 || doc.token(colon).start() < lineStart) {
            return null;
        }
        int from = colon;
        while (from > 0 && doc.token(from - 1).start() >= lineStart && doc.isArabic(from - 1)) {
            from--;
        }
        for (int k = lineStart; k < (from < colon ? doc.token(from).start() : lineStart); k++) {
            if (!Character.isWhitespace(doc.text().charAt(k)) && "-–•*·".indexOf(doc.text().charAt(k)) < 0) {
                return null; // the colon ends a sentence's words, not a heading
            }
        }
        if (from == colon || colon - from > PLACE_WORDS) {
            return null;
        }
        for (int k = from; k < colon; k++) {
            WordInfo info = doc.info(k);
            if (info.noun() != null || info.before() != null || info.after() != null || doc.has(k, Lexicon.TOLL)
                    || doc.has(k, Lexicon.STOP) || doc.has(k, Lexicon.ORG) || NumberWords.read(doc.tokens(), k) != null) {
                return null;
            }
        }
        if (colon - from >= 2 && Direction.isDirection(doc.token(from).norm())) {
            String text = doc.slice(from, colon);
            return new PlaceMention(text, pcode(text).orElse(null));
        }
        return frontedMention(from, colon);
    }

    /** Whether the token before a fronted في ends what came before it: the sentence's start, a comma, a verb. */
    private boolean opensClause(int k, int start) {
        if (k < 0 || !doc.sameSentence(k, start)) {
            return true;
        }
        Token t = doc.token(k);
        return t.is("،") || t.is(",") || doc.isArabic(k) && doc.info(k).before() != null;
    }

    /** The words [from, to) as a place: after its type ("محافظة حمص"), or a name the gazetteer knows. */
    private PlaceMention frontedMention(int from, int to) {
        if (CAUSES.at(doc.tokens(), from) != null || PlaceWords.wound(doc, from)) {
            return null;
        }
        String text = doc.text().substring(PlaceWords.headsPlace(doc, from) ? placeStart(from) : doc.token(from).start(),
                doc.token(to - 1).end()).strip();
        Optional<String> pcode = pcode(text);
        if (pcode.isEmpty() && !PlaceWords.headsPlace(doc, from)) {
            return null;
        }
        return new PlaceMention(text, pcode.orElse(null));
    }

    /** The place written after the words [start, end) in their sentence: a figure's, or a named victim's. */
    public PlaceMention placeAfter(int start, int end) {
        return placeAfter(start, end, false);
    }

    /** {@code clause}: stop where "وفي" opens the next fronted place's clause. */
    private PlaceMention placeAfter(int start, int end, boolean clause) {
        for (int k = end, n = 0; k < doc.size() && n < REACH && doc.sameSentence(k, start); k++, n++) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                continue;
            }
            if (clause && t.is("وفي")) {
                return null;
            }
            if (PlaceWords.headsPlace(doc, k)) {
                return mention(k, placeStart(k));
            }
            if ((t.is("in") || t.is("في")) && k + 1 < doc.size() && PlaceWords.wound(doc, k + 1)) {
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

    /** قرب، بالقرب (near): beside a place, as a direction is. */
    private static final Set<String> NEAR = Stream.of("قرب", "بالقرب")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

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

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

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
        if (first < doc.size() && (WEEKDAYS.contains(doc.token(first).norm()) || doc.isLatin(first)
                && doc.has(first, Lexicon.ADJECTIVE))) {
            return null; // "in Thursday's raids", "in Israeli strikes": a day or a nationality, and no place
        }
        if (first < doc.size() && doc.isLatin(first) && Perpetrators.VOCABULARY.at(doc.tokens(), first) != null) {
            return null; // "a fighter in Hezbollah", "in Houthi attacks": a party, not a place
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
        if (CAUSES.at(doc.tokens(), k) != null) {
            return null; // "في غارة جوية" (in an airstrike): the event, though غارة is a village's name too
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
                String next = end < doc.size() && doc.isArabic(end) ? doc.token(end).norm() : "";
                if (Direction.isDirection(next) || NEAR.contains(next)) {
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
