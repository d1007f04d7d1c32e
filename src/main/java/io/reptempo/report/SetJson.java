package io.reptempo.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Flag;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.SetSummary;
import io.reptempo.reps.Shortening;
import io.reptempo.reps.TrainingMode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The analysis as JSON: per-rep timings with fixed key names, every flagged shortening, the set
 * summary and the settings used. Missing values are explicit nulls.
 */
public final class SetJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();

    private SetJson() {
    }

    public static JsonObject toJson(SetResult result, SourceInfo source) {
        AnalysisSettings settings = result.settings();
        boolean bar = settings.mount() == Mount.BAR;
        boolean returns = settings.mode() == TrainingMode.ECCENTRIC_ONLY && settings.assistedReturn();
        JsonObject root = new JsonObject();
        root.addProperty("reptempo_version", "1");
        root.add("source", source.toJson());
        root.add("settings", settings(settings));
        JsonArray reps = new JsonArray();
        for (Rep r : result.reps()) {
            JsonObject o = new JsonObject();
            o.addProperty("index", r.index());
            o.addProperty("start_s", Numbers.round(r.startS(), 3));
            o.addProperty("end_s", Numbers.round(r.endS(), 3));
            o.addProperty("eccentric_s", Numbers.round(r.eccentricS(), 3));
            o.addProperty("pause_after_eccentric_s", Numbers.round(r.pauseAfterEccentricS(), 3));
            o.addProperty(returns ? "return_s" : "concentric_s", Numbers.round(r.concentricS(), 3));
            o.addProperty("pause_after_concentric_s", Numbers.round(r.pauseAfterConcentricS(), 3));
            o.addProperty("tempo", r.tempo());
            if (bar) {
                o.addProperty("rom_m", Numbers.round(r.rom(), 4));
                o.addProperty("mean_concentric_velocity_mps", Numbers.round(r.meanConcentricVelocity(), 3));
                o.addProperty("peak_concentric_velocity_mps", Numbers.round(r.peakConcentricVelocity(), 3));
            } else {
                o.addProperty("rom_deg", Numbers.round(r.rom(), 2));
                o.addProperty("mean_concentric_velocity_dps", Numbers.round(r.meanConcentricVelocity(), 2));
                o.addProperty("peak_concentric_velocity_dps", Numbers.round(r.peakConcentricVelocity(), 2));
            }
            o.addProperty("velocity_loss_pct", Numbers.round(r.velocityLossPct(), 1));
            JsonArray flags = new JsonArray();
            for (Flag f : r.flags()) {
                JsonObject fo = new JsonObject();
                fo.addProperty("type", f.type().code());
                fo.addProperty("start_s", Numbers.round(f.startS(), 3));
                fo.addProperty("end_s", Numbers.round(f.endS(), 3));
                fo.addProperty("message", f.message());
                flags.add(fo);
            }
            o.add("flags", flags);
            reps.add(o);
        }
        root.add("reps", reps);
        JsonArray shortening = new JsonArray();
        for (Shortening s : result.shortenings()) {
            JsonObject o = new JsonObject();
            o.addProperty("rep", s.rep());
            o.addProperty("start_s", Numbers.round(s.startS(), 3));
            o.addProperty("end_s", Numbers.round(s.endS(), 3));
            if (bar) {
                o.addProperty("size_m", Numbers.round(s.size(), 4));
            } else {
                o.addProperty("size_deg", Numbers.round(s.size(), 2));
            }
            o.addProperty("inside_lowering", s.insideLowering());
            shortening.add(o);
        }
        root.add("shortening", shortening);
        root.add("summary", summary(result.summary(), bar));
        return root;
    }

    private static JsonObject settings(AnalysisSettings s) {
        JsonObject o = new JsonObject();
        o.addProperty("exercise", s.exercise().name());
        o.addProperty("mount", s.mount().name().toLowerCase());
        o.addProperty("concentric", s.exercise().concentric().name().toLowerCase());
        o.addProperty("first", s.exercise().eccentricFirst() ? "eccentric" : "concentric");
        o.addProperty("mode", s.mode().cliName());
        o.addProperty("assisted_return", s.assistedReturn());
        o.addProperty("target_tempo", s.target() == null ? null : s.target().toString());
        o.addProperty("tempo_tolerance_s", s.tempoToleranceS());
        o.addProperty("partial_rom_fraction", s.partialRomFraction());
        o.addProperty("velocity_loss_limit_pct", s.velocityLossLimitPct());
        return o;
    }

    private static JsonObject summary(SetSummary s, boolean bar) {
        JsonObject o = new JsonObject();
        o.addProperty("reps", s.repCount());
        o.addProperty("time_under_tension_s", Numbers.round(s.timeUnderTensionS(), 2));
        o.addProperty("average_tempo", s.averageTempo());
        if (bar) {
            o.addProperty("best_rom_m", Numbers.round(s.bestRom(), 4));
            o.addProperty("best_mean_concentric_velocity_mps", Numbers.round(s.bestMeanConcentricVelocity(), 3));
        } else {
            o.addProperty("best_rom_deg", Numbers.round(s.bestRom(), 2));
            o.addProperty("best_mean_concentric_velocity_dps", Numbers.round(s.bestMeanConcentricVelocity(), 2));
        }
        o.addProperty("velocity_loss_pct", Numbers.round(s.velocityLossPct(), 1));
        o.addProperty("max_velocity_loss_pct", Numbers.round(s.maxVelocityLossPct(), 1));
        o.addProperty("shortening_count", s.shorteningCount());
        JsonObject flags = new JsonObject();
        for (Map.Entry<String, Integer> e : s.flagCounts().entrySet()) {
            flags.addProperty(e.getKey(), e.getValue());
        }
        o.add("flags", flags);
        return o;
    }

    public static String toText(SetResult result, SourceInfo source) {
        return GSON.toJson(toJson(result, source)) + "\n";
    }

    public static void write(SetResult result, SourceInfo source, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(toText(result, source));
        }
    }
}
