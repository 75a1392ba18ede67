package org.marsad.link.name;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.marsad.text.SpellingFolding;

/**
 * Splits a written name into the tokens of its parts: Arabic letters folded, Latin letters lowered to
 * ASCII, and the particles that are not names on their own joined to their neighbour or dropped.
 */
public final class NameTokens {

    /** Particles that belong to the following word: عبد (ʿabd, servant of), أبو (abū, father of), أم (umm, mother of), a lone article ال. */
    private static final Set<String> JOIN_NEXT = Set.of(
            "عبد", "ابو", "ام", "ال",
            "abd", "abdul", "abdel", "abdal", "abdol", "abdu",
            "abu", "abou", "abo", "umm", "um",
            // أبو as machine romanization of unvocalized Arabic writes it, letter by letter ("Abw-jzr"): left a
            // part of its own, a two-word family name pushed the father into the grandfather's place (issue 13's
            // blind lists: 430 of the 545 missed pairs beside the letter-by-letter Latin list)
            "abw");

    /** Latin spellings of the article al- including its sun-letter assimilations (ash-, ad-, an-, …); all become "al". */
    private static final Set<String> LATIN_ARTICLE = Set.of(
            "al", "el", "il", "ul", "as", "ash", "es", "esh", "ad", "ed", "an", "en", "ar", "er", "at", "et",
            "az", "ez", "ath", "adh", "ud", "ut", "us", "un", "ur", "uz", "l");

    /**
     * Second halves of theophoric names that belong to the word before, with the one spelling each Latin
     * form takes: الله (Allāh) and الدين (al-dīn, of the faith); Nour Eddine is Nour al-Din.
     */
    private static final Map<String, String> JOIN_PREVIOUS = Map.ofEntries(
            Map.entry("الله", "الله"), Map.entry("الدين", "الدين"),
            Map.entry("allah", "allah"), Map.entry("ullah", "allah"), Map.entry("illah", "allah"),
            Map.entry("ellah", "allah"), Map.entry("alah", "allah"),
            Map.entry("aldin", "aldin"), Map.entry("aldeen", "aldin"), Map.entry("aldine", "aldin"),
            Map.entry("din", "aldin"), Map.entry("deen", "aldin"), Map.entry("dine", "aldin"),
            Map.entry("eddin", "aldin"), Map.entry("eddine", "aldin"), Map.entry("uddin", "aldin"),
            Map.entry("addin", "aldin"), Map.entry("eldin", "aldin"), Map.entry("edine", "aldin"),
            Map.entry("edin", "aldin"),
            // written without short vowels, as machine romanization of unvocalized Arabic does: Nwr El-dyn,
            // Abd-al-lh
            Map.entry("aldyn", "aldin"), Map.entry("allh", "allah"));

    /** Latin abbreviations of محمد: "Moh.", "Mohd". */
    private static final Set<String> MUHAMMAD = Set.of("moh", "mohd", "muhd", "mhd");

    /** أبو and أم before a name (a kunya or a family name: أبو النجا), in both scripts. */
    private static final Set<String> KUNYA = Set.of("ابو", "ام", "abu", "abou", "abo", "abw", "umm", "um");

    /** Lineage markers ابن/بن/بنت (ibn/bin/bint, son/daughter of) that separate parts but are not names. */
    private static final Set<String> LINEAGE = Set.of("ابن", "بن", "بنت", "bin", "ben", "ibn", "bint", "binte");

