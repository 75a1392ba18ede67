package org.marsad.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence ends as the rules that look at "the sentence before" need them, in both languages. */
class DocumentTest {

    private static int indexOf(Document doc, String word) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.slice(i, i + 1).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + doc.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Four people died in the raid.\nMost were fighters.",
        "Four people died in the raid.\r\n\r\nMost were fighters.",
        "\"Four people died in the raid.\"\nMost were fighters.",
        "Four people died in the raid?!\nMost were fighters.",
        "Four people died in the raid\nMost were fighters.",
    })
    void aFullStopAndTheLineBreakAfterItEndOneSentence(String text) {
        Document doc = new Document(text);
        assertThat(doc.sentence(indexOf(doc, "Most")) - doc.sentence(indexOf(doc, "Four"))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "قتل أربعة أشخاص في الغارة.\nوكان معظمهم مقاتلين.",
        "قتل أربعة أشخاص في الغارة. \nوكان معظمهم مقاتلين.",
        "قتل أربعة أشخاص في الغارة؟\n\nوكان معظمهم مقاتلين.",
    })
    void soInArabic(String text) {
        Document doc = new Document(text);
        assertThat(doc.sentence(indexOf(doc, "وكان")) - doc.sentence(indexOf(doc, "قتل"))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Four people died. Two were injured.", "Four people died; two were injured."})
    void punctuationWithinALineStillEndsASentence(String text) {
        Document doc = new Document(text);
        assertThat(doc.sentence(doc.size() - 1)).isEqualTo(1);
    }
}
