package io.reptempo.window;

import io.reptempo.live.LiveEvent;
import io.reptempo.live.LiveSession;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.SetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the live set's events (phases, status, reps) for the window. The reader thread hands
 * events in and the window takes snapshots; both hold the lock only for a few field updates, and
 * an unchanged board hands out the same snapshot again without copying.
 */
public final class LiveBoard implements Consumer<LiveEvent>, LiveSession.SetListener {
    /** Enough phases for any trace window: a few per second for well over the 12 s drawn. */
    static final int MAX_MOVEMENTS = 200;

    private final List<PhaseMark> movements = new ArrayList<>();
    private boolean calibrated;
    private String status = "hold the sensor still to calibrate";
    private SetResult set;
    private long setVersion;
    private boolean over;
    private long version;
    private BoardSnapshot snapshot;

    @Override
    public synchronized void accept(LiveEvent e) {
        switch (e.type()) {
            case "phase_start" -> {
                PhaseKind kind = kindOf(e.details().get("phase").getAsString());
                if (kind != null) {
                    closeOpen(e.tS());
                    movements.add(new PhaseMark(kind, e.tS(), Double.NaN, false));
                    if (movements.size() > MAX_MOVEMENTS) {
                        movements.remove(0);
                    }
                }
            }
            case "phase_end" -> closeOpen(e.tS());
            case "flag" -> {
                // A push back up in an eccentric-only set is flagged as its phase starts: colour that phase.
                if (!e.details().has("rep")
                        && FlagType.SHORTENING.code().equals(e.details().get("flag").getAsString())) {
                    markShortening(e.tS());
                }
            }
            case "status" -> {
                if ("ready".equals(e.details().get("status").getAsString())) {
                    calibrated = true;
                }
                status = e.details().get("message").getAsString();
            }
            default -> {
                return;
            }
        }
        version++;
    }

    @Override
    public synchronized void onSet(SetResult result, boolean ended) {
        set = result;
        over = ended;
        setVersion++;
        version++;
    }

    /** The board as of now; the same object as last time when nothing changed. */
    public synchronized BoardSnapshot snapshot() {
        if (snapshot == null || snapshot.version() != version) {
            snapshot = new BoardSnapshot(version, calibrated, status, List.copyOf(movements), set, setVersion, over);
        }
        return snapshot;
    }

    private void closeOpen(double t) {
        int last = movements.size() - 1;
        if (last >= 0 && movements.get(last).open()) {
            movements.set(last, movements.get(last).endedAt(t));
        }
    }

    private void markShortening(double startS) {
        for (int i = movements.size() - 1; i >= 0; i--) {
            if (movements.get(i).startS() == startS) {
                movements.set(i, movements.get(i).asShortening());
                return;
            }
        }
    }

    private static PhaseKind kindOf(String label) {
        for (PhaseKind k : PhaseKind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
