package org.marsad.place;

/** The administrative levels of the OCHA common operational datasets, largest first. */
public enum AdminLevel {
    /** محافظة (muhafaza): governorate, admin level 1, p-code of 4 characters (SY11). */
    GOVERNORATE(1, "governorate"),
    /** منطقة (mintaqa): district, admin level 2 (SY1101). */
    DISTRICT(2, "district"),
    /** ناحية (nahiya): sub-district, admin level 3 (SY110100). */
    SUB_DISTRICT(3, "subdistrict"),
    /** تجمع سكاني (community): a city, town, village or camp, admin level 4 in OCHA's lists (C4068). */
    COMMUNITY(4, "community");

    private final int depth;
    private final String label;

    AdminLevel(int depth, String label) {
        this.depth = depth;
        this.label = label;
    }

    /** The OCHA admin level number: 1 for governorates. */
    public int depth() {
        return depth;
    }

    /** The lower-case English name used in JSON and tallies ("governorate"). */
    public String label() {
        return label;
    }

    /** The level of an OCHA admin level number (1 governorate … 4 community). */
    public static AdminLevel ofDepth(int depth) {
        for (AdminLevel level : values()) {
            if (level.depth == depth) {
                return level;
            }
        }
        throw new IllegalArgumentException("no administrative level " + depth);
    }
}
