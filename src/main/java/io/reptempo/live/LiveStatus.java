package io.reptempo.live;

import io.reptempo.reps.PhaseKind;
import java.util.List;

/**
 * What the terminal view shows at one moment; immutable, so the render thread can draw it while the
 * reader thread goes on.
 *
 * @param stage         where the set stands: waiting for the sensor, calibrating, ready, sensor lost or a problem
 * @param statusMessage the latest thing worth telling about the link or the set (may be empty)
 * @param phase         the movement running now (eccentric or concentric), or null between movements
 * @param phaseSeconds  sample time since the running phase started, or since the last movement ended (the
 *                      pause); NaN before the first movement
 * @param reps          reps counted so far
 * @param lastRep       the last rep's tempo beside the target, or null before the first rep
 * @param flags         the latest flag sentences, oldest first
 * @param advice        "END THE SET ..." once it has been given, else null
 * @param sampleTimeS   sample time of the newest sample, NaN before the first
 * @param link          what came over the wire, or null when replaying a file
 */
public record LiveStatus(Stage stage, String statusMessage, PhaseKind phase, double phaseSeconds, int reps,
                         RepTempo lastRep, List<String> flags, String advice, double sampleTimeS, LinkStats link) {

    public LiveStatus {
        flags = List.copyOf(flags);
    }

    /** Where the set stands, in the words the view shows. */
    public enum Stage {
        WAITING("waiting for the sensor"),
        CALIBRATING("hold still, calibrating"),
        READY("ready"),
        SENSOR_LOST("sensor lost"),
        PROBLEM("problem");

        private final String words;

        Stage(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A rep's tempo, part by part, beside the target.
     *
     * @param index  1-based rep number
     * @param parts  eccentric, pause, concentric, pause as shown (e.g. "3.1", "?")
     * @param target the target tempo (e.g. "3-1-1-0"), or null without one
     */
    public record RepTempo(int index, List<TempoPart> parts, String target) {
        public RepTempo {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One phase of a rep's tempo.
     *
     * @param seconds  the duration as shown ("3.1"), "?" where the phase does not exist
     * @param onTarget true or false against the target; null without a target or without the phase
     */
    public record TempoPart(String seconds, Boolean onTarget) {
    }
}
