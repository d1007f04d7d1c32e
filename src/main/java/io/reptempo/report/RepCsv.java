package io.reptempo.report;

import io.reptempo.reps.Flag;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.TrainingMode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** One row per rep for spreadsheets; empty cells where a value does not exist. */
public final class RepCsv {
    private RepCsv() {
    }

    public static String toText(SetResult result) {
        boolean bar = result.settings().mount() == Mount.BAR;
        boolean returns = result.settings().mode() == TrainingMode.ECCENTRIC_ONLY && result.settings().assistedReturn();
        String v = bar ? "mps" : "dps";
        StringBuilder sb = new StringBuilder();
        sb.append("index,start_s,end_s,eccentric_s,pause_after_eccentric_s,")
                .append(returns ? "return_s" : "concentric_s")
                .append(",pause_after_concentric_s,tempo,").append(bar ? "rom_m" : "rom_deg")
                .append(",mean_concentric_velocity_").append(v).append(",peak_concentric_velocity_").append(v)
                .append(",velocity_loss_pct,flags\n");
        for (Rep r : result.reps()) {
            sb.append(r.index()).append(',')
                    .append(num(r.startS(), 3)).append(',')
                    .append(num(r.endS(), 3)).append(',')
                    .append(num(r.eccentricS(), 3)).append(',')
                    .append(num(r.pauseAfterEccentricS(), 3)).append(',')
                    .append(num(r.concentricS(), 3)).append(',')
                    .append(num(r.pauseAfterConcentricS(), 3)).append(',')
                    .append(r.tempo()).append(',')
                    .append(num(r.rom(), bar ? 4 : 2)).append(',')
                    .append(num(r.meanConcentricVelocity(), bar ? 3 : 2)).append(',')
                    .append(num(r.peakConcentricVelocity(), bar ? 3 : 2)).append(',')
                    .append(num(r.velocityLossPct(), 1)).append(',')
                    .append(r.flags().stream().map(Flag::type).map(t -> t.code()).distinct()
                            .collect(Collectors.joining(";")))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String num(Double value, int decimals) {
        Double r = Numbers.round(value, decimals);
        return r == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", r);
    }

    public static void write(SetResult result, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(toText(result));
        }
    }
}
