package org.marsad.extract.figure.outcome;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.phrase.PartMarkers;
import org.marsad.extract.figure.phrase.PhraseWords;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Gathers, for each candidate figure, what its sentence says happened: a cue right before it (مقتل،
 * إصابة, "killing"), a cue further before or a verb after (استشهدوا, "were killed"), a toll it belongs
 * to (ارتفع عدد الشهداء إلى, the number of martyrs rose to), an observatory's documentation (وثق), or
 * an event that is not a casualty (اعتقال, arrest; نزوح, displacement). Killed and injured named
 * together ("قتل وأصيب 18", killed and injured) exclude the figure: its split is unknown.
 */
public final class OutcomeEvidence {

    /** "والإصابات" (and the injuries), as health ministries count the injured: cases, no noun of people. */
    private static final Set<String> AND_THE_INJURIES = Set.of(
            ArabicNormalizer.normalize("والإصابات"), ArabicNormalizer.normalize("والإصابة"));

    private static final int NEAR = 12;
    /** Verbs of killing in the active plural or dual, whose object the figure after them is. */
    private static final Set<String> KILLED_THEM = Set.of("قتلوا", "وقتلوا", "قتلا", "قتلن", "اعدموا",
            "واعدموا", "ذبحوا", "اغتالوا");
    private static final int DOCUMENTED_REACH = 40;
    private static final int AFTER_REACH = 30;
    private static final int TOLL_REACH = 40;
    /** Words after a toll that name whom it counts: "عدد الشهداء المدنيين", "number of people who were killed". */
    private static final int TOLL_WORDS = 7;
    /** Words of a relative clause after a toll ("الذين وثق المرصد السوري استشهادهم") searched for its outcome. */
    private static final int CLAUSE_WORDS = 8;
    private static final Set<String> RELATIVES = Set.of("الذين", "اللذين", "اللواتي", "اللاتي", "ممن",
            "who", "were", "was", "have", "has", "had", "been");
    /** "العدد الإجمالي للقتلى", "من مجمل الضحايا", "the total number": words of a toll that name no one. */
    private static final Set<String> TOTAL = Set.of("مجمل", "اجمالي", "الاجمالي", "الكلي",
            "النهائي", "اجمالية", "الاجمالية", "الكلية", "النهائية", "total", "overall", "final");
    /** The toll word of "the number of" right after a figure, or after its comma; else -1. */
    private int tollAfter(int end) {
        int k = doc.isWord(end, ",") ? end + 1 : end;
        return doc.isWord(k, "the") && doc.has(k + 1, Lexicon.TOLL) && doc.isWord(k + 2, "of") ? k + 1 : -1;
    }

    /** Words after a figure within which "alive" still speaks of its people. */
    private static final int SURVIVED_REACH = 5;

    private final Document doc;
    private final List<Figure> figures;
    private final Figure[] startingAt;

    private OutcomeEvidence(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
        this.startingAt = new Figure[doc.size() + 1];
        for (Figure f : figures) {
            startingAt[f.start] = f;
        }
    }

    public static void gather(Document doc, List<Figure> figures) {
        OutcomeEvidence e = new OutcomeEvidence(doc, figures);
        for (int i = 0; i < figures.size(); i++) {
            e.assess(figures.get(i), i == 0 ? 0 : figures.get(i - 1).end);
        }
    }

