package org.marsad.extract;

/** How exact a reported figure is, as the report words it. */
public enum Qualifier {
    /** The figure as stated, with no hedge. */
    EXACT,
    /** ما لا يقل عن (mā lā yaqill ʿan), على الأقل (ʿalā al-aqall): "at least". */
    AT_LEAST,
    /** نحو (naḥw), حوالي (ḥawālī), قرابة (qurāba): "about". */
    APPROX,
    /** أكثر من (akthar min), ما يزيد عن (mā yazīd ʿan): "more than". */
    MORE_THAN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
