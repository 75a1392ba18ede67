package org.marsad.extract;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.text.ArabicNormalizer;

/**
 * Why a report gave no casualty figure. An empty list alone would leave a documenter unsure whether the
 * report has no casualties, counts them only as "dozens" (عشرات, ʿasharāt) that no one can add up, or
 * was misread; each reason says which, in English and Arabic.
 */
public enum NoFigure {
    /** Nothing in the text is killing, injury or a word for the dead or wounded. */
    NO_CASUALTY_WORDS("no_casualty_words",
            "No casualty figure found: the text has no words of killing or injury.",
            "لم يُعثر على أي رقم للضحايا: لا يذكر النص قتلاً ولا إصابة."),
    /** Casualties counted only as vague amounts: عشرات (dozens), مئات (hundreds), "several". */
    VAGUE_AMOUNTS_ONLY("vague_amounts_only",
            "No casualty figure found: the text gives only vague amounts (such as \"dozens\" or \"hundreds\"), no count.",
            "لم يُعثر على أي رقم للضحايا: يذكر النص أعداداً غير محددة فقط (مثل «عشرات» أو «مئات»)، لا رقماً."),
    /** Killing or injury named, but no number counts its people (or counts killed and injured together). */
    NO_COUNT("no_count",
            "No casualty figure found: the text speaks of killing or injury, but no number in it counts the people killed or injured.",
            "لم يُعثر على أي رقم للضحايا: يذكر النص قتلاً أو إصابة، لكن لا رقم فيه يعدّ القتلى أو الجرحى.");

    /**
     * Words that count people without a number, with the prefixes of {@link Words} allowed:
     * عشرات/مئات/آلاف/ألوف (tens, hundreds, thousands of), بضعة/عدة (a few, several).
     */
    private static final Set<String> VAGUE = Arrays.stream(new String[] {"عشرات", "مئات", "مائات", "آلاف", "ألوف",
        "بضعة", "بضع", "عدة", "dozens", "scores", "hundreds", "thousands", "several", "many", "numerous"})
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    /** Words a vague amount may have before the people it counts: "عشرات من المدنيين", "dozens of the". */
    private static final Set<String> OF = Set.of("من", "of", "the");

    private final String code;
    private final String english;
    private final String arabic;

    NoFigure(String code, String english, String arabic) {
        this.code = code;
        this.english = english;
        this.arabic = arabic;
    }

    /** The code written in Claim JSON's {@code notes}: no_casualty_words, vague_amounts_only, no_count. */
    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    public String arabic() {
        return arabic;
    }

    /** The message in {@code lang} ("ar" or "en"; anything else reads English). */
    public String message(String lang) {
        return "ar".equals(lang) ? arabic : english;
    }

    /** Why {@code text} gave no figure, for a report whose extraction found none. */
    public static NoFigure of(String text) {
        return of(new Document(text));
    }

    static NoFigure of(Document doc) {
        boolean casualty = false;
        boolean vague = false;
        for (int i = 0; i < doc.size(); i++) {
            WordInfo info = doc.info(i);
            casualty |= info.before() != null || info.after() != null || info.noun() != null && info.noun().outcome() != null;
            vague |= doc.token(i).isWord() && isVague(doc.token(i).norm()) && countsPeople(doc, i + 1);
        }
        if (!casualty) {
            return NO_CASUALTY_WORDS;
        }
        return vague ? VAGUE_AMOUNTS_ONLY : NO_COUNT;
    }

    /** Whether a word for people follows, past "of"/من: "عشرات المدنيين", not "عشرات الغارات" (dozens of raids). */
    private static boolean countsPeople(Document doc, int k) {
        while (k < doc.size() && OF.contains(doc.token(k).norm())) {
            k++;
        }
        return doc.noun(k) != null;
    }

    private static boolean isVague(String norm) {
        for (String form : Words.bareForms(norm)) {
            if (VAGUE.contains(form)) {
                return true;
            }
        }
        return false;
    }
}