    private void assess(Figure f, int previousEnd) {
        int cue = f.start - 1;
        // "إصابة طفلين استشهدا لاحقاً" (two children injured who later died): the cue before is this figure's
        if ((f.stated == null || f.statedAfter) && cue >= 0 && doc.info(cue).before() != null
                && doc.sameSentence(cue, f.start)) {
            f.stated = doc.info(cue).before();
            f.excluded |= namesBothOutcomes(cue, f.stated);
        }
        if (f.stated == null && cue >= 0 && KILLED_THEM.contains(doc.token(cue).norm())) {
            f.stated = Outcome.KILLED; // "إن مسلحين قتلوا 11 رجلاً" (that gunmen killed 11 men): the verb takes the figure
        }
        if (f.stated == null && doc.has(f.start - 1, Lexicon.SAID) && doc.isArabic(f.start - 1)) {
            f.excluded = true; // "وقال ناشطان إن مسلحين قتلوا 20 رجلاً" (two activists said): speakers, not victims
        }
        Figure whole = f.end + 2 < doc.size() && doc.isWord(f.end, "من") && doc.isWord(f.end + 1, PhraseWords.OF_TOTAL)
                ? startingAt[f.end + 2] : null;
        if (f.stated == null && whole != null && whole.stated != null && whole.count > f.count) {
            // "611 مدنياً من أصل 1103 أشخاص قد لقوا مصرعهم" (611 civilians out of 1103 people died): the
            // verb after the whole befell the part too
            f.stated = whole.stated;
            f.statedAfter = true;
        }
        nearBefore(f, previousEnd);
        if (doc.has(f.end, Lexicon.TOLL)) {
            toll(f, f.end);
        } else if (f.bare && tollAfter(f.end) > 0) {
            // "rose to 13 the number of civilians who were killed", "it rose to 9 at least, the number of persons
            // who were killed", as SOHR's English has it
            toll(f, tollAfter(f.end));
        } else if (f.bare && f.marker >= 0 && f.tollOutcome == null) {
            for (int k = f.marker; k < f.marker + TOLL_REACH && k < doc.size() && doc.sameSentence(k, f.start); k++) {
                if (doc.has(k, Lexicon.TOLL)) {
                    toll(f, k);
                    break;
                }
            }
        }
        nearAfter(f);
        if (f.stated == null && f.nearBefore == null && f.tollOutcome == null && distributedBefore(f, previousEnd)) {
            f.refersBack = true;
        }
        f.excluded |= survived(f) || f.stated == null && eventAfter(f.end) || f.stated == null && leftOut(f);
    }

    private static final Set<String> ADDED_TO = Set.of("يضاف", "ويضاف", "تضاف", "وتضاف");

