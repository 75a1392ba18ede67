package org.marsad.link.blind;

import java.util.List;

/**
 * Places of the Gaza Strip (where the real names come from) as lists write them: the first Arabic and the
 * first Latin spelling are each script's usual one, the others what another hand writes (مخيم, "camp",
 * ال or not, one word or two).
 */
final class Places {
    record Place(List<String> arabic, List<String> latin) {
    }

    static final List<Place> ALL = List.of(
            new Place(List.of("غزة", "مدينة غزة", "غزه"), List.of("Gaza City", "Gaza", "Ghazzah")),
            new Place(List.of("خان يونس", "خانيونس", "مدينة خان يونس"), List.of("Khan Younis", "Khan Yunis", "Khan Younes")),
            new Place(List.of("رفح", "مدينة رفح"), List.of("Rafah", "Rafah City")),
            new Place(List.of("دير البلح", "دير البلح وسط القطاع"), List.of("Deir al-Balah", "Deir el-Balah", "Dayr al Balah")),
            new Place(List.of("جباليا", "مخيم جباليا", "جباليا البلد"), List.of("Jabalia", "Jabaliya", "Jabalia camp")),
            new Place(List.of("بيت لاهيا", "بيت لاهية"), List.of("Beit Lahia", "Beit Lahiya", "Bayt Lahya")),
            new Place(List.of("بيت حانون", "بلدة بيت حانون"), List.of("Beit Hanoun", "Beit Hanun", "Bayt Hanun")),
            new Place(List.of("النصيرات", "مخيم النصيرات", "نصيرات"), List.of("Nuseirat", "Al-Nuseirat", "Nuseirat camp")),
            new Place(List.of("البريج", "مخيم البريج"), List.of("Bureij", "Al-Bureij", "Bureij camp")),
            new Place(List.of("المغازي", "مخيم المغازي", "مغازي"), List.of("Maghazi", "Al-Maghazi", "Maghazi camp")),
            new Place(List.of("الشجاعية", "حي الشجاعية", "الشجاعيه"), List.of("Shujaiya", "Shejaiya", "Al-Shuja'iyya")),
            new Place(List.of("الزيتون", "حي الزيتون"), List.of("Zeitoun", "Al-Zaytoun", "Zaytun")),
            new Place(List.of("مخيم الشاطئ", "الشاطئ", "مخيم الشاطىء"), List.of("Al-Shati camp", "Beach camp", "Shati")),
            new Place(List.of("تل الهوى", "حي تل الهوا"), List.of("Tal al-Hawa", "Tel al-Hawa")),
            new Place(List.of("الرمال", "حي الرمال"), List.of("Rimal", "Al-Rimal", "Remal")),
            new Place(List.of("الزوايدة", "الزوايده"), List.of("Zawaida", "Al-Zawayda", "Az-Zawayda")),
            new Place(List.of("بني سهيلا", "بلدة بني سهيلا"), List.of("Bani Suheila", "Bani Suhaila")),
            new Place(List.of("عبسان", "عبسان الكبيرة"), List.of("Abasan", "Abasan al-Kabira")),
            new Place(List.of("خزاعة", "بلدة خزاعة"), List.of("Khuza'a", "Khuzaa", "Khoza'a")),
            new Place(List.of("القرارة", "قرارة"), List.of("Al-Qarara", "Qarara")));

    private Places() {
    }
}
