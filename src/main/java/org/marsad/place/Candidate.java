package org.marsad.place;

import java.util.List;

/**
 * One reading of a place mention, as the resolver ranks them.
 *
 * @param pcode  the unit's p-code
 * @param level  its administrative level
 * @param nameAr Arabic name
 * @param nameEn English name
 * @param adm1   p-code of its governorate (itself for a governorate)
 * @param lat    centroid latitude
 * @param lon    centroid longitude
 * @param notes  how much finer the mention is than the unit ("eastern countryside", "city"), what the
 *               mention named that the gazetteer does not hold, or that several places share the name, by
 *               kind ({@link PlaceNote}, worded in Arabic and English); empty when the mention is the unit
 * @param score  how sure the reading is, 0–1: 1 for a name spelled as the gazetteer spells it and nothing
 *               against it; readings under {@link PlaceResolver#MIN_SCORE} are not returned
 */
public record Candidate(String pcode, AdminLevel level, String nameAr, String nameEn, String adm1,
                        double lat, double lon, List<PlaceNote> notes, double score) {

    public Candidate {
        notes = List.copyOf(notes);
    }

    /** The notes in English, "; " between them ("eastern countryside; unlisted village: زور شمر"); "" for none. */
    public String note() {
        return note("en");
    }

    /** The notes in a language, "ar" or "en". */
    public String note(String lang) {
        return PlaceNote.text(notes, lang);
    }
}
