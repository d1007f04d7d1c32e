package io.reptempo.sim;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Truth files through gson's tree model: keys depend on the mount (rom_m vs rom_deg), and values
 * that do not exist are written as explicit JSON nulls.
 */
final class TruthJson {

    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();

    private TruthJson() {
    }

    static String write(SetTruth t) {
        boolean bar = t.mount() == Mount.BAR;
        String len = bar ? "_m" : "_deg";
        String vel = bar ? "_mps" : "_dps";
        JsonObject root = new JsonObject();
        root.addProperty("scenario", t.scenario());
        if (t.variant() != null) {
            root.addProperty("variant", t.variant());
        }
        root.addProperty("seed", t.seed());
        root.addProperty("exercise", t.exercise());
        root.addProperty("mount", t.mount().id());
        root.addProperty("concentric", t.concentric());
        root.addProperty("first", t.first().id());
        root.addProperty("mode", t.mode().id());
        root.addProperty("assisted_return", t.assistedReturn());
        root.addProperty("has_gyro", t.hasGyro());
        root.add("rate_hz", number(t.rateHz()));
        JsonArray reps = new JsonArray();
        for (RepTruth r : t.reps()) {
            JsonObject o = new JsonObject();
            o.addProperty("index", r.index());
            o.add("start_s", number(r.startS()));
            o.add("end_s", number(r.endS()));
            o.add("eccentric_start_s", number(r.eccentricStartS()));
            o.add("eccentric_end_s", number(r.eccentricEndS()));
            o.add("concentric_start_s", number(r.concentricStartS()));
            o.add("concentric_end_s", number(r.concentricEndS()));
            o.add("eccentric_s", number(r.eccentricS()));
            o.add("pause_after_eccentric_s", number(r.pauseAfterEccentricS()));
            o.add("concentric_s", number(r.concentricS()));
            o.add("pause_after_concentric_s", number(r.pauseAfterConcentricS()));
            o.add("rom" + len, number(r.rom()));
            o.add("mean_concentric_velocity" + vel, number(r.meanConcentricVelocity()));
            o.add("peak_concentric_velocity" + vel, number(r.peakConcentricVelocity()));
            o.addProperty("partial", r.partial());
            reps.add(o);
        }
        root.add("reps", reps);
        JsonArray shortening = new JsonArray();
        for (ShorteningTruth s : t.shortening()) {
            JsonObject o = new JsonObject();
            o.addProperty("rep", s.rep());
            o.add("start_s", number(s.startS()));
            o.add("end_s", number(s.endS()));
            o.add("size" + len, number(s.size()));
            shortening.add(o);
        }
        root.add("shortening", shortening);
        JsonArray nonReps = new JsonArray();
        for (NonRepTruth n : t.nonReps()) {
            JsonObject o = new JsonObject();
            o.addProperty("kind", n.kind().id());
            o.add("start_s", number(n.startS()));
            o.add("end_s", number(n.endS()));
            nonReps.add(o);
        }
        root.add("non_reps", nonReps);
        return GSON.toJson(root);
    }

    static SetTruth read(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        Mount mount = Mount.fromId(root.get("mount").getAsString());
        boolean bar = mount == Mount.BAR;
        String len = bar ? "_m" : "_deg";
        String vel = bar ? "_mps" : "_dps";
        List<RepTruth> reps = new ArrayList<>();
        for (JsonElement e : array(root, "reps")) {
            JsonObject o = e.getAsJsonObject();
            reps.add(new RepTruth(o.get("index").getAsInt(), num(o, "start_s"), num(o, "end_s"),
                    num(o, "eccentric_start_s"), num(o, "eccentric_end_s"),
                    num(o, "concentric_start_s"), num(o, "concentric_end_s"),
                    num(o, "eccentric_s"), boxed(o, "pause_after_eccentric_s"),
                    num(o, "concentric_s"), boxed(o, "pause_after_concentric_s"),
                    num(o, "rom" + len), num(o, "mean_concentric_velocity" + vel),
                    num(o, "peak_concentric_velocity" + vel), bool(o, "partial")));
        }
        List<ShorteningTruth> shortening = new ArrayList<>();
        for (JsonElement e : array(root, "shortening")) {
            JsonObject o = e.getAsJsonObject();
            shortening.add(new ShorteningTruth(o.get("rep").getAsInt(), num(o, "start_s"), num(o, "end_s"),
                    num(o, "size" + len)));
        }
        List<NonRepTruth> nonReps = new ArrayList<>();
        for (JsonElement e : array(root, "non_reps")) {
            JsonObject o = e.getAsJsonObject();
            nonReps.add(new NonRepTruth(NonRepKind.fromId(o.get("kind").getAsString()), num(o, "start_s"),
                    num(o, "end_s")));
        }
        return new SetTruth(str(root, "scenario"), str(root, "variant"),
                root.has("seed") && !root.get("seed").isJsonNull() ? root.get("seed").getAsLong() : 0L,
                str(root, "exercise"), mount, str(root, "concentric") == null ? "up" : str(root, "concentric"),
                PhaseOrder.fromId(str(root, "first")), SetMode.fromId(str(root, "mode")),
                bool(root, "assisted_return"), bool(root, "has_gyro"), num(root, "rate_hz"),
                reps, shortening, nonReps);
    }

    private static JsonElement number(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? JsonNull.INSTANCE : new JsonPrimitive(v);
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
    }

    private static double num(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }

    private static Double boxed(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsDouble();
    }

    private static boolean bool(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && !e.isJsonNull() && e.getAsBoolean();
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
