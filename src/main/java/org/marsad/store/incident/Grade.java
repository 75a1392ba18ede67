package org.marsad.store.incident;

/**
 * How well an incident is attested, as Airwars grades it: a party admits it (confirmed), two or more
 * credible sources (fair), one source (weak), sources disagree (contested), shown false (discounted).
 */
public enum Grade {
    CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Grade ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
