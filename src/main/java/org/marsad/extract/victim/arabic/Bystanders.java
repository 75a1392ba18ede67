package org.marsad.extract.victim.arabic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * People a report names who are not its victims: the spokesman or official who speaks (المتحدث باسم الوزارة،
 * الدكتور X), the owner of the house a strike hit (منزل المواطن X) unless his own fate is told, and the person
 * a family or a harmed relative is named after (عائلة الدكتور X، زوجة الناشط X).
 */
final class Bystanders {

    /** Property named by its owner to say where a strike fell: منزل المواطن X. */
    static final Set<String> PROPERTY = normalized("منزل", "منزلا", "منزلاً", "بيت", "بيتا", "سيارة", "مزرعة",
            "محل", "دكان", "متجر", "خيمة", "أرض", "ورشة");

    /**
     * Words whose next word's person is not the one harmed: a family named after someone (عائلة، آل) and a
     * relative in construct ("زوجة الناشط X", the activist X's wife; "والد الطفل X", the child X's father).
     */
    private static final Set<String> FAMILY = normalized("عائلة", "لعائلة", "أسرة", "لأسرة", "آل", "زوجة", "والدة",
            "والد", "أرملة", "ابنة", "شقيق", "شقيقة", "نجل", "أم");

    /**
     * Places and institutions named after a person (مستشفى الشهيد راغب حرب, a hospital; مدرسة، مسجد، شارع): in
     * construct, without the article, the name after them is theirs; with the article they are in construct with
     * nothing, and the name after them is a person the sentence is about.
     */
    private static final Set<String> NAMED_AFTER = normalized("مستشفى", "مشفى", "مسجد", "جامع", "مدرسة", "شارع",
            "دوار", "ساحة", "مخيم", "حي");

    private static boolean namedAfterNobody(String w) {
        return w.length() > 4 && w.startsWith("ال") && NAMED_AFTER.contains(w.substring(2));
    }

    /** {@link ArabicWords#SPEAKERS} as a table, so that {@link ArabicWords#known} finds their prefixed forms. */
    private static final Map<String, Boolean> SPEAKERS = speakers();

    private final Passage p;
    private final List<Token> t;
    private final WordRoles roles;

    Bystanders(Passage passage, WordRoles roles) {
        this.p = passage;
        this.t = passage.t;
        this.roles = roles;
    }

    /** Honorifics of a cleric (his eminence), who leads the prayer or speaks at a funeral: "فضيلة الشيخ X". */
    private static final Set<String> CLERICS = normalized("فضيلة", "سماحة", "وفضيلة", "وسماحة");
    /** A speech (كلمة) given at a funeral or a gathering: the one named after it gave it. */
    private static final Set<String> SPEECH = normalized("كلمة", "وكلمة", "فكلمة", "بكلمة", "لكلمة", "كلمات");
    /** How far before a name a speech it gave may be written: "كلمة من معاون مسؤول … في منطقة … الشيخ X". */
    private static final int SPEECH_REACH = 12;

    /** Verbs of bidding farewell to the dead or of receiving them home (ودّعت، استقبلت): their subject lives. */
    private static final Set<String> FAREWELL = normalized("ودع", "وودع", "ودعت", "وودعت", "تودع", "يودع",
            "استقبلت", "واستقبلت", "استقبل", "واستقبل", "تستقبل");
    /** Honorifics of the living (الحاجة, the pilgrim mother) that may stand between such a verb and its subject. */
    private static final Set<String> LIVING_TITLES = normalized("الحاج", "الحاجة", "السيدة", "المواطن",
            "المواطنة", "الأم", "الوالدة");

    /**
     * "ودعت الحاجة X وحيدها الشهيد" (the pilgrim X bade farewell to her only son, the martyr): the name right
     * after a verb of farewell, with at most a living honorific between, is its subject, the one who mourns.
     * A martyr's title between ("ودّع الأهالي الشهيد X") makes the name the one mourned.
     */
    private boolean biddingFarewell(int start) {
        if (roles.titleOrKin(start) && !LIVING_TITLES.contains(t.get(start).norm())) {
            return false; // "استقبلت ابنها الجريح X": her son, the object; the one who receives him is not named
        }
        int k = start - 1;
        if (k >= 0 && t.get(k).isWord() && LIVING_TITLES.contains(t.get(k).norm())) {
            k--;
        }
        return k >= 0 && t.get(k).isWord() && FAREWELL.contains(t.get(k).norm());
    }

