package org.marsad.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.marsad.InputError;
import org.marsad.estimate.model.CaptureHistories;

class ListsCsvTest {
    private static CaptureHistories read(String csv) {
        return ListsCsv.read(new StringReader(csv), "lists.csv");
    }

    @Test
    void aPersonOnSeveralListsIsOnePatternAndListsAreNumberedAsTheyAppear() {
        CaptureHistories h = read("person,source\n1,SNHR\n1,VDC\n2,VDC\n3,SOHR\n3,SNHR\n3,VDC\n1,SNHR\n");
        assertThat(h.lists()).containsExactly("SNHR", "VDC", "SOHR");
        assertThat(h.documented()).isEqualTo(3);
        assertThat(h.count(CaptureHistories.patternOf("110", 3))).isEqualTo(1);
        assertThat(h.count(CaptureHistories.patternOf("010", 3))).isEqualTo(1);
        assertThat(h.count(CaptureHistories.patternOf("111", 3))).isEqualTo(1);
    }

    @Test
    void aPersonWithNoSourceNamesTheLineAndField() {
        assertThatThrownBy(() -> read("person,source\n1,A\n2,\n"))
                .isInstanceOf(InputError.class).hasMessage("lists.csv: line 3: person '2' has no source (field 'source' is empty)");
    }

    @Test
    void anEmptyPersonNamesTheLineAndField() {
        assertThatThrownBy(() -> read("person,source\n1,A\n,B\n")).hasMessage("lists.csv: line 3: field 'person' is empty");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> read("id,list\n1,A\n")).hasMessageContaining("line 1: no 'person' column");
    }

    @Test
    void aFileWithOnlyAHeaderIsAnError() {
        assertThatThrownBy(() -> read("person,source\n")).hasMessage("lists.csv: no rows after the header");
    }
}
