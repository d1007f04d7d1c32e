package io.reptempo.live;

import io.reptempo.reps.PhaseKind;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.function.Consumer;

/**
 * Decides when to sound: once for each batch of flags, once for the advice, and with a metronome a tick at each
 * second of the target eccentric (1, 2, 3 ... and at the target itself when it is not whole) while an eccentric
 * runs, in sample time. Hears the live events, and sees sample times through {@link #watching(SampleSink)}.
 */
public final class LiveCues implements Consumer<LiveEvent> {
    private final CueOutput out;
    private final double eccentricTargetS;
    private double eccentricStart = Double.NaN;
    private int ticks;
    private double lastFlagEmitted = Double.NaN;

    /**
     * @param eccentricTargetS the target eccentric in seconds for the metronome, or NaN for no metronome
     */
    public LiveCues(CueOutput out, double eccentricTargetS) {
        this.out = out;
        this.eccentricTargetS = eccentricTargetS;
    }

    @Override
    public synchronized void accept(LiveEvent e) {
        switch (e.type()) {
            case "flag" -> {
                // A rep's flags all arrive at its end: one cue says "look", several would be noise.
                if (e.emittedTS() != lastFlagEmitted) {
                    lastFlagEmitted = e.emittedTS();
                    out.play(Cue.FLAG);
                }
            }
            case "advice" -> out.play(Cue.ADVICE);
            case "phase_start" -> {
                boolean eccentric = PhaseKind.ECCENTRIC.label().equals(e.details().get("phase").getAsString());
                eccentricStart = eccentric ? e.tS() : Double.NaN;
                ticks = 0;
            }
            case "phase_end" -> eccentricStart = Double.NaN;
            default -> {
            }
        }
    }

    /** A sink that passes samples on and then sounds the ticks that have come due by each sample's time. */
    public SampleSink watching(SampleSink next) {
        if (Double.isNaN(eccentricTargetS)) {
            return next;
        }
        return new SampleSink() {
            @Override
            public void accept(Sample s) {
                next.accept(s);
                tickUpTo(s.t());
            }

            @Override
            public void finish() {
                next.finish();
            }
        };
    }

    synchronized void tickUpTo(double t) {
        while (!Double.isNaN(eccentricStart) && ticks < tickCount() && eccentricStart + tickAt(ticks) <= t) {
            ticks++;
            out.play(Cue.TICK);
        }
    }

    private int tickCount() {
        return (int) Math.ceil(eccentricTargetS - 1e-9);
    }

    /** Seconds into the eccentric of tick i (0-based). */
    private double tickAt(int i) {
        return Math.min(i + 1, eccentricTargetS);
    }
}