    /** Whether a spokesman, official or reporter is named here rather than a victim. */
    boolean speakerBefore(int start) {
        if (biddingFarewell(start)) {
            return true;
        }
        if (start > 0 && t.get(start - 1).isWord() && CLERICS.contains(t.get(start - 1).norm()) || speechBy(start)) {
            return true;
        }
        if (start > 0 && t.get(start - 1).isWord() && ArabicWords.SPEAKER_VERBS.contains(t.get(start - 1).norm())) {
            return true;
        }
        for (int j = start - 1; j >= Math.max(0, start - 4); j--) {
            Token tok = t.get(j);
            // a comma or "بينهم" ends the phrase that could hold a speaker's post or a place's keeper
            // ("في قصف على البلدة، بينهم الطفل X": the town is where, not whose)
            if ((tok.is("،") || tok.is(",")) && postBefore(j)) {
                return true; // "المتحدث باسم الوزارة، الدكتور X، إن ...": the spokesman's name in apposition
            }
            if (tok.kind() == Token.Kind.BREAK || p.boundary(j) || roles.cue(j) != null || tok.kind() == Token.Kind.PUNCT
                    || tok.isWord() && (ArabicWords.PART.contains(tok.norm()) || ArabicWords.THAT.contains(tok.norm()))) {
                // "وأوضح التقرير أن الضحيتين هما X": after أن the reported clause begins; its subject is no speaker
                return false;
            }
            if (tok.isWord() && j == start - 1 && namedAfterNobody(tok.norm())) {
                return false; // "نقلت إلى المستشفى الشهيد X": the hospital, with its article, is no "مستشفى الشهيد X"
            }
            if (tok.isWord() && ArabicWords.known(SPEAKERS, tok.norm()) != null) {
                if (mourns(j, start)) {
                    return false; // "نعى حزب الله الشهيد X", "شيّع أهالي بلدة … الشهيد X": who mourns, then the dead
                }
                // a house's owner is harmed when his own fate is told (ownerOnly), a speaker never
                return !(j == start - 1 && PROPERTY.contains(tok.norm()));
            }
        }
        return false;
    }

    /**
     * "ثم كانت كلمة من معاون مسؤول المنطقة الشيخ X" (then a speech by the deputy official, Sheikh X): a name a
     * speech is by, with no casualty word between them, is the speaker's. Funeral notices are full of the dead's
     * titles, so without this the speaker took the outcome of the one buried.
     */
    private boolean speechBy(int start) {
        for (int j = start - 1; j >= Math.max(0, start - SPEECH_REACH); j--) {
            if (p.boundary(j) || roles.cue(j) != null || roles.titleOrKin(j)) {
                return false;
            }
            if (t.get(j).isWord() && SPEECH.contains(t.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a party or town a verb of mourning makes it the one who mourns. */
    private static final int MOURNER_REACH = 5;

    /**
     * Whether the party or town at {@code j} is the subject of a verb of mourning or of a funeral, and the name
     * at {@code start} follows it with no function word between ("نعى حزب الله الشهيد X"; not "نعى حزب الله أحد
     * قادته … الذي استشهد", where the words before الذي are the party's, not a name).
     */
    private boolean mourns(int j, int start) {
        // the word a party's noun is in construct with is its name, whatever it is ("حزب الله")
        int from = ArabicWords.PARTY_HEADS.contains(t.get(j).norm()) ? j + 2 : j + 1;
        for (int k = from; k < start; k++) {
            if (roles.titleOrKin(k)) {
                break; // the title of the one mourned ("الشهيد المجاهد على طريق القدس X")
            }
            if (!t.get(k).isWord() || ArabicWords.isStop(t.get(k).norm())) {
                return false;
            }
        }
        for (int k = j - 1; k >= Math.max(0, j - MOURNER_REACH); k--) {
            Token tok = t.get(k);
            if (p.boundary(k)) {
                return false;
            }
            if (tok.isWord() && ArabicWords.MOURNING.contains(tok.norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase that ends at the comma {@code comma} names a post: "المتحدث باسم وزارة الصحة،". */
    private boolean postBefore(int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - 6); j--) {
            Token tok = t.get(j);
            if (tok.kind() == Token.Kind.BREAK || tok.kind() == Token.Kind.PUNCT || p.boundary(j) || roles.cue(j) != null) {
                return false;
            }
            if (tok.isWord() && ArabicWords.POSTS.contains(tok.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "استهدفت الغارة منزلاً للمواطن X، وأسفرت عن مقتل الطفل Y": the owner of a house, car or farm is named
     * to say where the strike fell, and is harmed only when the sentence says so of him with his pronoun
     * ("مما أدى إلى مقتل زوجته وإصابته", his wife killed and he injured).
     */
    boolean owner(int from) {
        return from > 0 && t.get(from - 1).isWord() && PROPERTY.contains(t.get(from - 1).norm());
    }

    /**
     * "من عائلة الدكتور خليل الحية" (of the family of Dr Khalil al-Hayya): the person a family is named
     * after, not one of its dead; the person whose relative was harmed, not that relative.
     */
    boolean familyOf(int from) {
        return from > 0 && t.get(from - 1).isWord() && FAMILY.contains(t.get(from - 1).norm());
    }

    private static Set<String> normalized(String... words) {
        return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Boolean> speakers() {
        Map<String, Boolean> m = new HashMap<>();
        for (String s : ArabicWords.SPEAKERS) {
            m.put(s, true);
        }
        return m;
    }
}
