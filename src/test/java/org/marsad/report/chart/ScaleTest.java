package org.marsad.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,    1,    1
            7,    8,    2
            100,  100,  20
            402,  500,  100
            1130, 1500, 500
            """)
    void theCountAxisEndsAtARoundTopAboveTheLargestCount(long max, long top, long step) {
        assertThat(Scale.upTo(max)).isEqualTo(new Scale(top, step));
    }
}
