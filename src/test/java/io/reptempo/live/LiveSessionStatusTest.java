package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sensor.Sample;
import io.reptempo.sim.HandTremor;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulatedSet;
import io.reptempo.sim.SimulationOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a live session tells the user once it can measure: from rests, or without them. */
class LiveSessionStatusTest {
    private static final AnalysisSettings SQUAT = AnalysisSettings.defaults(ExerciseProfile.preset("squat"));

    private static List<String> readyMessages(List<Sample> samples) {
        List<LiveEvent> events = new ArrayList<>();
        LiveSession session = new LiveSession(SQUAT, events::add, null);
        samples.forEach(session::accept);
        return events.stream().filter(e -> e.type().equals("status")
                && e.details().get("status").getAsString().equals("ready"))
                .map(e -> e.details().get("message").getAsString()).toList();
    }

    @Test
    void aSensorThatRestsIsCalibratedFromTheRest() {
        SimulatedSet set = SetSimulator.simulate(Scenario.SQUAT_TOUCH_AND_GO, 3, SimulationOptions.defaults());
        List<String> ready = readyMessages(set.samples());
        assertEquals(1, ready.size(), ready.toString());
        assertTrue(ready.get(0).startsWith("calibrated"), ready.get(0));
    }

    @Test
    void aSensorThatIsNeverStillSaysFeedbackComesLate() {
        SimulatedSet set = SetSimulator.simulate(Scenario.SQUAT_TOUCH_AND_GO, 3,
                SimulationOptions.defaults().withRateHz(12.5));
        double from = set.truth().reps().get(0).startS() + 0.3;
        HandTremor tremor = new HandTremor(3);
        List<Sample> wrist = set.samples().stream().filter(s -> s.t() >= from)
                .map(s -> tremor.add(s, s.t() - from)).toList();
        List<String> ready = readyMessages(wrist);
        assertEquals(1, ready.size(), ready.toString());
        assertTrue(ready.get(0).startsWith("measuring without rests"), ready.get(0));
    }
}
