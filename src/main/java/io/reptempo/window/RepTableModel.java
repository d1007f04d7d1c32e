package io.reptempo.window;

import io.reptempo.chart.FlagLabels;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/** One row per rep of the set so far: number, tempo, range of motion, mean concentric velocity, flags. */
public final class RepTableModel extends AbstractTableModel {
    private final boolean bar;
    private final String[] columns;
    private List<Rep> reps = List.of();

    public RepTableModel(AnalysisSettings settings) {
        this.bar = settings.mount() == Mount.BAR;
        // Two-line headers: the units below, so no heading is cut short in a narrow column.
        this.columns = new String[] {"Rep", "Tempo", twoLines("ROM", bar ? "cm" : "deg"),
            twoLines("Mean con.", bar ? "m/s" : "deg/s"), "Flags"};
    }

    private static String twoLines(String name, String unit) {
        return "<html><center>" + name + "<br>" + unit + "</center></html>";
    }

    /** Shows the reps of this analysis (EDT only). */
    void show(SetResult set) {
        reps = set == null ? List.of() : set.reps();
        fireTableDataChanged();
    }

    /** The rep shown in a row. */
    Rep rep(int row) {
        return reps.get(row);
    }

    /** Whether a row's rep pushed back up, the one flag drawn in red. */
    boolean shortening(int row) {
        return reps.get(row).hasFlag(FlagType.SHORTENING);
    }

    @Override
    public int getRowCount() {
        return reps.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        Rep r = reps.get(row);
        return switch (column) {
            case 0 -> String.valueOf(r.index());
            case 1 -> r.tempo();
            case 2 -> String.format(Locale.ROOT, bar ? "%.1f" : "%.0f", r.rom() * (bar ? 100 : 1));
            case 3 -> r.meanConcentricVelocity() == null || r.concentricIsReturn() ? "-"
                    : String.format(Locale.ROOT, bar ? "%.2f" : "%.0f", r.meanConcentricVelocity());
            default -> r.flags().isEmpty() ? "" : String.join(", ", FlagLabels.shortNames(r));
        };
    }
}
