package org.marsad.report.words;

/**
 * The grammatical case of a counted phrase, where it shows in writing: the dual (مدنيان / مدنيين),
 * twelve (اثنا عشر / اثني عشر) and the tens (عشرون / عشرين). Elsewhere unvocalized text does not
 * show case.
 */
public enum Case {
    /** marfūʿ (مرفوع): the phrase is a subject, "قُتل مدنيان". */
    NOMINATIVE,
    /** manṣūb or majrūr (منصوب أو مجرور): an object or after a preposition, "مقتل مدنيين". */
    OBLIQUE
}
