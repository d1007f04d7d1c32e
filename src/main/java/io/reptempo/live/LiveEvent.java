package io.reptempo.live;

import com.google.gson.JsonObject;

/**
 * Something that happened during a live set, for the events file and the views.
 *
 * @param type      phase_start, phase_end, rep, flag, advice (e.g. end the set) or status
 * @param tS        sample time the event refers to
 * @param emittedTS sample time of the newest sample when it was emitted
 * @param details   type-specific fields (phase, index, tempo, flag, message ...)
 */
public record LiveEvent(String type, double tS, double emittedTS, JsonObject details) {

    /** A status change ("sensor lost", "calibrated" ...) at the newest sample's time. */
    public static LiveEvent status(String status, String message, double t) {
        JsonObject d = new JsonObject();
        d.addProperty("status", status);
        d.addProperty("message", message);
        double time = Double.isNaN(t) ? 0 : t;
        return new LiveEvent("status", time, time, d);
    }

    /** One JSON object with the common fields first, stamped with the wall clock of emission. */
    public JsonObject toJson(long wallMs) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        o.addProperty("t_s", Math.round(tS * 1000) / 1000.0);
        o.addProperty("emitted_t_s", Math.round(emittedTS * 1000) / 1000.0);
        o.addProperty("wall_ms", wallMs);
        details.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        return o;
    }
}
