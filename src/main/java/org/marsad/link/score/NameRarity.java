package org.marsad.link.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.link.name.NamePart;

/**
 * How rare each record's name parts are, as a weight added when two records agree on that part: two
 * strangers share محمد far more often than a rare family name, so agreeing on a rare part says more
 * (the term-frequency adjustment of Splink). For a field, chance agreement over random pairs is
 * Σ tf(v)²; agreeing on the value v is tf(v) likely by chance, so the adjustment is log(Σ tf² / tf(v)),
 * counted only where it is above 0.
 * Counted over skeletons, which Arabic and Latin spellings of one name share.
 */
public final class NameRarity {

    /**
     * Upper bound of the adjustment, in natural-log units: a name seen once should not outweigh a date.
     * There is no negative adjustment: EM learns its weights on candidate pairs, which blocking made
     * share name parts, so common names are already what an agreement there is made of; lowering them
     * again left "محمد محمد الشوا" and its exact copy, killed the same day, below one half (generated
     * 10k F1 0.952 with a bound of -3.5, 0.957 with none; real names 0.918, 0.919).
     */
    public static final double LIMIT = 3.5;

    private final float[][] adjustment;

    private NameRarity(float[][] adjustment) {
        this.adjustment = adjustment;
    }

    public static NameRarity of(List<RecordProfile> profiles) {
        List<FieldComparator> fields = PairPattern.FIELDS;
        float[][] adjustment = new float[fields.size()][];
        for (int field = 0; field < fields.size(); field++) {
            if (fields.get(field) instanceof NameComparator names) {
                adjustment[field] = adjustments(profiles, names);
            }
        }
        return new NameRarity(adjustment);
    }

    private static float[] adjustments(List<RecordProfile> profiles, NameComparator names) {
        Map<String, Integer> counts = new HashMap<>();
        long n = 0;
        for (RecordProfile profile : profiles) {
            NamePart part = names.part(profile);
            if (part != null) {
                counts.merge(part.skeleton(), 1, Integer::sum);
                n++;
            }
        }
        double chance = 0;
        for (int count : counts.values()) {
            chance += ((double) count / n) * ((double) count / n);
        }
        float[] byRecord = new float[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            NamePart part = names.part(profiles.get(i));
            if (part != null) {
                double tf = (double) counts.get(part.skeleton()) / n;
                byRecord[i] = (float) Math.max(0, Math.min(LIMIT, Math.log(chance / tf)));
            }
        }
        return byRecord;
    }

    /**
     * The weight (natural log) to add to a pair with this pattern: for each name field where the two
     * agree in spelling or skeleton, the adjustment of the commoner of their two skeletons.
     */
    double weight(int pattern, int a, int b) {
        double weight = 0;
        for (int field = 0; field < adjustment.length; field++) {
            if (adjustment[field] == null) {
                continue;
            }
            int level = PairPattern.level(pattern, field);
            if (level == NameComparator.SAME_SPELLING || level == NameComparator.SAME_SKELETON) {
                weight += Math.min(adjustment[field][a], adjustment[field][b]);
            }
        }
        return weight;
    }
}
