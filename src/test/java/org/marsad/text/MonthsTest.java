package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "كانون الثاني, 1", "يناير, 1", "شباط, 2", "فبراير, 2", "آذار, 3", "نيسان, 4", "أبريل, 4", "أيار, 5",
        "مايو, 5", "حزيران, 6", "يونيو, 6", "تموز, 7", "يوليو, 7", "آب, 8", "أغسطس, 8", "أيلول, 9",
        "سبتمبر, 9", "تشرين الأول, 10", "أكتوبر, 10", "تشرين الثاني, 11", "نوفمبر, 11", "كانون الأول, 12",
        "ديسمبر, 12", "October, 10", "june, 6"
    })
    void readsMonthsOfBothArabicSystemsAndEnglish(String name, int month) {
        Months.Match m = Months.read(Tokenizer.tokenize(name), 0);
        assertThat(m.month()).isEqualTo(month);
    }

    @Test
    void takesBothNamesOfAPairAsOneMonth() {
        List<Token> tokens = Tokenizer.tokenize("تشرين الأول / أكتوبر الجاري");
        Months.Match m = Months.read(tokens, 0);
        assertThat(m.month()).isEqualTo(10);
        assertThat(m.end()).isEqualTo(4);
    }

    @Test
    void doesNotReadAnOrdinaryWordAsAMonth() {
        assertThat(Months.read(Tokenizer.tokenize("تشرين"), 0)).isNull();
        assertThat(Months.read(Tokenizer.tokenize("مدينة"), 0)).isNull();
    }
}
