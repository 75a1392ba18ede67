package org.marsad.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.estimate.model.CaptureHistories;

/**
 * Killings in Kosovo, March–June 1999, as four lists documented them (the LCMCR package's public
 * {@code kosovo_aggregate}: EXH exhumations, ABA, OSCE, HRW; 4,400 persons): the data the MSE literature
 * checks its methods on, and our benchmark's workload.
 */
final class Kosovo {
    private static final String PATTERNS = "1000:1131 0100:845 1100:177 0010:936 1010:228 0110:217 1110:181 0001:306 "
            + "1001:106 0101:31 1101:18 0011:123 1011:42 0111:32 1111:27";

    private Kosovo() {
    }

    static CaptureHistories histories() {
        Map<String, Long> p = new LinkedHashMap<>();
        for (String cell : PATTERNS.split(" ")) {
            String[] kv = cell.split(":");
            p.put(kv[0], Long.parseLong(kv[1]));
        }
        return CaptureHistories.of(List.of("EXH", "ABA", "OSCE", "HRW"), p);
    }
}