    /**
     * Words that open the name of a victim recorded by kinship, without a name of their own ("زوجة محمد
     * أحمد", "Child of Muhammad Ahmad"): the rest is the relative's name. Each kinship becomes one token
     * shared by both scripts and unlike any name, so "wife of X" meets "زوجة X" but never X, and never a
     * named woman. Folded Arabic spellings.
     */
    private static final Map<String, String> KINSHIP = Map.ofEntries(
            Map.entry("زوجه", "xwife"), Map.entry("wife", "xwife"),
            Map.entry("زوج", "xhusband"), Map.entry("husband", "xhusband"),
            Map.entry("طفل", "xchild"), Map.entry("طفله", "xchild"), Map.entry("child", "xchild"),
            Map.entry("رضيع", "xchild"), Map.entry("رضيعه", "xchild"), Map.entry("baby", "xchild"),
            Map.entry("infant", "xchild"),
            Map.entry("ابن", "xson"), Map.entry("son", "xson"),
            Map.entry("ابنه", "xdaughter"), Map.entry("بنت", "xdaughter"), Map.entry("daughter", "xdaughter"),
            Map.entry("والده", "xmother"), Map.entry("mother", "xmother"),
            // a name opening with أم or Ibn is a kunya or a description: "أم سمير" is Umm Samir, Samir's mother
            Map.entry("ام", "xmother"), Map.entry("umm", "xmother"), Map.entry("um", "xmother"),
            Map.entry("oum", "xmother"), Map.entry("ibn", "xson"), Map.entry("bint", "xdaughter"),
            Map.entry("والد", "xfather"), Map.entry("father", "xfather"),
            Map.entry("اخ", "xbrother"), Map.entry("شقيق", "xbrother"), Map.entry("brother", "xbrother"),
            Map.entry("اخت", "xsister"), Map.entry("شقيقه", "xsister"), Map.entry("sister", "xsister"),
            Map.entry("حفيد", "xgrandchild"), Map.entry("حفيده", "xgrandchild"),
            Map.entry("grandson", "xgrandchild"), Map.entry("granddaughter", "xgrandchild"),
            Map.entry("grandchild", "xgrandchild"),
            // "his daughter", "her son" before the parent's name
            Map.entry("ابنته", "xdaughter"), Map.entry("ابنتها", "xdaughter"), Map.entry("ابنها", "xson"),
            Map.entry("زوجته", "xwife"), Map.entry("زوجها", "xhusband"), Map.entry("طفلها", "xchild"),
            Map.entry("طفلته", "xchild"), Map.entry("بنتها", "xdaughter"),
            // records of several victims, or of one not named: "أبناء إبراهيم", "A member of the X family"
            Map.entry("ابناء", "xchildren"), Map.entry("ابنا", "xchildren"), Map.entry("اطفال", "xchildren"),
            Map.entry("بنات", "xchildren"), Map.entry("children", "xchildren"), Map.entry("sons", "xchildren"),
            Map.entry("daughters", "xchildren"), Map.entry("kids", "xchildren"),
            Map.entry("عايله", "xfamily"), Map.entry("عايلته", "xfamily"), Map.entry("اسره", "xfamily"),
            Map.entry("family", "xfamily"), Map.entry("فرد", "xmember"), Map.entry("member", "xmember"),
            Map.entry("مجهول", "xunknown"), Map.entry("مجهوله", "xunknown"), Map.entry("unidentified", "xunknown"),
            Map.entry("unknown", "xunknown"), Map.entry("unnamed", "xunknown"), Map.entry("امراه", "xunknown"),
            Map.entry("قريب", "xrelative"), Map.entry("قريبه", "xrelative"), Map.entry("cousin", "xrelative"),
            Map.entry("nephew", "xrelative"), Map.entry("niece", "xrelative"), Map.entry("relative", "xrelative"));

    /** Words inside a kinship description that are not the relative's name: "from the Aslim family". */
    private static final Set<String> DESCRIPTION = Set.of("of", "from", "a", "an", "the", "and", "family", "من", "و",
            "عايله", "بيت", "woman", "man", "girl", "boy", "امراه", "رجل", "فتاه", "الهويه", "body", "جثه", "شهيد", "شهيده");

    /**
     * Arabic kinship words with a pronoun (زوجته, his wife; ابنها, her son), with the sex of the relative
     * the pronoun stands for, named in the list's record before. What follows such a word is most often
     * the victim's own name ("زوجته سلمى الحسن" is Salma al-Hasan, his wife), and the relative's only when
     * it is a name of the relative's sex alone ("ابنته خليل النجار", his daughter, Khalil al-Najjar's).
     * Folded spellings (ة is written ه).
     */
    private static final Map<String, Boolean> POSSESSIVE_KINSHIP = Map.of(
            "زوجته", true, "ابنته", true, "طفلته", true,
            "زوجها", false, "ابنها", false, "ابنتها", false, "بنتها", false, "طفلها", false);

