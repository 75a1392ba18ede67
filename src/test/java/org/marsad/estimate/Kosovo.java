package org.marsad.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The LCMCR package's public kosovo_aggregate: lists EXH, ABA, OSCE, HRW; 4,400 persons. */
final class Kosovo {
    private Kosovo() {
    }

    static CaptureHistories histories() {
        Map<String, Long> p = new LinkedHashMap<>();
        String table = "1000:1131 0100:845 1100:177 0010:936 1010:228 0110:217 1110:181 0001:306 1001:106 0101:31 "
                + "1101:18 0011:123 1011:42 0111:32 1111:27";
        for (String cell : table.split(" ")) {
            String[] kv = cell.split(":");
            p.put(kv[0], Long.parseLong(kv[1]));
        }
        return CaptureHistories.of(List.of("EXH", "ABA", "OSCE", "HRW"), p);
    }
}
