package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekdaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "الاثنين, MONDAY", "الإثنين, MONDAY", "الأربعاء, WEDNESDAY", "الاربعاء, WEDNESDAY", "الأحد, SUNDAY",
        "الجمعة, FRIDAY", "Thursday, THURSDAY", "saturday, SATURDAY"
    })
    void namesEveryWrittenFormOfADay(String written, DayOfWeek day) {
        assertThat(Weekdays.of(ArabicNormalizer.normalize(written))).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"يوم", "الأسبوع", "اليوم", "weekend"})
    void wordsThatAreNoDayNameNone(String written) {
        assertThat(Weekdays.of(ArabicNormalizer.normalize(written))).isNull();
    }
}
