package org.marsad.extract.figure;

import java.util.List;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.find.FigureFinder;
import org.marsad.extract.figure.outcome.OutcomeEvidence;
import org.marsad.extract.figure.relate.Structure;

/** The figure stage in one call: candidates, the outcome their sentences give them, and how they relate. */
public final class Figures {

    private Figures() {
    }

    /** The figures of {@code doc} that are claims, in text order, each with its outcome, group and whole. */
    public static List<Figure> read(Document doc) {
        List<Figure> candidates = FigureFinder.find(doc);
        OutcomeEvidence.gather(doc, candidates);
        return Structure.resolve(doc, candidates);
    }
}
