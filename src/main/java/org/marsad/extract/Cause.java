package org.marsad.extract;

import java.util.Locale;
import org.marsad.extract.document.Vocabulary;

/**
 * What killed or injured: the extractor's cause vocabulary, with the Arabic and English wordings that
 * name each cause. The order is the order of precedence when one stretch names two causes: "انفجار لغم"
 * (infijār lughm, the explosion of a mine) is a landmine, not an explosion.
 */
public enum Cause {
    CHEMICAL("هجوم كيماوي", "كيماوي", "كيميائي", "chemical", "gas attack"),
    BARREL_BOMB("براميل متفجرة", "برميل متفجر", "براميل", "برميل", "barrel bomb", "barrel bombs"),
    CAR_BOMB("سيارة مفخخة", "دراجة نارية مفخخة", "مفخخة", "car bomb", "car bombing", "vehicle bomb"),
    SUICIDE_ATTACK("تفجير انتحاري", "انتحاري", "انتحارية", "suicide", "suicide bomber"),
    EXPLOSIVE_DEVICE("عبوة ناسفة", "عبوات ناسفة", "explosive device", "ied"),
    LANDMINE("لغم", "ألغام", "لغم أرضي", "landmine", "landmines", "mine", "mines"),
    UNEXPLODED_ORDNANCE("مخلفات الحرب", "مخلفات", "قنبلة عنقودية", "قنابل عنقودية", "unexploded", "cluster munition"),
    DRONE("طائرة مسيرة", "مسيرة", "drone", "drone strike"),
    AIRSTRIKE("غارة", "غارات", "قصف جوي", "ضربة جوية", "ضربات جوية", "ضربات", "طائرات حربية", "طيران حربي",
            "الطيران الحربي", "airstrike", "airstrikes", "air strike", "air strikes", "warplanes", "coalition strike"),
    SNIPER("قناص", "قنص", "sniper"),
    EXECUTION("إعدام", "أعدم", "أعدمت", "ذبح", "executed", "execution"),
    TORTURE("تعذيب", "torture"),
    DROWNING("غرق", "غرقاً", "drowned", "drowning"),
    SIEGE("حصار", "نقص الغذاء", "جوع", "siege", "starvation"),
    SHELLING("قصف مدفعي", "قصف صاروخي", "قذائف", "قذيفة", "قصف", "shell", "shelling", "artillery", "rocket", "rockets",
            "mortar"),
    GUNFIRE("رصاص", "إطلاق نار", "إطلاق النار", "طلق ناري", "gunfire", "shot", "shooting"),
    CLASHES("اشتباكات", "اشتباك", "معارك", "مواجهات", "clashes", "fighting"),
    EXPLOSION("انفجار", "تفجير", "explosion", "blast");

    private final String[] wordings;

    Cause(String... wordings) {
        this.wordings = wordings;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wordings of every cause, for finding them in a report. */
    public static Vocabulary<Cause> vocabulary() {
        Vocabulary<Cause> v = new Vocabulary<>();
        for (Cause c : values()) {
            v.add(c, c.wordings);
        }
        return v;
    }
}
