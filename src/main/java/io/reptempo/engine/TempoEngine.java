package io.reptempo.engine;

import io.reptempo.motion.BarEstimatorChooser;
import io.reptempo.motion.LimbMotionEstimator;
import io.reptempo.motion.MotionEstimator;
import io.reptempo.motion.MotionListener;
import io.reptempo.motion.MotionSegment;
import io.reptempo.phases.Movement;
import io.reptempo.phases.MovementListener;
import io.reptempo.phases.MovementSegmenter;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Measurement;
import io.reptempo.reps.Mount;
import io.reptempo.reps.RepAssembler;
import io.reptempo.reps.RepCandidate;
import io.reptempo.reps.SetAnalyzer;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one streaming engine used live and offline: samples in, one at a time, through calibration
 * and motion estimation, movement segmentation and rep assembly, to listeners; the set is analysed
 * when the stream finishes. Its only clock is the sample time.
 */
public final class TempoEngine implements SampleSink {
    /** Movements slower than this at their peak are sensor noise: 2 cm/s or 3 deg/s. */
    static final double NOISE_SPEED_MPS = 0.02;
    static final double NOISE_SPEED_DPS = 3.0;
    /** Movements shorter than this are fidgeting, not phases: 1.5 cm or 4 deg. */
    static final double MIN_MOVEMENT_M = 0.015;
    static final double MIN_MOVEMENT_DEG = 4.0;

    private final AnalysisSettings settings;
    private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
    private final List<RepCandidate> candidates = new ArrayList<>();
    private final MotionEstimator estimator;
    private RepAssembler assembler;
    private long samples;
    private double lastT = Double.NaN;
    private SetResult result;

    public TempoEngine(AnalysisSettings settings) {
        this.settings = settings;
        boolean bar = settings.mount() == Mount.BAR;
        MovementListener movements = new MovementListener() {
            @Override
            public void onMovement(Movement m) {
                listeners.forEach(l -> l.onMovement(m));
                assembler().onMovement(m);
            }

            @Override
            public void onRest(double sinceS, double nowS) {
                assembler().onRest(sinceS, nowS);
            }

            @Override
            public void onFinish(double lastSampleS) {
                assembler().onFinish(lastSampleS);
            }
        };
        MovementSegmenter segmenter = new MovementSegmenter(movements, bar ? NOISE_SPEED_MPS : NOISE_SPEED_DPS);
        MotionListener motion = new MotionListener() {
            @Override
            public void onCalibrated(double t) {
                listeners.forEach(l -> l.onCalibrated(t));
            }

            @Override
            public void onSegment(MotionSegment segment) {
                listeners.forEach(l -> l.onSegment(segment));
                segmenter.onSegment(segment);
            }

            @Override
            public void onGap(double from, double to) {
                assembler().onGap(from);
                listeners.forEach(l -> l.onGap(from, to));
            }

            @Override
            public void onProgress(double t, double position, double velocity, boolean resting) {
                for (EngineListener l : listeners) {
                    l.onProgress(t, position, velocity, resting);
                }
            }

            @Override
            public void onFinish(double last) {
                segmenter.onFinish(last);
            }
        };
        this.estimator = bar ? new BarEstimatorChooser(motion)
                : new LimbMotionEstimator(motion, settings.exercise().firstDirection());
    }

    /**
     * The rep assembler, made when the first movement or rest arrives: by then the estimator has
     * chosen between measuring from rests and without them, and a bar's rule for when a return
     * has come home depends on whether rests can be seen.
     */
    private RepAssembler assembler() {
        if (assembler == null) {
            boolean bar = settings.mount() == Mount.BAR;
            assembler = new RepAssembler(settings.exercise().firstDirection(),
                    bar ? MIN_MOVEMENT_M : MIN_MOVEMENT_DEG, bar ? SetAnalyzer.MIN_REP_ROM_M : SetAnalyzer.MIN_REP_ROM_DEG,
                    measurement().fullHomeFraction(),
                    this::candidate);
        }
        return assembler;
    }

    /** The analyser for this engine's candidates (the set so far, or the whole set at the end). */
    public SetAnalyzer analyzer() {
        return new SetAnalyzer(settings, measurement());
    }

    /** How this set is being measured (known once the estimator has chosen). */
    public Measurement measurement() {
        if (settings.mount() != Mount.BAR) {
            return Measurement.LIMB;
        }
        return isRestFree() ? Measurement.BAR_WITHOUT_RESTS : Measurement.BAR_FROM_RESTS;
    }

    public TempoEngine addListener(EngineListener l) {
        listeners.add(l);
        return this;
    }

    @Override
    public void accept(Sample s) {
        samples++;
        lastT = s.t();
        estimator.accept(s);
    }

    /** Ends the stream and analyses the set; calling it twice returns the same result. */
    @Override
    public void finish() {
        if (result != null) {
            return;
        }
        estimator.finish();
        result = analyzer().analyze(candidates);
        listeners.forEach(l -> l.onFinish(result));
    }

    private void candidate(RepCandidate c) {
        candidates.add(c);
        listeners.forEach(l -> l.onRepCandidate(c));
    }

    /** The analysed set, or null before {@link #finish()}. */
    public SetResult result() {
        return result;
    }

    public long sampleCount() {
        return samples;
    }

    public int gapCount() {
        return estimator.gapCount();
    }

    public boolean isCalibrated() {
        return estimator.isCalibrated();
    }

    /** True when the sensor was never still at the start, so motion is measured without rests. */
    public boolean isRestFree() {
        return estimator instanceof BarEstimatorChooser c && c.isRestFree();
    }

    public double lastSampleTime() {
        return lastT;
    }

    public AnalysisSettings settings() {
        return settings;
    }
}
