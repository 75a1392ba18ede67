package org.marsad.link.synthetic;

import org.junit.jupiter.api.Test;

/**
 * Prints what the linker misses and joins wrongly on {@link HarshLists} (run by name:
 * {@code mvn -o -B test -Dtest=HarshMissesDiagnosis -Dmarsad.people=2000}, with {@code -Dmarsad.secondHand=true}, {@code -Dmarsad.ours=true}
 * or {@code -Dmarsad.retyped=true} on those generators' lists, {@code -Dmarsad.blind=true} on the blind lists
 * ({@code -Dmarsad.seed}, {@code -Dmarsad.examples}: how many pairs of each kind, -1 for all), {@code -Dmarsad.real=true} on the real names, every pair,
 * {@code -Dmarsad.harshVersion=2} on the harsh generator's second version); asserts nothing, so it is
 * not one of the suite's tests.
 */
class HarshMissesDiagnosis {

    @Test
    void printsMissedAndWrongPairs() {
        int people = Integer.getInteger("marsad.people", 2_000);
        if (Boolean.getBoolean("marsad.real")) {
            // every missed and wrong pair of the real names, not a sample: there are a few hundred
            org.marsad.link.RealNamesTest.Lists real;
            try {
                real = org.marsad.link.RealNamesTest.read();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            java.util.List<org.marsad.link.LabelledVictim> labelled = new java.util.ArrayList<>();
            for (int i = 0; i < real.records().size(); i++) {
                labelled.add(new org.marsad.link.LabelledVictim(real.records().get(i), real.truth().get(i)));
            }
            System.out.println("real names: " + MissedPairs.of(labelled, -1).report());
            return;
        }
        if (Boolean.getBoolean("marsad.blind")) {
            long seed = Long.getLong("marsad.seed", 1);
            try {
                System.out.println("blind " + people + " seed " + seed + ": "
                        + MissedPairs.of(org.marsad.link.blind.BlindListsAccess.generate(people, seed),
                                Integer.getInteger("marsad.examples", 40)).report());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        if (Boolean.getBoolean("marsad.secondHand")) {
            System.out.println("second-hand " + people + ": "
                    + MissedPairs.of(org.marsad.link.SecondHandListsAccess.generate(people, 1), 40).report());
            return;
        }
        if (Boolean.getBoolean("marsad.ours")) {
            System.out.println("ours " + people + ": " + MissedPairs.of(SyntheticLists.generate(people, 4, 2026), 40).report());
            return;
        }
        if (Boolean.getBoolean("marsad.retyped")) {
            System.out.println("retyped " + people + ": " + MissedPairs.of(RetypedLists.generate(people, 1), 40).report());
            return;
        }
        int version = Integer.getInteger("marsad.harshVersion", HarshLists.FIRST_VERSION);
        System.out.println("harsh " + people + " (version " + version + "): "
                + MissedPairs.of(HarshLists.generate(people, 4, 1, version), 40).report());
    }
}
