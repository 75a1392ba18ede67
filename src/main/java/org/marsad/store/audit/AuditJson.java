package org.marsad.store.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The before / after states of audited changes, as small JSON objects of the fields a change touched. */
public final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {
    }

    /** An audit JSON object nested in another, as an object rather than a quoted string. */
    public static Object nested(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit JSON is written by this class", e);
        }
    }

    /** A JSON object of alternating names and values: {@code of("status", "confirmed", "version", 2)}. */
    public static String of(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit fields must be plain values", e);
        }
    }
}
