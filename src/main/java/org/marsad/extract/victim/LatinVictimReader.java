package org.marsad.extract.victim;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.Token;

/** Finds the named victims of English text. */
final class LatinVictimReader {
    private final String text;
    private final List<Token> t;

    LatinVictimReader(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
    }

    List<Mention> read() {
        return new ArrayList<>();
    }
}
