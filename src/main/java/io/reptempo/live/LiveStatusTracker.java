package io.reptempo.live;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.PhaseKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps what the terminal view shows, from the live events as they come (on the reader thread), and hands out
 * {@link LiveStatus} snapshots (to the render thread). Each update is a few field writes under a short lock.
 */
public final class LiveStatusTracker implements Consumer<LiveEvent> {
    /** Flag sentences kept for the view: the latest few are what a lifter can take in between reps. */
    static final int FLAGS_SHOWN = 3;

    /** The last connection state the link reported, "" without a link (replay). */
    private String linkStatus = "";
    private String statusMessage = "";
    private boolean calibrated;
    private PhaseKind phase;
    private double phaseStart = Double.NaN;
    private int reps;
    private LiveStatus.RepTempo lastRep;
    private final Deque<String> flags = new ArrayDeque<>();
    private String advice;

    @Override
    public synchronized void accept(LiveEvent e) {
        JsonObject d = e.details();
        switch (e.type()) {
            case "phase_start" -> {
                phase = kindOf(text(d, "phase"));
                phaseStart = e.tS();
            }
            case "phase_end" -> {
                phase = null;
                phaseStart = e.tS();
            }
            case "rep" -> {
                reps = Math.max(reps, d.get("index").getAsInt());
                lastRep = repTempo(d);
            }
            case "flag" -> {
                flags.addLast(text(d, "message"));
                while (flags.size() > FLAGS_SHOWN) {
                    flags.removeFirst();
                }
            }
            case "advice" -> advice = text(d, "message");
            case "status" -> status(text(d, "status"), text(d, "message"));
            default -> {
            }
        }
    }

    /**
     * What to show now.
     *
     * @param sampleTimeS the newest sample's time (NaN before the first)
     * @param link        what came over the wire, or null when replaying a file
     */
    public synchronized LiveStatus snapshot(double sampleTimeS, LinkStats link) {
        boolean samples = !Double.isNaN(sampleTimeS) || link != null && link.samples() > 0;
        LiveStatus.Stage stage = switch (linkStatus) {
            case "wrong_baud", "failed" -> LiveStatus.Stage.PROBLEM;
            case "sensor_lost" -> LiveStatus.Stage.SENSOR_LOST;
            // Silence after samples have come is as good as lost for the lifter.
            case "waiting_for_data" -> samples ? LiveStatus.Stage.SENSOR_LOST : LiveStatus.Stage.WAITING;
            case "connecting", "connected", "sensor_back" -> LiveStatus.Stage.WAITING;
            default -> !samples ? LiveStatus.Stage.WAITING
                    : calibrated ? LiveStatus.Stage.READY : LiveStatus.Stage.CALIBRATING;
        };
        double since = Double.isNaN(sampleTimeS) || Double.isNaN(phaseStart) ? Double.NaN
                : Math.max(0, sampleTimeS - phaseStart);
        return new LiveStatus(stage, statusMessage, phase, since, reps, lastRep, new ArrayList<>(flags), advice,
                sampleTimeS, link);
    }

    /** Link states (from {@link SerialLink}, lower-cased) and the session's own ("ready", "gap"). */
    private void status(String status, String message) {
        switch (status) {
            case "ready" -> calibrated = true;
            case "closed" -> {
                return;
            }
            case "connecting", "connected", "sensor_back", "waiting_for_data", "receiving", "sensor_lost",
                    "wrong_baud", "failed" -> linkStatus = status;
            default -> {
                // Events (device restarted, device info, data problem, gap): told, the stage stays.
            }
        }
        statusMessage = message;
    }

    private static LiveStatus.RepTempo repTempo(JsonObject d) {
        String target = d.has("target") ? d.get("target").getAsString() : null;
        Set<PhaseKind> off = EnumSet.noneOf(PhaseKind.class);
        if (d.has("flags")) {
            for (JsonElement f : d.getAsJsonArray("flags")) {
                PhaseKind k = tempoPhase(f.getAsString());
                if (k != null) {
                    off.add(k);
                }
            }
        }
        String[] seconds = d.get("tempo").getAsString().split("-");
        List<LiveStatus.TempoPart> parts = new ArrayList<>();
        PhaseKind[] kinds = PhaseKind.values();
        for (int i = 0; i < kinds.length && i < seconds.length; i++) {
            boolean exists = !seconds[i].equals("?");
            parts.add(new LiveStatus.TempoPart(seconds[i], target == null || !exists ? null : !off.contains(kinds[i])));
        }
        return new LiveStatus.RepTempo(d.get("index").getAsInt(), parts, target);
    }

    /** The phase a tempo flag is about, or null for other flags. */
    static PhaseKind tempoPhase(String flagCode) {
        for (FlagType t : FlagType.values()) {
            if (t.code().equals(flagCode)) {
                return switch (t) {
                    case ECCENTRIC_TOO_FAST, ECCENTRIC_TOO_SLOW -> PhaseKind.ECCENTRIC;
                    case PAUSE_AFTER_ECCENTRIC_TOO_SHORT, PAUSE_AFTER_ECCENTRIC_TOO_LONG -> PhaseKind.PAUSE_AFTER_ECCENTRIC;
                    case CONCENTRIC_TOO_FAST, CONCENTRIC_TOO_SLOW -> PhaseKind.CONCENTRIC;
                    case PAUSE_AFTER_CONCENTRIC_TOO_SHORT, PAUSE_AFTER_CONCENTRIC_TOO_LONG ->
                            PhaseKind.PAUSE_AFTER_CONCENTRIC;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static PhaseKind kindOf(String label) {
        for (PhaseKind k : PhaseKind.values()) {
            if (k.label().equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    private static String text(JsonObject d, String key) {
        return d.has(key) ? d.get(key).getAsString() : "";
    }
}
