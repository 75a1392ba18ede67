/**
 * Counted nouns in grammatical Arabic and English: "ثلاث نساء", "16 مدنياً", "1 child", "2 children". Arabic
 * numbers govern their noun's number, case and gender by rules of their own (polarity, the tamyiz), so a
 * count is worded here once rather than in every sentence that carries one. It words a count it is given,
 * never a count it works out.
 */
package org.marsad.report.words;
