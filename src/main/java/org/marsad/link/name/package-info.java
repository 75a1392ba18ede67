/**
 * Reading names: Arabic spellings folded (never stemmed), a name parsed into given, father's,
 * grandfather's and family name, kinship and titles recognized, and Arabic and Latin spellings brought to
 * one consonant skeleton, and an Arabic spelling that came back from Latin read as the Latin it came
 * from; the lexicon of a run's lists tells a rare slip from a name people bear. It says
 * what a name is, never whether two records are one person: that is {@code score}'s job.
 */
package org.marsad.link.name;
