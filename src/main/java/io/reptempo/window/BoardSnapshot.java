package io.reptempo.window;

import io.reptempo.reps.SetResult;
import java.util.List;

/**
 * What the window shows besides the motion itself, as of one moment: immutable, so the painter can
 * use it while the reader thread moves on.
 *
 * @param version    changes whenever anything else here changes
 * @param calibrated the engine has found gravity
 * @param status     the newest status message ("calibrated ...", "no samples from ...", "sensor lost")
 * @param movements  the movement phases announced so far, oldest first (the oldest may be dropped)
 * @param set        the set as analysed so far (null before the first rep)
 * @param setVersion changes whenever {@code set} does
 * @param over       the set has ended and {@code set} is the final analysis
 */
public record BoardSnapshot(long version, boolean calibrated, String status, List<PhaseMark> movements,
                            SetResult set, long setVersion, boolean over) {

    /** The newest movement, or null before the first. */
    public PhaseMark lastMovement() {
        return movements.isEmpty() ? null : movements.get(movements.size() - 1);
    }
}
