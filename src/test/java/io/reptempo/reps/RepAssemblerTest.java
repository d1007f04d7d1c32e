package io.reptempo.reps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How movements group into reps, from hand-made bench-press movements (heights in metres). */
class RepAssemblerTest {
    private final List<RepCandidate> reps = new ArrayList<>();
    private final RepAssembler assembler = new RepAssembler(Direction.DOWN, 0.015, 0.08, reps::add);
    private double height;
    private double time;

    /** Moves the bar to {@code to} over {@code seconds}, after a pause of {@code pause}. */
    private void move(double pause, double to, double seconds) {
        time += pause;
        Direction d = to > height ? Direction.UP : Direction.DOWN;
        assembler.onMovement(new Movement(d, time, time + seconds, height, to, 2 * Math.abs(to - height) / seconds,
                time + seconds / 2));
        height = to;
        time += seconds;
    }

    @Test
    void aLoweringAndAPressMakeOneRepEach() {
        for (int i = 0; i < 3; i++) {
            move(1, -0.40, 2);
            move(1, 0, 1);
        }
        assembler.onFinish(time);
        assertEquals(3, reps.size());
        assertTrue(reps.stream().allMatch(r -> r.reversalsInFirst().isEmpty()));
    }

    @Test
    void aPushBackUpInsideTheLoweringStaysInTheRep() {
        move(1, -0.20, 1.5);
        move(0.1, -0.12, 0.4); // pushed back up 8 cm
        move(0.1, -0.40, 1.5); // and on down past the first depth
        move(1, 0, 1);
        assembler.onFinish(time);
        assertEquals(1, reps.size());
        RepCandidate rep = reps.get(0);
        assertEquals(1, rep.reversalsInFirst().size());
        assertEquals(0.08, rep.reversalsInFirst().get(0).distance(), 1e-9);
        assertEquals(2, rep.firstStroke().size());
    }

    @Test
    void aPushBackThatGivesBackMostOfAShallowLoweringStaysInTheRep() {
        RepAssembler bar = new RepAssembler(Direction.DOWN, 0.015, 0.08, RepAssembler.BAR_FULL_HOME_FRACTION,
                reps::add);
        bar.onMovement(new Movement(Direction.DOWN, 1, 2.2, 0, -0.13, 0.2, 1.6));
        bar.onMovement(new Movement(Direction.UP, 2.4, 2.8, -0.13, -0.035, 0.4, 2.6)); // 73 % back up
        bar.onMovement(new Movement(Direction.DOWN, 3.1, 6.2, -0.035, -0.37, 0.2, 4.6));
        bar.onRest(6.5, 6.5);
        bar.onMovement(new Movement(Direction.UP, 7.5, 9, -0.37, 0, 0.5, 8.2));
        bar.onFinish(10);
        assertEquals(1, reps.size());
        assertEquals(1, reps.get(0).reversalsInFirst().size());
        assertEquals(1.0, reps.get(0).startS(), 1e-9);
    }

    @Test
    void aReturnThatReadsShortStillEndsTheRepWhenTheBarRestedAtTheTop() {
        RepAssembler bar = new RepAssembler(Direction.DOWN, 0.015, 0.08, RepAssembler.BAR_FULL_HOME_FRACTION,
                reps::add);
        bar.onMovement(new Movement(Direction.DOWN, 1, 6, 0, -0.40, 0.1, 3.5));
        bar.onRest(7, 7);
        bar.onMovement(new Movement(Direction.UP, 8, 9.5, -0.40, -0.08, 0.4, 8.7)); // drift: 80 % back
        bar.onRest(10, 10);
        bar.onMovement(new Movement(Direction.DOWN, 11, 16, -0.08, -0.48, 0.1, 13.5));
        bar.onRest(17, 17);
        bar.onMovement(new Movement(Direction.UP, 18, 19.5, -0.48, -0.08, 0.4, 18.7));
        bar.onFinish(20);
        assertEquals(2, reps.size());
        assertTrue(reps.stream().allMatch(r -> r.reversalsInFirst().isEmpty()));
    }

    @Test
    void howFarHomeIsReadWhereTheBarTurnedNotWhereTheReturnMovementEnded() {
        // A row (pull up first): the lowering's movement stops at 67 % back, the bar creeps on
        // below the movement threshold to 83 %, and the next pull starts from there.
        RepAssembler row = new RepAssembler(Direction.UP, 0.015, 0.08, RepAssembler.HOME_FRACTION, reps::add);
        row.onMovement(new Movement(Direction.UP, 0.5, 1.1, -0.16, 0.21, 0.8, 0.8));
        row.onMovement(new Movement(Direction.DOWN, 1.1, 1.8, 0.21, -0.18, 0.75, 1.4));
        row.onMovement(new Movement(Direction.UP, 1.85, 2.55, -0.17, 0.17, 0.9, 2.2));
        row.onMovement(new Movement(Direction.DOWN, 2.6, 3.2, 0.17, -0.055, 0.5, 2.9));
        row.onMovement(new Movement(Direction.UP, 3.7, 4.3, -0.108, 0.18, 0.7, 4.0));
        row.onMovement(new Movement(Direction.DOWN, 4.3, 5.0, 0.18, -0.12, 0.6, 4.6));
        row.onFinish(5.2);
        assertEquals(3, reps.size());
        assertTrue(reps.stream().allMatch(r -> r.reversalsInFirst().isEmpty() && r.reversalsInSecond().isEmpty()));
    }

    @Test
    void aRepThatCameHomeAndRestedIsCompleteAtTheRestNotAtTheNextRep() {
        move(1, -0.40, 2);
        move(1, -0.01, 1); // 97 % back home
        assertEquals(0, reps.size(), "still open before the rest");
        assembler.onRest(time + 0.5, time + 0.5);
        assertEquals(1, reps.size(), "complete as soon as the bar rests at the top");
        move(1, -0.40, 2);
        move(1, -0.10, 1); // 75 % back: could still be a push inside the lowering
        assembler.onRest(time + 0.5, time + 0.5);
        assertEquals(1, reps.size(), "a return well short of home is not closed by a rest alone");
        assembler.onFinish(time);
        assertEquals(2, reps.size());
    }

    @Test
    void aSinkDuringAGrindingPressIsPartOfThePress() {
        move(1, -0.40, 2);
        move(1, -0.25, 0.6);
        move(0.1, -0.28, 0.3); // sinks 3 cm, not deeper than the bottom
        move(0.2, 0, 1.0);
        assembler.onFinish(time);
        assertEquals(1, reps.size());
        assertEquals(1, reps.get(0).reversalsInSecond().size());
        assertTrue(reps.get(0).reversalsInFirst().isEmpty());
    }

    @Test
    void shufflingBeforeTheFirstRepAndReRackingAfterTheLastAreNotPartOfThem() {
        move(1, 0.05, 0.5);   // unrack: up
        move(1, 0.03, 0.3);   // settle: 2 cm down (starts a would-be rep)
        move(0.1, 0.045, 0.3);
        move(1, -0.37, 2);    // the real lowering, after a pause
        move(1, 0.03, 1);
        move(1, 0.06, 0.4);   // after a pause at the top: moving to the hooks
        assembler.onFinish(time);
        assertEquals(1, reps.size());
        RepCandidate rep = reps.get(0);
        assertEquals(0.045, rep.firstStroke().get(0).startPosition(), 1e-9, "starts where the real lowering starts");
        assertEquals(1, rep.secondStroke().size(), "the move to the hooks is not part of the press");
    }
}