    /**
     * Spouses in the construct state (زوجة محمد, Muhammad's wife): the relative is of the other sex, so a
     * name of the victim's own sex alone after the word is hers ("زوجة الأسير المحرر سلمى", the freed
     * prisoner's wife Salma). True when the relative is a man.
     */
    private static final Map<String, Boolean> SPOUSE = Map.of("زوجه", true, "زوج", false);

    /**
     * Kinship words written after a victim's own name, which the rest describes: "سلمى زوجة محمد" is Salma,
     * Muhammad's wife. Folded spellings (ابنه is ابنة, daughter).
     */
    private static final Set<String> KINSHIP_AFTER_NAME = Set.of("زوجه", "ابنه");

    /** Separators between a victim's own name and a description of them: "Salma.. wife of Ali", "سلمى، زوجة علي". */
    private static final java.util.regex.Pattern SEGMENTS = java.util.regex.Pattern.compile("\\.{2,}|[،,]");

    /**
     * A kunya marked as an alias with backquotes or asterisks, closed or running to the end: "Khalil
     * Nassar `Abu Samir`", "خليل نصار `ابو سمير", "*Abu Rami*". Other marked words stay (a family name
     * marked so: "Yusuf `Al-Haddad`"); the marks themselves are dropped.
     */
    private static final java.util.regex.Pattern MARKED_KUNYA = java.util.regex.Pattern.compile(
            "[`*]\\s*(?:أبو|ابو|أم|ام|Abu|Abou|Abo|Umm|Um)[\\s-][^`*]*[`*]?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words that say a victim was not identified, wherever they stand in the record. */
    private static final Set<String> UNNAMED = Set.of("مجهول", "مجهوله", "unidentified", "unknown", "unnamed");

    /**
     * Titles and descriptions written before a name, not part of it: الدكتور محمد is Dr. Muhammad,
     * الحاج is Hajj, الطفل محمد "the child Muhammad", الأم آمنة "the mother Amna" (with the article: أم آمنة
     * is a kinship, Amna's mother). Folded Arabic spellings and lower-case Latin.
     */
    private static final Set<String> TITLES = Set.of(
            "الدكتور", "الدكتوره", "دكتور", "د", "الطبيب", "الطبيبه", "الحاج", "الحج", "الحاجه", "حاج", "الشيخ",
            "شيخ", "المهندس", "المهندسه", "م", "ا", "الاستاذ", "الاستاذه", "الشهيد", "الشهيده", "الصحفي", "الصحفيه",
            "المسعف", "الممرض", "الممرضه", "الاسير", "المحرر", "الطفل", "الطفله", "الرضيع", "الرضيعه", "الصهر",
            "السيد", "السيده", "الابن", "الابنه", "الام", "الاب", "الجد", "الجده", "الزوج", "الزوجه", "الحكيم",
            "dr", "doctor", "hajj", "haj", "hajja", "hajjah", "haja", "sheikh", "shaikh", "sheik", "eng", "engineer",
            "mr", "mrs", "ms", "miss", "prof", "professor", "martyr", "journalist", "paramedic", "nurse");

    /** "Khaled's child", "Abdul Salam Siraj's sister": a kinship written after the relative's name. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(
            "^(.+?)['’]s\\s+(?:(?:female|male|little|infant|baby|first|second|third|fourth|fifth|eldest|oldest|youngest"
            + "|older|younger)\\s+)*([A-Za-z]+)\\b(.*)$");

    /** Aliases and notes in brackets: "Harbi Rabah Jarada (Abou Rabah)", "(unnamed)". */
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[(\\[{][^)\\]}]*[)\\]}]?");

    private static final Set<String> KINSHIP_TOKENS = Set.copyOf(KINSHIP.values());

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Compiled once: String.split compiles its expression on every call, twice per record linked. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Folded letters of each written word seen; names repeat their words, and transliterating is slow. */
    private static final ConcurrentHashMap<String, String[]> LETTERS = new ConcurrentHashMap<>();

    private NameTokens() {
    }

    /** The tokens of a name as written; empty when it holds no letters. */
    public static List<String> of(String name) {
        String written = name;
        // most names hold no marks, brackets, separators or apostrophes: the regular expressions are skipped for them
        if (written.indexOf('`') >= 0 || written.indexOf('*') >= 0) {
            written = MARKED_KUNYA.matcher(written).replaceAll(" ").replace('`', ' ').replace('*', ' ');
        }
        if (written.indexOf('(') >= 0 || written.indexOf('[') >= 0 || written.indexOf('{') >= 0) {
            written = withoutBrackets(written);
        }
        if (written.contains("..") || written.indexOf('،') >= 0 || written.indexOf(',') >= 0) {
            written = ownNameOf(written);
        }
        if (written.indexOf('\'') >= 0 || written.indexOf('’') >= 0) {
            java.util.regex.Matcher possessive = POSSESSIVE.matcher(written.trim());
            if (possessive.matches() && KINSHIP.containsKey(possessive.group(2).toLowerCase(Locale.ROOT))) {
                String after = possessive.group(3).trim();
                // "Dr. Rana Haddad's daughter Lina": the name after the kinship is the victim's own
                written = !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && after.indexOf('\'') < 0
                        && after.indexOf('’') < 0 ? after : possessive.group(2) + " " + possessive.group(1);
            }
        }
        List<String> raw = new ArrayList<>();
        for (String word : SPACES.split(written.trim())) {
            for (String letters : LETTERS.computeIfAbsent(word, NameTokens::letters)) {
                raw.add(letters);
            }
        }
        while (raw.size() >= 2 && TITLES.contains(raw.get(0))) {
            raw.remove(0);
        }
        if (raw.size() >= 2 && (raw.get(raw.size() - 1).equals("family")
                || raw.size() >= 3 && raw.get(raw.size() - 1).equals("member") && raw.get(raw.size() - 2).equals("family"))) {
            // "Al Silak family member", "the Aslim family": the family, not a person's name
            raw.removeIf(word -> word.equals("family") || word.equals("member"));
            raw.add(0, "member");
        }
        if (!raw.isEmpty() && !KINSHIP.containsKey(raw.get(0)) && raw.stream().anyMatch(UNNAMED::contains)) {
            // "رجل مجهول الهوية", "Body of an unknown man": a description wherever the word stands
            raw.removeIf(UNNAMED::contains);
            raw.add(0, "unknown");
        }
        if (raw.size() >= 3 && ARTICLES.contains(raw.get(0)) && KINSHIP.containsKey(raw.get(1))) {
            raw.remove(0); // "A member from …", "The wife of …"
        }
        if (!raw.isEmpty() && KINSHIP.containsKey(raw.get(0))) {
            return kinshipOrOwnName(raw);
        }
        return joinParticles(beforeKinship(raw));
    }

    /**
     * A name whose brackets hold asides ("Harbi Jarada (Abou Rabah)") without them. Arabic copied between
     * programs often has its brackets mirrored ("(خليل أبو حية (أبو سمير" for "خليل أبو حية (أبو سمير)"):
     * when leaving out what they hold would leave no name, an opening bracket at the start is read as
     * that closing one, and failing that the brackets alone are left out.
     */
    private static String withoutBrackets(String written) {
        String without = BRACKETS.matcher(written).replaceAll(" ");
        if (hasLetters(without)) {
            return without;
        }
        String trimmed = written.strip();
        if (!trimmed.isEmpty() && "([{".indexOf(trimmed.charAt(0)) >= 0) {
            String mirrored = BRACKETS.matcher(trimmed.substring(1)).replaceAll(" ");
            if (hasLetters(mirrored)) {
                return mirrored;
            }
        }
        return written.replaceAll("[()\\[\\]{}]", " ");
    }

    private static boolean hasLetters(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    /**
     * A name written with a description beside it, apart by ".." or a comma ("Salma Haddad.. wife of Ali",
     * "زوجة علي.. سلمى حداد"): the parts that do not open with a kinship; the whole when all do or none does.
     */
    private static String ownNameOf(String written) {
        String[] segments = SEGMENTS.split(written);
        if (segments.length < 2 || POSSESSIVE.matcher(segments[segments.length - 1].trim()).matches()) {
            // "Rami Haddad.. Abu Ali's wife": a kinship at the end is of the whole name
            return written;
        }
        List<String> own = new ArrayList<>(segments.length);
        for (String segment : segments) {
            List<String> tokens = of(segment);
            if (!tokens.isEmpty() && !KINSHIP_TOKENS.contains(tokens.get(0))) {
                own.add(segment);
            }
        }
        return own.isEmpty() || own.size() == segments.length ? written : String.join(" ", own);
    }

    /**
     * The tokens of a name that opens with a kinship: the kinship's token and the relative's name, or the
     * victim's own name when the words say the name after the kinship is hers ({@link #POSSESSIVE_KINSHIP},
     * {@link #SPOUSE}). An "unnamed" or "infant" before the kinship gives way to it ("Unnamed son of Ali",
     * "Infant son of Sara").
     */
    private static List<String> kinshipOrOwnName(List<String> raw) {
        String kinship = KINSHIP.get(raw.get(0));
        int next = 1;
        while (next < raw.size() && KINSHIP.containsKey(raw.get(next)) && !LINEAGE.contains(raw.get(next))
                && (kinship.equals("xunknown") || kinship.equals("xchild"))) {
            kinship = KINSHIP.get(raw.get(next));
            next++;
        }
        if (next < raw.size() && (kinship.equals("xunknown") || kinship.equals("xchild"))
                && LINEAGE.contains(raw.get(next)) && raw.get(next).equals("ابن")) {
            kinship = "xson"; // "رضيع ابن سارة": the infant son of Sara
            next++;
        }
        int name = next;
        // "Wife of Dr. Ali", "زوجة الأسير المحرر …": the relative's title, or the relative described
        while (name < raw.size() && (TITLES.contains(raw.get(name)) || ARTICLES.contains(raw.get(name))
                || raw.get(name).equals("of"))) {
            name++;
        }
        if (name < raw.size() && !DESCRIPTION.contains(raw.get(name)) && ownNameFollows(raw.get(0), raw.get(name))) {
            return joinParticles(raw.subList(name, raw.size()));
        }
        List<String> relative = new ArrayList<>(raw.subList(name, raw.size()));
        relative.removeIf(DESCRIPTION::contains);
        List<String> tokens = new ArrayList<>();
        tokens.add(kinship);
        tokens.addAll(joinParticles(relative));
        return tokens;
    }

    /** Whether the word after a kinship word is the victim's own given name rather than the relative's. */
    private static boolean ownNameFollows(String kinshipWord, String word) {
        Boolean possessiveOfAMan = POSSESSIVE_KINSHIP.get(kinshipWord);
        if (possessiveOfAMan != null) {
            return possessiveOfAMan ? !KnownNames.GIVEN.onlyMens(word) : !KnownNames.GIVEN.onlyWomens(word);
        }
        Boolean spouseOfAMan = SPOUSE.get(kinshipWord);
        if (spouseOfAMan != null) {
            return spouseOfAMan ? KnownNames.GIVEN.onlyWomens(word) : KnownNames.GIVEN.onlyMens(word);
        }
        return false;
    }

    /**
     * An Arabic name cut before a kinship written after it: "سلمى زوجة محمد" is Salma. Latin writes the
     * description apart ("Salma.. wife of Muhammad", in brackets), and "First wife of Ahmed" is a kinship.
     */
    private static List<String> beforeKinship(List<String> raw) {
        for (int i = 1; i < raw.size(); i++) {
            String word = raw.get(i);
            boolean arabic = !word.isEmpty() && word.charAt(0) > 127;
            if (arabic && KINSHIP_AFTER_NAME.contains(word)) {
                return raw.subList(0, i);
            }
        }
        return raw;
    }

    /**
     * The letter runs of one written word, folded: Arabic by {@link SpellingFolding}, any other script
     * to lower-case ASCII; punctuation and digits separate runs (Al-Kurdi → al, kurdi).
     */
    private static String[] letters(String word) {
        String folded = SpellingFolding.fold(word);
        if (!isArabicScript(folded)) {
            // an apostrophe inside a Latin word marks ʿayn or hamza (Ja'bari, Mo'men), not a word break
            folded = folded.replaceAll("['’‘`ʿʾ]", "");
            synchronized (TO_ASCII) {
                folded = TO_ASCII.transliterate(folded);
            }
            folded = folded.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (SpellingFolding.isArabic(c) && Character.isLetter(c));
            out.append(letter ? c : ' ');
        }
        String runs = out.toString().trim();
        return runs.isEmpty() ? new String[0] : runs.split(" +");
    }

    /** The kinships one list writes "child of" where another writes "son of" or "children of". */
    private static final Set<String> CHILD = Set.of("xchild", "xson", "xdaughter", "xchildren");

    /** Whether two kinship tokens may describe one victim: a child, a son, a daughter. */
    public static boolean bothChildOf(String a, String b) {
        return CHILD.contains(a) && CHILD.contains(b);
    }

    /** Whether a token stands for a kinship ("wife of", "child of") in place of a given name. */
    static boolean isKinship(String token) {
        return KINSHIP_TOKENS.contains(token);
    }

    /** True when no letter of the text is outside the Arabic block. */
    public static boolean isArabicScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !SpellingFolding.isArabic(c)) {
                return false;
            }
        }
        return true;
    }

    /** Abd with the article assimilated to a sun letter: Abdurrahman, Abdussalam, Abdunnasser. */
    private static final java.util.regex.Pattern ABD_ASSIMILATED = java.util.regex.Pattern.compile("^abd[aeiu]([tdrzsn])\\1");

    /** "abdurrahman" spelled "abdalrahman", as عبد الرحمن is written: the article's l is there in Arabic. */
    private static String assimilatedArticle(String token) {
        if (!token.startsWith("abd")) {
            return token;
        }
        java.util.regex.Matcher m = ABD_ASSIMILATED.matcher(token);
        return m.find() ? "abdal" + token.substring(m.end() - 1) : token;
    }

    /** A theophoric name written as one Latin word (Nureddin, Salahuddin) with its second half spelled as when apart. */
    private static String theophoricSpelling(String token) {
        for (Map.Entry<String, String> half : JOINED_HALVES) {
            String written = half.getKey();
            if (token.length() >= written.length() + 3 && token.endsWith(written)) {
                return token.substring(0, token.length() - written.length()) + half.getValue();
            }
        }
        return token;
    }

    /** The Latin second halves long enough to be told inside one word: eddin, uddin, ullah (not din). */
    private static final List<Map.Entry<String, String>> JOINED_HALVES = JOIN_PREVIOUS.entrySet().stream()
            .filter(half -> half.getKey().length() >= 5 && half.getKey().charAt(0) < 128
                    && !half.getKey().equals(half.getValue()))
            .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length).reversed()))
            .toList();

    /**
     * عبد or أبو with one letter typed twice (ععبد القادر, عبدد الله, ابوو زيد) read as the particle, which
     * otherwise opens a name of its own and shifts every later part; any other word as it is.
     */
    private static String particleWithADoubledLetter(String word) {
        if (word.length() != 4) {
            return word;
        }
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                String single = word.substring(0, i) + word.substring(i + 1);
                return single.equals("عبد") || single.equals("ابو") ? single : word;
            }
        }
        return word;
    }

    private static List<String> joinParticles(List<String> raw) {
        List<String> tokens = new ArrayList<>(raw.size());
        String pending = "";
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            if (LINEAGE.contains(word) && pending.isEmpty()) {
                continue;
            }
            String token = LATIN_ARTICLE.contains(word) && !opensTheophoricName(raw, i) ? "al" : particleWithADoubledLetter(word);
            if ("al".equals(pending) && token.length() == 1 && token.charAt(0) < 128) {
                // "Al-A'", "el-A'": الاء (Alaa) romanized letter by letter, its ال read as the article; no
                // article stands before a word of one letter, so it is the name's own
                token = pending + token;
                pending = "";
            }
            if ("al".equals(token) && "al".equals(pending)) {
                continue; // El-Al-Attar: the article written twice
            }
            if (KUNYA.contains(pending) && ("al".equals(token) || "ال".equals(token))) {
                continue; // Abu al-Naja is written Abu Naja as often: the article after Abu is left out
            }
            if (KUNYA.contains(pending) && token.length() >= 4 && token.startsWith("ال")) {
                token = token.substring(2);
            }
            if (JOIN_NEXT.contains(token) || "al".equals(token)) {
                pending = pending + token;
                continue;
            }
            String joined = pending + token;
            if (!tokens.isEmpty() && JOIN_PREVIOUS.containsKey(joined)) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + JOIN_PREVIOUS.get(joined));
            } else {
                // a Latin article on its own word (Al-Kurdi, El Masri) is dropped, as PersonName drops ال
                String spelled = "al".equals(pending) ? token : joined;
                tokens.add(MUHAMMAD.contains(spelled) ? "muhammad" : theophoricSpelling(assimilatedArticle(spelled)));
            }
            pending = "";
        }
        if (!pending.isEmpty()) {
            tokens.add(pending);
        }
        int n = tokens.size();
        if (n >= 3 && SHEIKH.contains(tokens.get(n - 2))) {
            // الشيخ خليل, Sheikh Khalil: one family name in two words, not a grandfather called Sheikh
            String first = tokens.get(n - 2).startsWith("ال") ? tokens.get(n - 2).substring(2) : tokens.get(n - 2);
            tokens.set(n - 2, first + tokens.remove(n - 1));
        }
        return tokens;
    }

    /**
     * Whether the Latin word at {@code i}, spelled as an article (az, ez, ad), is the first half of a
     * theophoric name instead: عز الدين romanized letter by letter without its ع ("Az-al-dyn") or as people
     * write it ("Ez Eddin"). It is when the half after it carries an article of its own, written apart
     * ("Az-al-dyn") or joined ("Eddin"); "Ad-Din" of Salah Ad-Din is the article before din.
     */
    private static boolean opensTheophoricName(List<String> raw, int i) {
        if (i + 1 >= raw.size() || "al".equals(raw.get(i)) || "el".equals(raw.get(i)) || "l".equals(raw.get(i))) {
            return false;
        }
        String next = raw.get(i + 1);
        if (LATIN_ARTICLE.contains(next)) {
            return i + 2 < raw.size() && THEOPHORIC_HALVES.contains("al" + raw.get(i + 2));
        }
        return THEOPHORIC_HALVES.contains(next) && !next.startsWith("d");
    }

    /**
     * The Latin spellings of الدين ({@link #JOIN_PREVIOUS}), the half عز (Ezz, Az) opens. Not الله: "Ad Allah"
     * is عبد الله with its b left out, read as before (ours 50k lost 3 pairs when it was read as one word).
     */
    private static final Set<String> THEOPHORIC_HALVES = JOIN_PREVIOUS.entrySet().stream()
            .filter(half -> half.getKey().charAt(0) < 128 && half.getValue().equals("aldin"))
            .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());

    /** Sheikh (الشيخ) opening a family name of two words, as written in both scripts. */
    private static final Set<String> SHEIKH = Set.of("الشيخ", "شيخ", "sheikh", "shaikh", "sheik", "shaykh", "shiekh",
            "sheikhe", "shekh");
}
