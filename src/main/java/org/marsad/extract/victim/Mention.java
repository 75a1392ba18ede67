package org.marsad.extract.victim;

import org.marsad.extract.Group;

/**
 * A name read from the text, before mentions of one person are merged: its span in characters, the
 * token where its clause is, and what the words around it say, with the kinship noun that introduced
 * it ({@code relation}, or null).
 */
public record Mention(int start, int end, String name, VictimOutcome outcome, String sex, Integer age, Group group,
        int token, Kinship relation) {
}