    /**
     * "وأوضح أن المقاتلين الموالين للنظام يتوزعون بين 28804 عناصر من القوات النظامية و18228 مسلحاً": the
     * dead counted before, split again; the first figure after the verb of distributing refers back to them
     * (the next ones follow it through و).
     */
    private boolean distributedBefore(Figure f, int previousEnd) {
        // "يضاف إليهم أكثر من 900 من الشبيحة" (to them are added more than 900 militiamen): more of the same dead
        for (int k = f.start - 1; k >= Math.max(previousEnd, f.start - 12) && doc.sameSentence(k, f.start); k--) {
            if (PartMarkers.DISTRIBUTED.contains(doc.token(k).norm()) || ADDED_TO.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The Arabic toll a verb of a relative clause at {@code k} belongs to ("عدد [المدنيين] الذين قتلوا"), or -1. */
    private int tollOfClause(int k) {
        if (k < 2 || !doc.isArabic(k) || doc.info(k).after() == null || !RELATIVES.contains(doc.token(k - 1).norm())) {
            return -1;
        }
        for (int j = k - 2; j >= Math.max(0, k - 4); j--) {
            if (doc.has(j, Lexicon.TOLL)) {
                return j;
            }
            Noun people = doc.noun(j);
            if (people == null || people.outcome() != null || people.others()) {
                return -1;
            }
        }
        return -1;
    }

    /** "لا تشمل" (does not include) and its kin: what a toll leaves out is not counted by it. */
    private static final Set<String> INCLUDES = Stream.of("تشمل", "يشمل", "تتضمن",
            "يتضمن", "تضم", "يضم", "تحتسب", "يحتسب", "تشتمل", "يشتمل", "include", "includes", "including", "count")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NOT = Stream.of("لا", "ولا", "لم", "ولم", "not",
            "doesn't", "don't").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** "أيضاً" (also), folded as the tokens are: the bare alef, no tanwin. */
    private static final String ALSO = ArabicNormalizer.normalize("أيضاً");

    /**
     * A figure a toll is said not to include, with no outcome of its own: "حصيلة الضحايا لا تشمل أكثر من 10
     * آلاف معتقل" (the toll does not include more than 10,000 detainees) counts no deaths; "لا تشمل 15 عنصراً
     * قتلوا" states its own and stays.
     */
    private boolean leftOut(Figure f) {
        for (int k = f.start - 1; k >= Math.max(1, f.start - 4) && doc.sameSentence(k, f.start); k--) {
            if (INCLUDES.contains(doc.token(k).norm())) {
                return NOT.contains(doc.token(k - 1).norm()) || doc.isWord(k - 1, ALSO) && NOT.contains(doc.token(k - 2).norm());
            }
            // between the verb and the figure only what it does not include may stand: "لا تشمل الحصيلة أيضاً 15"
            // ("(لا يشمل الشرطة) بلغ 114 مدنياً" leaves the police out, not the 114)
            if (!doc.token(k).isWord() || !doc.has(k, Lexicon.TOLL) && !doc.isWord(k, ALSO)
                    && !doc.token(k).norm().startsWith("ال")) {
                return false;
            }
        }
        return false;
    }

    /** Words between an English figure and the participle that says what befell its people. */
    private static final Set<String> PARTICIPLE_FILLERS = Set.of("were", "are", "was", "is",
            "have", "has", "had", "been", "remain", "remained", "still", "reportedly", "also", "more");

    /**
     * "about 119,400 people displaced", "two children were missing": an English participle right after the
     * figure names an event that is not a casualty, whatever the outcome of the clause before.
     */
    private boolean eventAfter(int from) {
        for (int k = from; k < from + 3 && k < doc.size() && doc.isLatin(k); k++) {
            if (doc.has(k, Lexicon.EVENT)) {
                return true;
            }
            if (!PARTICIPLE_FILLERS.contains(doc.token(k).norm())) {
                return false;
            }
        }
        return false;
    }

    /** Words after a figure that say its people lived: "a girl was found alive", "إخراج طفل حياً". */
    private boolean survived(Figure f) {
        for (int k = f.end; k < f.end + SURVIVED_REACH && k < doc.size() && doc.sameSentence(k, f.start); k++) {
            if (doc.has(k, Lexicon.ALIVE)) {
                // "قتل شاب ونجا آخر" (a young man was killed and another survived): the other lived
                Noun next = doc.noun(k + 1);
                return !(doc.hit(k).conjoined() && next != null && next.others());
            }
            if (doc.info(k).after() != null || doc.info(k).before() != null) {
                return false;
            }
        }
        return false;
    }

    /** "قتل وأصيب", "killed or injured": the cue before the figure is the second of two outcomes. */
    private boolean namesBothOutcomes(int cue, Outcome outcome) {
        int k = cue - 1;
        if (doc.isWord(k, "و") || doc.isWord(k, "او") || doc.isWord(k, "or") || doc.isWord(k, "and")) {
            k--;
        } else if (!doc.hit(cue).conjoined()) {
            return false;
        }
        return k >= 0 && doc.info(k).before() != null && doc.info(k).before() != outcome;
    }

    /** المعتقلين، المحتجزين (the detained), "the detainees": definite, as a toll names whom it counts. */
    private static final Set<String> DETAINEES = Stream.of("المعتقلين", "المعتقلون", "المعتقلات", "المحتجزين",
            "المحتجزون", "المحتجزات", "detainees").map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /** Whether the word at {@code k} names the detained as the people a toll, and the figure after it, counts. */
    private boolean detainedCounted(int k) {
        for (String form : Words.bareForms(doc.token(k).norm())) {
            if (DETAINEES.contains(form)) {
                // only as the people a toll word counts ("عدد المعتقلين", "عدد الأطفال المعتقلين"): "قتلوا تحت
                // التعذيب في المعتقلات، و31 بينهم 10 أطفال" names detention centres, and the 31 are dead (x05)
                return doc.info(k).before() == null && (doc.has(k - 1, Lexicon.TOLL)
                        || doc.noun(k - 1) != null && doc.has(k - 2, Lexicon.TOLL));
            }
        }
        return false;
    }

    private void nearBefore(Figure f, int previousEnd) {
        int reach = Math.max(NEAR, DOCUMENTED_REACH);
        int sentenceStart = f.start;
        // Only as far back as either search looks: a long sentence walked to its start for every figure is quadratic.
        while (sentenceStart > 0 && sentenceStart > f.start - reach && doc.sameSentence(sentenceStart - 1, f.start)) {
            sentenceStart--;
        }
        // the last item of a list joined by "and" may stand far from the cue that opens the list: "the deaths
        // of A, his cousin, B and four of his grandchildren"
        int near = f.conjoined && doc.isLatin(f.start) ? DOCUMENTED_REACH : NEAR;
        int limit = Math.max(Math.max(sentenceStart, previousEnd), f.start - near);
        for (int k = f.start - 1; k >= limit; k--) {
            WordInfo info = doc.info(k);
            if (victimOf(k)) {
                // "ذهب ضحية هذه المجازر 393 مدنياً" (393 civilians went as victims of these massacres): the
                // event in construct with ضحية is what killed them, not a count of its own
                f.nearBefore = Outcome.KILLED;
                break;
            }
            if (detainedCounted(k)) {
                // "بلغ عدد الأطفال المعتقلين 3155 طفلاً" (the number of children detained reached 3155): the
                // detained, alive, whatever the dead counted before; GOLD.md records killed and injured only
                f.excluded |= f.stated == null;
                break;
            }
            int clauseToll = tollOfClause(k);
            if (clauseToll >= 0) {
                // "عدد المدنيين الذين استشهدوا في تشرين الثاني (لا يشمل الشرطة) بلغ 114 مدنياً": the toll whose
                // relative clause says what befell its people, however far its figure stands
                toll(f, clauseToll);
                break;
            }
            Outcome included = includedAmong(k);
            if (included != null) {
                // "The victims included 74 children and 40 women": parts of the dead counted before
                f.nearBefore = included;
                f.amongTheDead = true;
                break;
            }
            if (AND_THE_INJURIES.contains(doc.token(k).norm()) && f.start == k + 2 && doc.isWord(k + 1, PhraseWords.TO)
                    && previousEnd > sentenceStart) {
                // "ارتفع إجمالي الشهداء إلى ألف و996، والإصابات إلى 14 ألفًا و898": injuries counted as cases, the
                // second toll sharing the verb of the first as "والجرحى إلى" does
                f.tollOutcome = Outcome.INJURED;
                break;
            }
            if (info.before() != null) {
                f.nearBefore = info.before();
                f.amongTheDead |= doc.isLatin(k) && amongThe(k); // "Among those killed were 12 children"
                if (k > 0 && RELATIVES.contains(doc.token(k - 1).norm()) || participleOfToll(k)) {
                    continue; // "the number of people who were killed rose to 31": the toll is further back
                }
                break;
            }
            boolean dead = info.noun() != null && info.noun().outcome() != null && !info.noun().others();
            if (dead && doc.isLatin(k) && amongThe(k)) {
                // "Among the dead were 12 children": parts of the dead counted before, as من بين القتلى is
                f.nearBefore = info.noun().outcome();
                f.amongTheDead = true;
                break;
            }
            if (dead && !doc.hit(k).definite() && doc.isArabic(k) && (doc.isWord(k - 1, "بين") || doc.isWord(k - 1, "ضمن"))
                    && k + 1 < f.start && doc.isArabic(k + 1) && doc.token(k + 1).norm().startsWith("ال")) {
                // "من بين قتلى الأمس 119 شخصاً" (among yesterday's dead, 119 persons): the dead in construct
                f.nearBefore = info.noun().outcome();
                f.amongTheDead = true;
                break;
            }
            if (dead && !doc.hit(k).definite() && tollInConstruct(k, f)) {
                f.tollOutcome = info.noun().outcome();
                break;
            }
            if (dead && doc.hit(k).definite()) {
                if (doc.hit(k).conjoined() && f.start == k + 2 && doc.isWord(k + 1, PhraseWords.TO)
                        && previousEnd > sentenceStart) {
                    // "ارتفع عدد الشهداء إلى 2350، والجرحى إلى 10906": the second toll shares the verb of the first
                    f.tollOutcome = info.noun().outcome();
                    break;
                }
                if (doc.has(f.end - 1, Lexicon.DISPLACED) && !amongThe(k)) {
                    break; // "مخلفة آلاف الضحايا وأكثر من 12 مليون نازح": the displaced beside the dead, alive
                }
                // "من بين القتلى 149 مدنياً" (among the dead, 149 civilians): the dead named before their count
                f.amongTheDead |= amongThe(k);
                Noun among = doc.noun(k - 1);
                if (f.group == Group.PERSON && doc.isArabic(k) && among != null && among.outcome() == null
                        && among.group() != Group.PERSON && doc.hit(k - 1).definite()
                        && (doc.isWord(k - 2, "بين") || doc.isWord(k - 2, "ضمن"))) {
                    // "من بين الأطفال القتلى 8 أشقاء" (among the children killed, 8 siblings): the siblings are
                    // children, counted among them as a documenter records them
                    f.group = among.group();
                    f.amongTheDead = true;
                }
                int j = k - 1;
                Noun other = doc.noun(j);
                if (other != null && other.outcome() != null && other.outcome() != info.noun().outcome()) {
                    f.excluded |= f.stated == null; // "القتلى والجرحى" (the killed and the injured) together
                    j--;
                }
                j = tollOfPart(j, limit);
                if (j > limit && !doc.has(j, Lexicon.TOLL) && TOTAL.contains(doc.token(j).norm())
                        && doc.has(j - 1, Lexicon.TOLL)) {
                    j--; // "الحصيلة الإجمالية للشهداء" (the overall toll of the martyrs)
                }
                if (doc.has(j, Lexicon.TOLL)) {
                    toll(f, j);
                } else {
                    f.nearBefore = info.noun().outcome();
                }
                break;
            }
            if (doc.has(k, Lexicon.EVENT)) {
                f.excluded |= f.stated == null;
                break;
            }
            if (doc.has(k, Lexicon.TOLL)) {
                toll(f, k);
                break;
            }
        }
        // a bare English number takes no outcome from a cue near it, so the toll it completes is looked for
        // even past one: "The number of civilians who were killed by shells on the city has risen to 8"
        if ((f.nearBefore == null || f.bare && f.latin(doc)) && f.tollOutcome == null && !f.excluded) {
            farToll(f, Math.max(Math.max(sentenceStart, previousEnd), f.start - TOLL_REACH), limit);
        }
        if (f.nearBefore == null && f.tollOutcome == null && !f.excluded && !f.bare) {
            f.nearBefore = verbOpening(sentenceStart, previousEnd, limit);
        }
        for (int k = f.start - 1; k >= Math.max(sentenceStart, f.start - DOCUMENTED_REACH); k--) {
            if (doc.has(k, Lexicon.DOC)) {
                f.documented = true;
                break;
            }
        }
    }

    /** ضحية (victim), folded as its tokens are. */
    private static final String VICTIM = ArabicNormalizer.normalize("ضحية");

    /** Demonstratives between ضحية and the event it is in construct with: "ضحية هذه المجازر". */
    private static final Set<String> DEMONSTRATIVES = Stream.of("هذه", "هذا", "تلك",
            "ذلك", "هذين", "هاتين").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Whether {@code k} is what the bare singular ضحية is in construct with ("ضحية القصف", "ضحية هذه المجازر"):
     * the figure after it counts the victims, the dead. With a pronoun (ضحيتها) it is a cue of the lexicon.
     */
    private boolean victimOf(int k) {
        if (!doc.isArabic(k) || !doc.token(k).norm().startsWith("ال")) {
            return false;
        }
        int j = k > 0 && DEMONSTRATIVES.contains(doc.token(k - 1).norm()) ? k - 2 : k - 1;
        return doc.isWord(j, VICTIM);
    }

    /**
     * "ارتفاع قتلى الكوادر الطبية خلال الحرب إلى 231" (the dead of the medical staff rose to 231): the dead
     * named without the article are definite by the noun after them, and the figure after إلى is their toll.
     */
    private boolean tollInConstruct(int k, Figure f) {
        return doc.isArabic(k) && k + 1 < f.start && doc.token(k + 1).norm().startsWith("ال")
                && doc.isWord(f.start - 1, PhraseWords.TO);
    }

    /** Words that open a sentence with its source ("وبحسب مصادر محلية،") before the verb. */
    private static final Set<String> ATTRIBUTION = Stream.of("وبحسب", "بحسب", "حسب",
            "وحسب", "ووفق", "وفق", "وفقا", "ووفقا", "ووفقاً", "وفقاً").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "استشهد، بأقل من 24 ساعة، منذ الليلة الماضية وفجر اليوم، تسعة مواطنين" (killed, in under 24 hours, since
     * last night and this morning, were nine citizens): Arabic puts the verb first and its subject after
     * the adverbs, further than a cue is looked for. Only a verb (a word that is a cue before and after a
     * figure: استشهد، قتل، قضى, never the noun مقتل) opening the sentence, with no figure between.
     */
    private Outcome verbOpening(int sentenceStart, int previousEnd, int limit) {
        int k = sentenceStart;
        while (k < limit && !doc.token(k).isWord()) {
            k++; // the line break or quote a sentence opens with after a full stop
        }
        if (doc.isWord(k, "و") || doc.isWord(k, "كما")) {
            k++;
        }
        if (ATTRIBUTION.contains(doc.token(k).norm())) {
            // "وبحسب مصادر محلية، استشهد المواطن X … مع ثمانية من أبنائه": the source first, then the verb
            for (int j = k + 1; j < Math.min(limit, k + 8); j++) {
                if (doc.isWord(j, "،") || doc.isWord(j, ",")) {
                    k = j + 1;
                    break;
                }
            }
        }
        if (k >= limit || k < previousEnd || !doc.isArabic(k) || doc.info(k).before() == null
                || doc.info(k).after() != doc.info(k).before() || startingAt[k] != null) {
            return null;
        }
        return doc.info(k).before();
    }

    private static final Set<String> INCLUDED = Set.of("included", "include", "includes",
            "including");

    /**
     * "the victims included", "the dead include", "those killed included": the people counted after it are
     * among the dead (or wounded) named before it. Their outcome, else null.
     */
    private Outcome includedAmong(int k) {
        if (k < 2 || !doc.isLatin(k) || !INCLUDED.contains(doc.token(k).norm())) {
            return null;
        }
        if ((doc.isWord(k - 1, "toll") || doc.isWord(k - 1, "tally")) && (doc.isWord(k - 2, "death") || doc.isWord(k - 2, "the"))) {
            return Outcome.KILLED; // "the death tally included 100,973 civilians": parts of the dead counted before
        }
        Noun noun = doc.noun(k - 1);
        // "the reported victims include 21 men …": an adjective of the dead may stand after "the"
        boolean the = doc.isWord(k - 2, "the") || k >= 3 && doc.isWord(k - 3, "the") && doc.isLatin(k - 2)
                && doc.token(k - 2).isWord() && doc.noun(k - 2) == null && !doc.has(k - 2, Lexicon.STOP);
        if (noun != null && noun.outcome() != null && !noun.others() && the) {
            return noun.outcome();
        }
        Outcome verb = doc.info(k - 1).after();
        return verb != null && (doc.isWord(k - 2, "those") || doc.isWord(k - 2, "people")) ? verb : null;
    }

    /**
     * "عدد الأطفال من مجمل الضحايا 33" (the number of children of all the victims, 33): the toll of a part,
     * written before the dead it is part of. The index of its toll word, else {@code j}.
     */
    private int tollOfPart(int j, int limit) {
        int k = j;
        while (k > limit && (TOTAL.contains(doc.token(k).norm()) || doc.isWord(k, "من"))) {
            k--;
        }
        if (k < j && doc.noun(k) != null && doc.noun(k).outcome() == null && doc.has(k - 1, Lexicon.TOLL)) {
            return k - 1;
        }
        return j;
    }

    /** "the number of civilians killed", "the number of injured": an English participle that says what a toll counts. */
    private boolean participleOfToll(int k) {
        if (!doc.isLatin(k) || k < 2) {
            return false;
        }
        int of = doc.isWord(k - 1, "of") ? k - 1 : doc.noun(k - 1) != null && doc.isWord(k - 2, "of") ? k - 2 : -1;
        return of > 0 && doc.has(of - 1, Lexicon.TOLL);
    }

    /**
     * A toll that names its outcome further back than a cue is looked for: "وبلغ عدد القتلى … منذ بدء
     * الهجوم على المدينة، 75 شخصاً" (the number of the dead … since the attack on the city began reached 75).
     * Stops at anything that opens another statement: a cue, an event, a figure before.
     */
    private void farToll(Figure f, int from, int to) {
        boolean clause = false;
        for (int k = to - 1; k >= from; k--) {
            WordInfo info = doc.info(k);
            if (info.before() != null && k > 0 && RELATIVES.contains(doc.token(k - 1).norm())) {
                // "The number of civilians who were killed … has risen to 6", "عدد المدنيين الذين استشهدوا في
                // تشرين الثاني … بلغ 114 مدنياً": the clause of the toll
                clause = true;
                continue;
            }
            if (info.before() != null && participleOfToll(k)) {
                continue; // "The number of civilians killed was 685", "the number of injured was 181"
            }
            if (info.before() != null || doc.has(k, Lexicon.EVENT) || startingAt[k] != null) {
                return;
            }
            if (doc.has(k, Lexicon.TOLL)) {
                Noun named = doc.noun(TOTAL.contains(doc.token(Math.min(k + 1, doc.size() - 1)).norm()) ? k + 2 : k + 1);
                // English names its people first and what befell them in a clause after ("the number of
                // civilians who were killed"), which the toll's own reading takes
                if (named != null && named.outcome() != null && !named.others()
                        || doc.isLatin(k) && (f.bare || doc.isWord(k - 1, "death")) || clause && doc.isArabic(k)) {
                    toll(f, k);
                }
                return;
            }
        }
    }

    /** A verb after the figure, past the parts it lists and the figures joined to it by و. */
    private void nearAfter(Figure f) {
        int k = f.end;
        int limit = f.end + AFTER_REACH;
        while (k < limit && k < doc.size() && doc.sameSentence(k, f.start)) {
            if (k == f.end && relativeClause(k)) {
                k = clauseEnd(k + 2, limit); // "a guard, who had just arrived, was injured"
                continue;
            }
            Figure next = startingAt[k];
            if (next != null && next != f) {
                if (among(next)) {
                    // "a family of five were among the 23 people killed": the outcome of the figure they are among
                    f.nearAfter = next.stated;
                    return;
                }
                boolean apposed = next.start == f.end + 1 && listMark(f.end); // "Three civilians, a woman and her sons, were"
                if (!next.conjoined && f.marker < 0 && !next.oneOf && !next.bare && !next.partitive && !apposed) {
                    return;
                }
                k = Math.max(next.end, k + 1);
                continue;
            }
            WordInfo.Hit hit = doc.hit(k);
            Noun among = hit.info().noun();
            if (among != null && among.outcome() != null && !among.others() && amongThe(k)) {
                // "رضيعين كانا من بين القتلى" (two infants were among the dead), "were among the wounded"
                f.nearAfter = among.outcome();
                return;
            }
            if (hit.info().after() != null && !hit.conjoined()) {
                if (hit.info().before() == null || k + 1 >= doc.size() || startingAt[k + 1] == null) {
                    f.nearAfter = hit.info().after();
                }
                return;
            }
            if (hit.info().before() != null || doc.has(k, Lexicon.EVENT)) {
                return;
            }
            k++;
        }
    }

    /**
     * The outcome an Arabic relative clause after a toll names within a few words, stopping at a comma, a
     * number or the sentence's end: "الذين قتلوا", "الذين وثق المرصد استشهادهم". Null if none.
     */
    private Outcome relativeClauseOutcome(int from) {
        for (int k = from; k < from + CLAUSE_WORDS && k < doc.size() && doc.sameSentence(k, from - 1); k++) {
            Token t = doc.token(k);
            if (t.is("،") || t.is(",") || t.kind() == Token.Kind.NUMBER || startingAt[k] != null) {
                return null;
            }
            WordInfo info = doc.info(k);
            if (info.after() != null) {
                return info.after();
            }
            if (info.before() != null) {
                return info.before();
            }
        }
        return null;
    }

    /** ", who …": an English relative clause, whose words say nothing of the figure's outcome. */
    private boolean relativeClause(int k) {
        return doc.isWord(k, ",") && (doc.isWord(k + 1, "who") || doc.isWord(k + 1, "which"));
    }

    /** The token after the comma that closes a relative clause, or {@code limit}. */
    private int clauseEnd(int from, int limit) {
        for (int k = from; k < limit && k < doc.size(); k++) {
            if (doc.isWord(k, ",")) {
                return k + 1;
            }
        }
        return limit;
    }

    /** The word at {@code k} follows بين/"among the": "من بين القتلى", "among the dead". */
    private boolean amongThe(int k) {
        return doc.hit(k).definite() && (doc.isWord(k - 1, "بين") || doc.isWord(k - 1, "ضمن"))
                || (doc.isWord(k - 1, "the") || doc.isWord(k - 1, "those")) && doc.isWord(k - 2, "among");
    }

    /** A figure written after "among" ("were among the 23 people killed") that states its outcome. */
    private boolean among(Figure next) {
        int k = doc.isWord(next.start - 1, "the") ? next.start - 2 : next.start - 1;
        return doc.isWord(k, "among") && next.stated != null && !doc.isArabic(k);
    }

    private boolean listMark(int k) {
        return doc.isWord(k, ",") || doc.isWord(k, "-") || doc.isWord(k, "–") || doc.isWord(k, ":");
    }

    /** Reads "عدد الشهداء المدنيين" (number of civilian martyrs), "death toll", "number of civilians killed". */
    private void toll(Figure f, int at) {
        if (doc.isWord(at - 1, "death")) {
            f.tollOutcome = Outcome.KILLED;
        }
        Outcome named = null;
        boolean grouped = false;
        for (int k = at + 1; k < at + TOLL_WORDS && k < doc.size(); k++) {
            Token t = doc.token(k);
            if (doc.isArabic(k) && RELATIVES.contains(t.norm())) {
                Outcome clause = relativeClauseOutcome(k + 1);
                if (clause != null) {
                    // "عدد المواطنين الذين وثق المرصد استشهادهم" (the number of citizens whose martyrdom the
                    // observatory documented): the clause says what befell them
                    f.tollOutcome = clause;
                    break;
                }
            }
            if (t.is("of") || t.is("the") || t.is("those") || t.is("من") || RELATIVES.contains(t.norm())
                    || TOTAL.contains(t.norm())) {
                continue; // "عدد الأشخاص الذين قضوا" (the number of people who died), "people who were killed"
            }
            Noun noun = doc.noun(k);
            WordInfo info = doc.info(k);
            if (grouped && named == null && doc.isArabic(k) && t.norm().startsWith("ال")
                    && (info == WordInfo.NONE || noun != null && noun.outcome() == null && !noun.others()
                    && (noun.group() == f.group || noun.group() == Group.PERSON))) {
                // "عدد المواطنين السوريين المدنيين" (the number of Syrian civilian citizens): the adjectives
                // after the people a toll counts, before what befell them
                continue;
            }
            if (noun != null && noun.outcome() != null && !noun.others()) {
                if (named != null && named != noun.outcome()) {
                    // "حصيلة القتلى والجرحى" (the toll of the killed and the injured): the split is unknown,
                    // unless the figure names its own ("… والجرحى إلى 3136 شهيداً و13979 جريحاً")
                    f.excluded |= f.stated == null;
                }
                named = noun.outcome();
                f.tollOutcome = noun.outcome();
            } else if (noun != null && !noun.others() && (f.inheritsGroup || f.group == Group.PERSON)) {
                f.group = noun.group();
                f.inheritsGroup = false;
                grouped = true;
            } else if (noun != null && !noun.others() && noun.outcome() == null && noun.group() == f.group) {
                grouped = true; // "عدد المدنيين الذين استشهدوا … بلغ 114 مدنياً": the people the figure names again
            } else if (doc.has(k, Lexicon.ORG) && noun == null && (doc.isWord(k - 1, "من") || named != null
                    && doc.noun(k - 1) != null) && (f.inheritsGroup || f.group == Group.PERSON)) {
                // "أعداد القتلى من الفصائل", "العدد الإجمالي لقتلى القوات الأمنية" (the dead of the security forces)
                f.group = Group.FIGHTER; // "أعداد القتلى من الفصائل المسلحة" (the dead of the armed factions)
                f.inheritsGroup = false;
                break;
            } else if (info.after() != null) {
                f.tollOutcome = info.after();
            } else {
                break;
            }
        }
        if (f.tollOutcome == null && named == null && f.bare && !doc.isWord(at, "toll")
                && (doc.isWord(at - 1, "the") || doc.isWord(at, "العدد"))) {
            // "some estimates report the number to have crossed 1,000": the number of the figure before
            f.refersBack = true;
        }
        if (f.tollOutcome == null && named == null && (doc.isWord(at, "حصيلة") || doc.isWord(at, "الحصيلة")
                || doc.isWord(at, "toll"))) {
            // a toll (ḥaṣīla) with no outcome named after it is a toll of the dead
            f.tollOutcome = Outcome.KILLED;
        }
        if (f.inheritsGroup && f.tollOutcome != null) {
            f.group = Group.PERSON;
            f.inheritsGroup = false;
        }
    }
}
