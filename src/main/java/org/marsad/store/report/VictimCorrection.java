package org.marsad.store.report;

import org.marsad.extract.victim.VictimOutcome;

/**
 * What an editor corrects of a person a report names: the name as it should be written, age in years (null
 * when the report gives none), sex ('M', 'F' or null) and what happened to them.
 */
public record VictimCorrection(String name, Integer age, Character sex, VictimOutcome outcome) {
    public VictimCorrection {
        if (name == null || name.isBlank()) {
            throw new org.marsad.InputError("name: a victim needs a name");
        }
        name = name.strip();
        if (age != null && (age < 0 || age >= 130)) {
            throw new org.marsad.InputError("age: " + age + " is not an age in years (0 to 129)");
        }
        if (sex != null && sex != 'M' && sex != 'F') {
            throw new org.marsad.InputError("sex: expected M or F, not '" + sex + "'");
        }
        if (outcome == null) {
            throw new org.marsad.InputError("outcome: expected killed, injured, missing or detained");
        }
    }
}
