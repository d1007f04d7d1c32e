package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Rep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "END THE SET" once, at the first rep slow enough against the best rep so far. */
class VelocityLossAdviceTest {

    @Test
    void firesAtTheFirstRepPastTheLimitAndOnlyOnce() {
        List<LiveEvent> out = new ArrayList<>();
        VelocityLossAdvice advice = new VelocityLossAdvice(20, out::add);
        // Best so far 0.52 after rep 2; 20 % below it is 0.416: rep 5 (0.41) is the first at or past it.
        double[] velocities = {0.50, 0.52, 0.47, 0.43, 0.41, 0.38, 0.36};
        for (int i = 0; i < velocities.length; i++) {
            advice.accept(rep(i + 1, velocities[i], 10.0 * (i + 1)));
        }
        List<LiveEvent> given = out.stream().filter(e -> e.type().equals("advice")).toList();
        assertEquals(1, given.size(), "once per set");
        LiveEvent a = given.get(0);
        assertEquals(5, a.details().get("rep").getAsInt());
        assertEquals(50.0, a.tS());
        assertEquals(21.2, a.details().get("velocity_loss_pct").getAsDouble(), 1e-9);
        assertEquals("END THE SET (velocity loss 21 %)", a.details().get("message").getAsString());
        // Every event is passed on, the advice right after the rep that caused it.
        assertEquals(velocities.length + 1, out.size());
        assertEquals("advice", out.get(5).type());
        assertEquals(5, out.get(4).details().get("index").getAsInt());
    }

    @Test
    void repsWithoutAConcentricVelocityDoNotCount() {
        List<LiveEvent> out = new ArrayList<>();
        VelocityLossAdvice advice = new VelocityLossAdvice(10, out::add);
        advice.accept(rep(1, 0.6, 5));
        JsonObject returned = new JsonObject();
        returned.addProperty("index", 2);
        returned.addProperty("tempo", "4.0-0.5-2.0-?");
        advice.accept(new LiveEvent("rep", 12, 12, returned));
        assertFalse(out.stream().anyMatch(e -> e.type().equals("advice")));
        assertThrows(IllegalArgumentException.class, () -> new VelocityLossAdvice(0, out::add));
        assertThrows(IllegalArgumentException.class, () -> new VelocityLossAdvice(100, out::add));
    }

    @Test
    void onARealSetItComesAtTheRepTheAnalysisPointsTo() throws Exception {
        AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("bench-press"));
        double limit = 15;
        RecordedEvents recorded = RecordedEvents.of(Path.of("samples/bench-tempo.csv"), settings,
                next -> new VelocityLossAdvice(limit, next));
        // Expected from the final analysis: the first rep this far below the best of the reps before it.
        int expected = -1;
        double best = 0;
        for (Rep r : recorded.result().reps()) {
            double v = r.meanConcentricVelocity();
            if (best > 0 && 100 * (best - v) / best >= limit) {
                expected = r.index();
                break;
            }
            best = Math.max(best, v);
        }
        assertTrue(expected > 1, "the sample set slows down past " + limit + " %");
        List<LiveEvent> given = recorded.ofType("advice");
        assertEquals(1, given.size());
        assertEquals(expected, given.get(0).details().get("rep").getAsInt());
    }

    private static LiveEvent rep(int index, double v, double t) {
        JsonObject d = new JsonObject();
        d.addProperty("index", index);
        d.addProperty("tempo", "3.0-1.0-1.0-?");
        d.addProperty(VelocityLossAdvice.VELOCITY_KEY, v);
        return new LiveEvent("rep", t, t, d);
    }
}
