package org.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A report and its gold claims in the shared corpus format (report.txt beside report.gold.json). */
record GoldFile(String name, String text, List<Key> claims) {

    /** What a claim is matched on, plus the fields the seed example is held to exactly. */
    record Key(String outcome, long count, String qualifier, String group, Integer within) {
        String figure() {
            return outcome + " " + count + " " + group;
        }
    }

    static GoldFile read(Path txt) throws IOException {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path gold = txt.resolveSibling(name + ".gold.json");
        JsonNode root = new ObjectMapper().readTree(Files.readString(gold, StandardCharsets.UTF_8));
        List<Key> claims = new ArrayList<>();
        for (JsonNode c : root.get("claims")) {
            JsonNode within = c.get("within");
            claims.add(new Key(c.get("outcome").asText(), c.get("count").asLong(), c.get("qualifier").asText(),
                    c.get("group").asText(), within == null || within.isNull() ? null : within.asInt()));
        }
        return new GoldFile(name, Files.readString(txt, StandardCharsets.UTF_8), claims);
    }

    static List<Key> keys(Extraction e) {
        List<Key> keys = new ArrayList<>();
        for (Claim c : e.claims()) {
            keys.add(new Key(c.outcome().code(), c.count(), c.qualifier().code(), c.group().code(), c.within()));
        }
        return keys;
    }
}
