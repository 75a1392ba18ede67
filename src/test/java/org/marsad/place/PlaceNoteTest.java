package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.place.gazetteer.Region;
import org.marsad.place.mention.Direction;

/** Every kind of note reads in both languages, the Arabic without a Latin letter but for the words it quotes. */
class PlaceNoteTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.load());

    @Test
    void everyKindAreaAndDirectionHasTextInArabicAndEnglish() {
        List<PlaceNote> notes = new ArrayList<>();
        List<String> areas = List.of("city", "town", "village", "neighbourhood", "camp", "farm", "countryside", "desert",
                "outskirts", "city_and_countryside", "part");
        for (Direction d : Direction.values()) {
            notes.add(PlaceNote.toward(d.key()));
            for (String area : areas) {
                notes.add(PlaceNote.area(area, d.key()));
                notes.add(PlaceNote.unlisted(area, d.key(), "زور شمر"));
            }
        }
        areas.forEach(area -> notes.add(PlaceNote.area(area, "")));
        notes.add(PlaceNote.approximate());
        notes.add(PlaceNote.ambiguous(3));
        notes.add(PlaceNote.unlisted("", "", "زور شمر"));
        Place rif = Gazetteer.load().place("SY03").orElseThrow();
        notes.add(PlaceNote.region(new Region("Eastern Ghouta", rif, List.of("الغوطة الشرقية", "Eastern Ghouta"))));
        assertThat(notes.stream().map(PlaceNote::kind).distinct())
                .containsExactlyInAnyOrder(PlaceNote.Kind.values());
        for (PlaceNote note : notes) {
            String arabic = note.text("ar");
            String english = note.text("en");
            assertThat(arabic).as("%s", note).isNotBlank().doesNotContainPattern("[A-Za-z]").isNotEqualTo(english);
            assertThat(english).as("%s", note).isNotBlank().doesNotContainPattern("[\\u0600-\\u06FF&&[^زورشم ]]");
        }
    }

    @Test
    void theResolversNotesReadInThePagesLanguage() {
        Candidate east = RESOLVER.best("ريف دير الزور الشرقي").orElseThrow();
        assertThat(east.note("en")).isEqualTo("eastern countryside");
        assertThat(east.note("ar")).isEqualTo("الريف الشرقي");
        Candidate ghouta = RESOLVER.best("Eastern Ghouta").orElseThrow();
        assertThat(ghouta.notes()).extracting(PlaceNote::kind).containsExactly(PlaceNote.Kind.REGION);
        assertThat(ghouta.note("ar")).isEqualTo("الغوطة الشرقية");
        assertThat(RESOLVER.best("Tal Baydar").orElseThrow().note("ar")).contains("ملتبس").contains("2");
        Candidate north = RESOLVER.best("شمال دمشق").orElseThrow();
        assertThat(north.pcode()).isEqualTo("SY01");
        assertThat(north.notes()).extracting(PlaceNote::kind).containsExactly(PlaceNote.Kind.TOWARD);
        assertThat(north.note("ar")).isEqualTo("شماله");
    }
}
