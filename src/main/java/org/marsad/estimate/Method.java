package org.marsad.estimate;

import java.util.Locale;

/** The estimators, by the names HRDAG's R packages made familiar. */
public enum Method {
    /** Manrique-Vallier's latent-class model (LCMCR): capture probabilities that differ between persons. */
    LCMCR("latent classes (LCMCR, Manrique-Vallier 2016)", "نموذج الفئات الكامنة (LCMCR، مانريكه-فالييه 2016)"),
    /** Madigan and York's averaging over decomposable graphical models (dga): dependence between lists. */
    GRAPHS("decomposable graphical models averaged (dga, Madigan and York 1997)",
            "متوسط النماذج البيانية القابلة للتفكيك (dga، ماديغان ويورك 1997)"),
    /** The log-linear model of independent lists: every list documents every person alike. */
    INDEPENDENCE("log-linear model of independent lists", "النموذج اللوغاريتمي الخطي للقوائم المستقلة");

    private final String english;
    private final String arabic;

    Method(String english, String arabic) {
        this.english = english;
        this.arabic = arabic;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String english() {
        return english;
    }

    public String arabic() {
        return arabic;
    }

    /** The method named {@code code} (lcmcr, graphs, independence). */
    public static Method ofCode(String code) {
        for (Method m : values()) {
            if (m.code().equalsIgnoreCase(code.trim())) {
                return m;
            }
        }
        throw new org.marsad.InputError("--method: unknown method '" + code + "'; expected lcmcr, graphs or independence");
    }
}
