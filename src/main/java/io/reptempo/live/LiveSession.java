package io.reptempo.live;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.reptempo.engine.EngineListener;
import io.reptempo.engine.TempoEngine;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Flag;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.Mount;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.TrainingMode;
import io.reptempo.reps.Rep;
import io.reptempo.reps.RepCandidate;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One live set: samples from any source go to the recorder and the same engine `analyze` uses;
 * phases, reps and flags come out as events while the set runs. Thread-safe: the source's reader
 * thread pushes samples while Ctrl-C may end the set from another thread.
 */
public final class LiveSession implements SampleSink {
    private final AnalysisSettings settings;
    private final TempoEngine engine;
    private final Consumer<LiveEvent> events;
    private final SampleSink recorder;
    private static final double LIVE_MATCH_SECONDS = 0.5;
    private final List<RepCandidate> candidates = new ArrayList<>();
    private final List<Double> liveShortenings = new ArrayList<>();
    private boolean lowered;
    private int announcedReps;
    /** Volatile: the view's timer reads it from its own thread without taking the session's lock. */
    private volatile double newest = Double.NaN;
    private SetResult result;
    private final List<SetListener> setListeners = new CopyOnWriteArrayList<>();

    /** @param recorder where every sample is also written (null for none) */
    public LiveSession(AnalysisSettings settings, Consumer<LiveEvent> events, SampleSink recorder) {
        this.settings = settings;
        this.events = events;
        this.recorder = recorder;
        this.engine = new TempoEngine(settings);
        engine.addListener(new LivePhaseTracker(settings.exercise(), this::phase));
        engine.addListener(new EngineListener() {
            @Override
            public void onCalibrated(double t) {
                events.accept(status("ready", t, engine.isRestFree()
                        ? "measuring without rests (the sensor is never still, as on a wrist): reps show "
                        + "after the first two or so, and phases about one rep late"
                        : "calibrated: hold still at the start of each set"));
            }

            @Override
            public void onGap(double from, double to) {
                events.accept(status("gap", from, String.format(Locale.ROOT, "no samples from %.1f s to %.1f s",
                        from, to)));
            }

            @Override
            public void onRepCandidate(RepCandidate c) {
                candidates.add(c);
                announceReps();
            }
        });
    }

    @Override
    public synchronized void accept(Sample s) {
        if (result != null) {
            return;
        }
        newest = s.t();
        if (recorder != null) {
            recorder.accept(s);
        }
        engine.accept(s);
    }

    /** Ends the set (idempotent) and returns the analysis, identical to `analyze` on the same samples. */
    @Override
    public synchronized void finish() {
        if (result != null) {
            return;
        }
        engine.finish();
        result = engine.result();
        for (int i = announcedReps; i < result.reps().size(); i++) {
            announce(result.reps().get(i));
        }
        announcedReps = result.reps().size();
        setListeners.forEach(l -> l.onSet(result, true));
    }

    /** Hears the set as analysed so far; called on the thread that feeds the samples, so it must be quick. */
    public interface SetListener {
        /** @param ended true for the final analysis when the set ends, false while reps are still coming */
        void onSet(SetResult set, boolean ended);
    }

    /** Adds a listener for each rep as it is added to the set, and for the final analysis. */
    public void addSetListener(SetListener listener) {
        setListeners.add(listener);
    }

    /** Sample time of the newest sample (NaN before the first); never waits for the reader thread. */
    public double newestSampleTime() {
        return newest;
    }

    /** True once the set has ended. */
    public synchronized boolean stopped() {
        return result != null;
    }

    public synchronized SetResult result() {
        return result;
    }

    public synchronized long sampleCount() {
        return engine.sampleCount();
    }

    public synchronized boolean isCalibrated() {
        return engine.isCalibrated();
    }

    public TempoEngine engine() {
        return engine;
    }

    private void phase(LivePhaseTracker.PhaseEvent e) {
        JsonObject d = new JsonObject();
        d.addProperty("phase", e.kind().label());
        d.addProperty("direction", e.direction().name().toLowerCase(Locale.ROOT));
        events.accept(new LiveEvent(e.start() ? "phase_start" : "phase_end", e.tS(), e.emittedTS(), d));
        boolean unwanted = settings.mode() == TrainingMode.ECCENTRIC_ONLY && !settings.assistedReturn();
        if (e.start() && e.kind() == PhaseKind.ECCENTRIC) {
            lowered = true;
        }
        // Before the first lowering the lifter is only unracking or setting up.
        if (unwanted && lowered && e.start() && e.kind() == PhaseKind.CONCENTRIC && engine.isCalibrated()) {
            // In an eccentric-only set every shortening is unwanted: say so now, not at the rep's end.
            JsonObject fd = new JsonObject();
            fd.addProperty("flag", FlagType.SHORTENING.code());
            fd.addProperty("message", String.format(Locale.ROOT,
                    "SHORTENING at %.1f s: pushing back up in an eccentric-only set", e.tS()));
            events.accept(new LiveEvent("flag", e.tS(), e.emittedTS(), fd));
            liveShortenings.add(e.tS());
        }
    }

    /** A shortening already announced live (within half a second) is not announced again. */
    private boolean announcedLive(Flag f) {
        return f.type() == FlagType.SHORTENING
                && liveShortenings.stream().anyMatch(t -> Math.abs(t - f.startS()) < LIVE_MATCH_SECONDS);
    }

    /** Reps are final only at the end; the set so far is re-analysed as each candidate arrives. */
    private void announceReps() {
        SetResult sofar = engine.analyzer().analyze(candidates);
        for (int i = announcedReps; i < sofar.reps().size(); i++) {
            announce(sofar.reps().get(i));
        }
        announcedReps = Math.max(announcedReps, sofar.reps().size());
        setListeners.forEach(l -> l.onSet(sofar, false));
    }

    private void announce(Rep r) {
        JsonObject d = new JsonObject();
        d.addProperty("index", r.index());
        d.addProperty("tempo", r.tempo());
        if (settings.target() != null) {
            d.addProperty("target", settings.target().toString());
        }
        if (settings.mount() == Mount.BAR && r.meanConcentricVelocity() != null && !r.concentricIsReturn()) {
            d.addProperty(VelocityLossAdvice.VELOCITY_KEY, Math.round(r.meanConcentricVelocity() * 1000) / 1000.0);
        }
        JsonArray flags = new JsonArray();
        r.flags().forEach(f -> flags.add(f.type().code()));
        d.add("flags", flags);
        events.accept(new LiveEvent("rep", r.endS(), newest, d));
        for (Flag f : r.flags()) {
            if (announcedLive(f)) {
                continue;
            }
            JsonObject fd = new JsonObject();
            fd.addProperty("flag", f.type().code());
            fd.addProperty("rep", f.rep());
            fd.addProperty("message", f.message());
            events.accept(new LiveEvent("flag", f.startS(), newest, fd));
        }
    }

    private LiveEvent status(String what, double t, String message) {
        JsonObject d = new JsonObject();
        d.addProperty("status", what);
        d.addProperty("message", message);
        return new LiveEvent("status", t, newest, d);
    }
}
