package io.reptempo.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.reptempo.chart.ChartColors;
import io.reptempo.live.LiveEvent;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.SetAnalyzer;
import io.reptempo.reps.TempoPrescription;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The big label: which phase, for how long in sample time, and whether it is already over its target. */
class CurrentPhaseTest {
    private static final AnalysisSettings SQUAT = AnalysisSettings.defaults(ExerciseProfile.preset("squat"))
            .withTarget(TempoPrescription.parse("3-1-X-0"));

    @Test
    void followsALoweringItsPauseAndTheRestAfter() {
        LiveBoard board = new LiveBoard();
        assertEquals("HOLD STILL", CurrentPhase.of(board.snapshot(), 0.2, SQUAT).name());
        board.accept(LiveEvent.status("ready", "calibrated", 1.0));
        assertEquals("READY", CurrentPhase.of(board.snapshot(), 1.5, SQUAT).name());

        board.accept(phase("phase_start", PhaseKind.ECCENTRIC, 2.0));
        CurrentPhase lowering = CurrentPhase.of(board.snapshot(), 4.5, SQUAT);
        assertEquals("ECCENTRIC", lowering.name());
        assertEquals(2.5, lowering.elapsedS(), 1e-9);
        assertEquals("target 3 s", lowering.note());
        assertFalse(lowering.overTarget(), "2.5 s of 3 s");
        assertEquals(ChartColors.ECCENTRIC, lowering.colour());
        assertTrue(CurrentPhase.of(board.snapshot(), 5.6, SQUAT).overTarget(), "3.6 s is past 3 s give or take 0.5 s");

        board.accept(phase("phase_end", PhaseKind.ECCENTRIC, 5.0));
        CurrentPhase pause = CurrentPhase.of(board.snapshot(), 5.8, SQUAT);
        assertEquals("PAUSE AFTER ECCENTRIC", pause.name());
        assertEquals(0.8, pause.elapsedS(), 1e-9);
        assertEquals(ChartColors.PAUSE_AFTER_ECCENTRIC, pause.colour());

        board.accept(phase("phase_start", PhaseKind.CONCENTRIC, 6.0));
        CurrentPhase drive = CurrentPhase.of(board.snapshot(), 7.4, SQUAT);
        assertEquals("target: as fast as possible", drive.note());
        assertTrue(drive.overTarget(), "1.4 s is slower than the 1 s allowed for X");
        board.accept(phase("phase_end", PhaseKind.CONCENTRIC, 7.5));
        assertEquals("PAUSE AFTER CONCENTRIC", CurrentPhase.of(board.snapshot(), 9, SQUAT).name());
        assertEquals("REST", CurrentPhase.of(board.snapshot(), 7.5 + CurrentPhase.MIN_REST_SECONDS + 0.1, SQUAT).name());
    }

    @Test
    void aPushBackUpFlaggedAsItStartsIsShownInRed() {
        LiveBoard board = new LiveBoard();
        board.accept(LiveEvent.status("ready", "calibrated", 1.0));
        board.accept(phase("phase_start", PhaseKind.CONCENTRIC, 3.25));
        JsonObject flag = new JsonObject();
        flag.addProperty("flag", "shortening");
        flag.addProperty("message", "SHORTENING at 3.2 s");
        board.accept(new LiveEvent("flag", 3.25, 3.4, flag));
        CurrentPhase now = CurrentPhase.of(board.snapshot(), 3.5, SQUAT);
        assertEquals("PUSHED BACK UP", now.name());
        assertEquals(ChartColors.SHORTENING, now.colour());
        assertTrue(board.snapshot().lastMovement().shortening());
    }

    @Test
    void theEndOfTheSetSaysSoAndAnUnchangedBoardIsNotCopiedAgain() {
        LiveBoard board = new LiveBoard();
        board.accept(LiveEvent.status("ready", "calibrated", 1.0));
        BoardSnapshot first = board.snapshot();
        assertSame(first, board.snapshot(), "nothing changed: the same snapshot");
        board.onSet(new SetAnalyzer(SQUAT).analyze(List.of()), true);
        assertEquals("SET OVER: 0 REPS", CurrentPhase.of(board.snapshot(), 20, SQUAT).name());
        assertEquals("no reps found", CurrentPhase.of(board.snapshot(), 20, SQUAT).note());
    }

    @Test
    void pausesPrescribedLongerThanTheRestLimitMoveIt() {
        AnalysisSettings longPause = SQUAT.withTarget(TempoPrescription.parse("3-6-1-0"));
        assertEquals(12, CurrentPhase.restAfterSeconds(longPause), 1e-9);
        assertEquals(CurrentPhase.MIN_REST_SECONDS, CurrentPhase.restAfterSeconds(SQUAT), 1e-9);
    }

    private static LiveEvent phase(String type, PhaseKind kind, double t) {
        JsonObject d = new JsonObject();
        d.addProperty("phase", kind.label());
        return new LiveEvent(type, t, t, d);
    }
}
