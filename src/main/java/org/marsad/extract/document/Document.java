package org.marsad.extract.document;

import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * A report read once: its tokens, what the lexicon knows of each word, and the sentence each token
 * belongs to. A sentence ends at a full stop, question or exclamation mark, semicolon or line break;
 * Arabic reports often run a whole paragraph as one sentence joined by commas.
 */
public final class Document {
    private static final String MOTHER = ArabicNormalizer.normalize("أم");
    private static final String WOMAN = ArabicNormalizer.normalize("امرأة");
    private static final String FATHER = ArabicNormalizer.normalize("أب");
    private static final String FIGHTER = ArabicNormalizer.normalize("مقاتل");
    private static final Set<String> OPPONENT = Set.of(ArabicNormalizer.normalize("معارض"),
            ArabicNormalizer.normalize("معارضاً"));
    private static final Set<String> ARMED = Set.of(ArabicNormalizer.normalize("مسلح"),
            ArabicNormalizer.normalize("مسلحاً"));
    private static final String MAN = ArabicNormalizer.normalize("رجل");

    private final String text;
    private final List<Token> tokens;
    private final WordInfo.Hit[] hits;
    private final int[] sentence;
    /** The token index where the first line ends when the report has a title line, else 0. */
    private final int titleEnd;

    public Document(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        this.hits = new WordInfo.Hit[n];
        this.sentence = new int[n];
        int s = 0;
        int firstBreak = -1;
        boolean wrapped = hardWrapped(tokens);
        // whether the sentence under way holds a word or number: a full stop and the line break after it
        // (or "?!", or a closing quote between them) end one sentence, not two with an empty one between
        boolean open = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            hits[i] = t.isWord() ? inContext(i, Lexicon.lookup(t.norm(), text.substring(t.start(), t.end()))) : punctuationHit(t);
            sentence[i] = s;
            if (wrapped && t.kind() == Token.Kind.BREAK && !paragraph(text, t)) {
                continue;
            }
            if (t.kind() == Token.Kind.BREAK || isSentenceEnd(t)) {
                if (open) {
                    s++;
                    open = false;
                }
                if (firstBreak < 0 && t.kind() == Token.Kind.BREAK) {
                    firstBreak = i;
                }
            } else if (t.kind() != Token.Kind.PUNCT) {
                open = true;
            }
        }
        // a title is one line of one sentence: a first paragraph of several sentences is the body itself,
        // and its figures are not the headline's to hand to a repeat further down
        this.titleEnd = !wrapped && firstBreak > 0 && firstBreak < n - 1 && sentence[firstBreak - 1] == 0 ? firstBreak : 0;
    }

    /**
     * Whether the text was copied with its lines broken at a fixed width, so that a line break falls in
     * the middle of a sentence: many short lines, most of them ending without punctuation, and not a
     * list (lines opening with a number or a dash). Then only a blank line or punctuation ends a sentence.
     */
    private static boolean hardWrapped(List<Token> tokens) {
        int lines = 0;
        int open = 0;
        int listed = 0;
        long chars = 0;
        int lineStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || tokens.get(i).kind() == Token.Kind.BREAK;
            if (!end) {
                continue;
            }
            if (i > lineStart) {
                lines++;
                chars += tokens.get(i - 1).end() - tokens.get(lineStart).start();
                Token first = tokens.get(lineStart);
                if (first.kind() == Token.Kind.NUMBER || first.kind() == Token.Kind.PUNCT) {
                    listed++;
                }
                Token last = tokens.get(i - 1);
                if (last.kind() != Token.Kind.PUNCT) {
                    open++;
                }
            }
            lineStart = i + 1;
        }
        return lines >= 6 && open * 10 >= lines * 7 && chars / lines < 60 && listed * 5 < lines;
    }

    /**
     * English words whose sense depends on the words after them: "lost" is a death only in "lost their
     * lives" ("lost a leg" is an injury); "taken to hospital" is an injury.
     */
    private WordInfo.Hit inContext(int i, WordInfo.Hit hit) {
        Token t = tokens.get(i);
        if (t.is("lost")) {
            int k = isWordAt(i + 1, "their") || isWordAt(i + 1, "his") || isWordAt(i + 1, "her") ? i + 2 : i + 1;
            return isWordAt(k, "lives") || isWordAt(k, "life") ? hit : WordInfo.Hit.NONE;
        }
        if (hit.info().has(Lexicon.EVENT) && Words.bareForms(t.norm()).contains("اسر") && i + 1 < tokens.size()
                && Lexicon.lookup(tokens.get(i + 1).norm()).info().noun() != null) {
            return WordInfo.Hit.NONE; // "أسر الشهداء" (the families of the martyrs), not أَسْر (capture)
        }
        if (hit.info().noun() != null && hit.info().noun().plurality() == Plurality.PLURAL && vowelledAsDual(t)) {
            WordInfo.Hit dual = Lexicon.lookup(t.norm().substring(0, t.norm().length() - 2) + "ان");
            if (dual.info().noun() != null && dual.info().noun().plurality() == Plurality.DUAL) {
                return dual;
            }
        }
        if (t.is("passed") && isWordAt(i + 1, "away")) {
            return Lexicon.lookup("died"); // "passed away", not the toll that "passed 100"
        }
        if ((t.is("wounded") || t.is("injured")) && i > 0 && (tokens.get(i - 1).is("fatally") || tokens.get(i - 1).is("mortally"))) {
            return Lexicon.lookup("killed"); // "fatally wounding a boy": a death
        }
        int with = isWordAt(i + 1, "مع") ? i + 2 : i + 1; // "أم مع أطفالها الستة" (a mother with her six children)
        if (t.is(MOTHER) && with < tokens.size() && tokens.get(with).norm().endsWith("ها")) {
            // "أم وأطفالها الأربعة" (a mother and her four children): أم alone is also "or" and begins place
            // names (أم تليل), so it counts a woman only before her own children, joined by و or مع
            WordInfo.Hit next = Lexicon.lookup(tokens.get(with).norm());
            Noun children = next.info().noun();
            if ((next.conjoined() || with == i + 2) && children != null && children.outcome() == null
                    && (children.group() == Group.CHILD || children.group() == Group.PERSON)) {
                return Lexicon.lookup(WOMAN);
            }
        }
        if (ARMED.contains(withoutAnd(t.norm())) && i > 0 && OPPONENT.contains(withoutAnd(tokens.get(i - 1).norm()))) {
            return WordInfo.Hit.NONE; // the adjective of "معارض مسلح" (an armed opponent), one fighter already
        }
        if (OPPONENT.contains(withoutAnd(t.norm())) && i + 1 < tokens.size()
                && ARMED.contains(tokens.get(i + 1).norm())) {
            // "ومعارضاً مسلحاً" (and an armed opponent): a fighter; معارض alone may be a dissident of no arms
            return Lexicon.lookup(t.norm().length() > 1 && t.norm().charAt(0) == 'و' ? "و" + FIGHTER : FIGHTER);
        }
        if (t.is(FATHER) && isWordAt(i + 1, "و" + MOTHER)) {
            // "أسرة مكونة من أب وأم وطفلتين" (a family of a father, a mother and two girls): the father is a man
            return Lexicon.lookup(MAN);
        }
        if (t.is("و" + MOTHER) && i > 0 && tokens.get(i - 1).is(FATHER)) {
            return Lexicon.lookup("و" + WOMAN); // and the mother after him a woman, as أم is only before her children
        }
        if (t.is("treated") && (isWordAt(i + 1, "at") || isWordAt(i + 1, "in"))) {
            int k = isWordAt(i + 2, "the") || isWordAt(i + 2, "a") || isWordAt(i + 2, "local") ? i + 3 : i + 2;
            // "26 others are being treated at hospitals": the wounded
            return isWordAt(k, "hospital") || isWordAt(k, "hospitals") ? Lexicon.lookup("hospitalised") : hit;
        }
        if ((t.is("taken") || t.is("rushed") || t.is("admitted")) && (isWordAt(i + 1, "to") || isWordAt(i + 1, "into"))) {
            int k = isWordAt(i + 2, "the") || isWordAt(i + 2, "a") ? i + 3 : i + 2;
            return isWordAt(k, "hospital") || isWordAt(k, "hospitals") ? Lexicon.lookup("hospitalised") : hit;
        }
        return hit;
    }

    /**
     * Whether a word in -ين is written with the vowels of a dual: "مدنيَّيْن" (madaniyyayn, two civilians)
     * beside the plural "مدنيِّين" (madaniyyīn). Unvocalized, the two are one spelling and the word stays
     * plural; a sukun on the last ي, or a fatha before it, is the dual's, which counts two people.
     */
    private boolean vowelledAsDual(Token t) {
        if (!t.norm().endsWith("ين") || t.norm().length() < 5) {
            return false;
        }
        int end = t.end() - 1; // the final ن
        if (end <= t.start() || text.charAt(end) != '\u0646') {
            return false;
        }
        int k = end - 1;
        if (text.charAt(k) == '\u0652') {
            return true; // يْن
        }
        if (text.charAt(k) != '\u064A') {
            return false;
        }
        k--;
        while (k > t.start() && text.charAt(k) == '\u0651') {
            k--; // shadda
        }
        return text.charAt(k) == '\u064E'; // َين
    }

    /** A word without the و (and) joined to it: "ومعارضا" is معارضا. */
    private static String withoutAnd(String norm) {
        return norm.length() > 3 && norm.charAt(0) == 'و' ? norm.substring(1) : norm;
    }

    private boolean isWordAt(int i, String normalized) {
        return i < tokens.size() && tokens.get(i).is(normalized);
    }

    /** A blank line between two paragraphs. */
    private static boolean paragraph(String text, Token t) {
        int newlines = 0;
        for (int k = t.start(); k < t.end(); k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        return newlines > 1;
    }

    private static WordInfo.Hit punctuationHit(Token t) {
        if (t.kind() == Token.Kind.PUNCT && (t.is("%") || t.is("٪"))) {
            return Lexicon.lookup("%");
        }
        return WordInfo.Hit.NONE;
    }

    private static boolean isSentenceEnd(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String p = t.norm();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("؟") || p.equals(";");
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The lexicon entry of token {@code i}, with the prefixes it carried. */
    public WordInfo.Hit hit(int i) {
        return hits[i];
    }

    /** The number of the sentence token {@code i} belongs to. */
    public int sentence(int i) {
        return sentence[i];
    }

    /** The token index where the first line ends when the report has a title line, else 0. */
    public int titleEnd() {
        return titleEnd;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public WordInfo info(int i) {
        return hits[i].info();
    }

    public boolean has(int i, int role) {
        return i >= 0 && i < hits.length && hits[i].info().has(role);
    }

    public Noun noun(int i) {
        return i >= 0 && i < hits.length ? hits[i].info().noun : null;
    }

    public boolean isWord(int i, String normalized) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(normalized);
    }

    public boolean sameSentence(int a, int b) {
        return a >= 0 && b >= 0 && a < sentence.length && b < sentence.length && sentence[a] == sentence[b];
    }

    /** Whether token {@code k} is written in Latin letters (English, or a transliteration). */
    public boolean isLatin(int k) {
        return tokens.get(k).isLatin();
    }

    /** Whether token {@code k} exists and is written in Arabic letters. */
    public boolean isArabic(int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isArabic();
    }

    /** The original text of tokens [from, to). */
    public String slice(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The index of the token that holds (or first follows) the character offset {@code offset}. */
    public int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Math.max(0, low);
    }
}
