package org.marsad.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.report.Svg.Anchor;

class LabelLayoutTest {

    @Test
    void aLabelGoesAfterItsCircleWhenThereIsRoom() {
        LabelLayout.Placement at = new LabelLayout(12).place("Homs 60", 100, 100, 10);
        assertThat(at).isEqualTo(new LabelLayout.Placement(114, 104, Anchor.START));
    }

    @Test
    void aLabelThatWouldOverprintItsNeighbourMovesToTheOtherSide() {
        LabelLayout layout = new LabelLayout(12);
        layout.place("Damascus 12", 219, 415, 3);
        LabelLayout.Placement rural = layout.place("Rural Damascus 35", 225, 421, 3);
        assertThat(rural.anchor()).isEqualTo(Anchor.END);
        assertThat(rural.x()).isEqualTo(218);
    }

    @Test
    void aLabelDoesNotCrossANeighbouringCircle() {
        LabelLayout layout = new LabelLayout(12);
        layout.avoid(200, 100, 30);
        LabelLayout.Placement aleppo = layout.place("Aleppo 140", 150, 100, 10);
        assertThat(aleppo.anchor()).isEqualTo(Anchor.END);
    }
}
