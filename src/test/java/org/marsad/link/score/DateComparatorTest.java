package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateComparatorTest {

    private static final String[] LEVELS = {"equal", "within 1 days", "within 3 days", "within 10 days", "further apart"};

    @ParameterizedTest(name = "{0} beside {1}: {2}")
    @CsvSource({
            "2024-03-07, 2024-03-07, equal",
            "2024-03-07, 2024-03-09, within 3 days",
            "2024-03-07, 2024-03-15, within 10 days",
            // day and month swapped, give or take the day a source shifts: near agreement, not disagreement
            "2024-03-07, 2024-07-03, within 10 days",
            "2024-07-03, 2024-03-07, within 10 days",
            "2024-03-07, 2024-07-04, within 10 days",
            "2024-03-13, 2024-12-03, within 10 days",
            "2024-03-07, 2024-07-05, further apart",
            "2024-03-07, 2023-07-03, further apart",
            // a day above 12 is no month, and a day equal to its month swaps into itself
            "2024-03-13, 2024-07-03, further apart",
            "2024-07-03, 2024-03-13, further apart",
            "2024-05-05, 2024-05-25, further apart",
    })
    void readsDayAndMonthSwappedAsNearAgreement(LocalDate first, LocalDate second, String expected) {
        int level = DateComparator.compare(day(first), RecordProfile.swappedDay(first), day(second),
                RecordProfile.swappedDay(second));
        assertThat(LEVELS[level]).isEqualTo(expected);
        assertThat(new DateComparator().levels()).containsExactly(LEVELS);
    }

    @Test
    void aDateWhoseDayCannotBeAMonthHasNoSwappedReading() {
        assertThat(RecordProfile.swappedDay(LocalDate.of(2024, 3, 13))).isEqualTo(RecordProfile.UNKNOWN);
        assertThat(RecordProfile.swappedDay(LocalDate.of(2024, 4, 4))).isEqualTo(RecordProfile.UNKNOWN);
        assertThat(RecordProfile.swappedDay(null)).isEqualTo(RecordProfile.UNKNOWN);
        assertThat(RecordProfile.swappedDay(LocalDate.of(2024, 11, 2))).isEqualTo(day(LocalDate.of(2024, 2, 11)));
    }

    @Test
    void aMissingDateIsMissing() {
        assertThat(DateComparator.compare(RecordProfile.UNKNOWN, RecordProfile.UNKNOWN, day(LocalDate.of(2024, 3, 7)),
                RecordProfile.swappedDay(LocalDate.of(2024, 3, 7)))).isEqualTo(FieldComparator.MISSING);
    }

    private static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
