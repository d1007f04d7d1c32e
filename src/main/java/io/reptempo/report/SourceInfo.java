package io.reptempo.report;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Where the samples came from and what reading them cost: shown in reports so a coach can see
 * that rows were skipped or the sensor dropped out.
 */
public record SourceInfo(String name, long samples, long skippedRows, int gaps, double durationS,
                         Map<String, String> metadata) {

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("samples", samples);
        o.addProperty("skipped_rows", skippedRows);
        o.addProperty("gaps", gaps);
        o.addProperty("duration_s", Numbers.round(durationS, 3));
        JsonObject meta = new JsonObject();
        metadata.forEach(meta::addProperty);
        o.add("metadata", meta);
        return o;
    }
}
