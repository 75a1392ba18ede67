package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1130 | 1130", "1,130 | 1130", "١١٣٠ | 1130", "١٬١٣٠ | 1130", "۱۱۳۰ | 1130", "1،130 | 1130",
        "٣ | 3", "12,500,000 | 12500000"
    })
    void readsDigitsOfEveryScriptWithSeparators(String text, long value) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).kind()).isEqualTo(Token.Kind.NUMBER);
        assertThat(tokens.get(0).value()).isEqualTo(value);
    }

    @Test
    void keepsListCommasBetweenNumbersApart() {
        List<Token> tokens = Tokenizer.tokenize("3, 4،5");
        assertThat(tokens).extracting(Token::norm).containsExactly("3", ",", "4", "،", "5");
    }

    @Test
    void marksDecimalsSoTheyAreNeverCounts() {
        assertThat(Tokenizer.tokenize("2.5 كلم").get(0).kind()).isEqualTo(Token.Kind.DECIMAL);
    }

    @Test
    void splitsConjunctionWrittenAgainstDigits() {
        List<Token> tokens = Tokenizer.tokenize("و270 طفلاً");
        assertThat(tokens).extracting(Token::norm).containsExactly("و", "270", "طفلا");
        assertThat(tokens.get(1).start()).isEqualTo(1);
        assertThat(tokens.get(1).end()).isEqualTo(4);
    }

    @Test
    void keepsOffsetsOfTheOriginalTextAcrossDiacritics() {
        String text = "قُتِلَ خمسةٌ";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens.get(1).norm()).isEqualTo("خمسة");
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("خمسةٌ");
    }

    @Test
    void keepsLineBreaksAsBreaks() {
        assertThat(Tokenizer.tokenize("عنوان\r\n\r\nنص")).extracting(Token::kind)
                .containsExactly(Token.Kind.WORD, Token.Kind.BREAK, Token.Kind.WORD);
    }
}
