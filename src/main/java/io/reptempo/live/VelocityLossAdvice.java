package io.reptempo.live;

import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Passes the live events on and, the first time a rep's mean concentric velocity is the given percentage or more
 * below the best rep so far, adds an {@code advice} event: "END THE SET (velocity loss NN %)". Velocity-based
 * training ends a set at a chosen loss to limit fatigue. Once per set; reps without a concentric velocity (a
 * spotter's return) do not count.
 */
public final class VelocityLossAdvice implements Consumer<LiveEvent> {
    /** The key of the rep event's mean concentric velocity (bar mount). */
    public static final String VELOCITY_KEY = "mean_concentric_velocity_mps";

    private final double limitPct;
    private final Consumer<LiveEvent> next;
    private double best = Double.NaN;
    private boolean given;

    public VelocityLossAdvice(double limitPct, Consumer<LiveEvent> next) {
        if (!(limitPct > 0 && limitPct < 100)) {
            throw new IllegalArgumentException("velocity loss limit must be between 0 and 100 %: " + limitPct);
        }
        this.limitPct = limitPct;
        this.next = next;
    }

    @Override
    public synchronized void accept(LiveEvent e) {
        next.accept(e);
        if (!e.type().equals("rep") || !e.details().has(VELOCITY_KEY)) {
            return;
        }
        double v = e.details().get(VELOCITY_KEY).getAsDouble();
        if (!given && best > 0) {
            double loss = 100 * (best - v) / best;
            if (loss >= limitPct) {
                given = true;
                next.accept(advice(e, loss));
            }
        }
        if (Double.isNaN(best) || v > best) {
            best = v;
        }
    }

    private LiveEvent advice(LiveEvent rep, double loss) {
        JsonObject d = new JsonObject();
        d.addProperty("advice", "end-set");
        d.addProperty("rep", rep.details().get("index").getAsInt());
        d.addProperty("velocity_loss_pct", Math.round(loss * 10) / 10.0);
        d.addProperty("limit_pct", limitPct);
        d.addProperty("message", String.format(Locale.ROOT, "END THE SET (velocity loss %.0f %%)", loss));
        return new LiveEvent("advice", rep.tS(), rep.emittedTS(), d);
    }
}
