package org.marsad.cli;

import org.marsad.extract.ClaimExtractor;
import org.marsad.place.Candidate;
import org.marsad.place.PlaceResolver;

/** The claim extractor as the commands use it: places resolved by the shipped gazetteer. */
final class Extractors {
    private Extractors() {
    }

    static ClaimExtractor withGazetteer() {
        PlaceResolver places = PlaceResolver.shipped();
        return new ClaimExtractor(text -> places.best(text).map(Candidate::pcode));
    }
}
