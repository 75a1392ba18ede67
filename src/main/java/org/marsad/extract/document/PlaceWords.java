package org.marsad.extract.document;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.text.ArabicNormalizer;

/**
 * Whether a word for a kind of place (مدينة, city; حي, quarter; منطقة, area) heads a place where it stands,
 * and the parts of the body written after في as places are. The figures' repeats and the circumstances'
 * places ask the same question of the same words, so they ask it here.
 */
public final class PlaceWords {

    /**
     * Parts of the body where a wound is, and words for a part of a town, written after في as places are:
     * several are names of places too (القدم, a quarter of Damascus; حارة, villages), so a victim "shot in
     * the foot" was placed in Damascus.
     */
    private static final Set<String> WOUNDS = Arrays.stream(new String[] {"القدم", "القدمين",
        "قدمه", "قدمها", "الساق", "ساقه", "الرأس", "رأسه", "رأسها", "الصدر", "صدره", "صدرها", "البطن", "بطنه",
        "بطنها", "اليد", "يده", "يدها", "اليدين", "الكتف", "كتفه", "كتفها", "الرقبة", "رقبته", "الظهر", "ظهره",
        "الفخذ", "فخذه", "القلب", "قلبه", "العين", "عينه", "الوجه", "وجهه", "الذراع", "ذراعه", "الحوض", "الأطراف",
        "أطرافه", "الرجل", "رجله", "الركبة", "ركبته", "الخاصرة", "الحوض", "حارة", "الحارة"})
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    private static final String ALIVE = ArabicNormalizer.normalize("الحي");
    private static final String BULLETS = ArabicNormalizer.normalize("رصاص");

    private PlaceWords() {
    }

    /** Whether the word at {@code k} is a part of the body or of a town that a wound is "in". */
    public static boolean wound(Document doc, int k) {
        return doc.isArabic(k) && WOUNDS.contains(doc.token(k).norm());
    }

    /** Whether the word at {@code k} is a word for a kind of place that heads a place here. */
    public static boolean headsPlace(Document doc, int k) {
        if (!doc.has(k, Lexicon.PLACE_TYPE)) {
            return false;
        }
        if (k + 1 < doc.size() && wound(doc, k + 1)) {
            return false; // "أصيب برصاصة في منطقة البطن": the region of the body, not a place
        }
        // "بالرصاص الحي" (with live fire): الحي is "live" here, not "the quarter"
        return !(k > 0 && doc.token(k).norm().equals(ALIVE) && doc.token(k - 1).norm().endsWith(BULLETS));
    }
}
