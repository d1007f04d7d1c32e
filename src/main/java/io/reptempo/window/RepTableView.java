package io.reptempo.window;

import io.reptempo.chart.ChartColors;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** The rep table: large type, flagged reps tinted orange (red for a push back up), newest rep in view. */
final class RepTableView extends JTable {
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font HEADER = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private final RepTableModel reps;

    RepTableView(RepTableModel model) {
        super(model);
        this.reps = model;
        setFont(CELL);
        setRowHeight(28);
        getTableHeader().setFont(HEADER);
        getTableHeader().setReorderingAllowed(false);
        // Room for the two-line headings (name over unit).
        getTableHeader().setPreferredSize(new Dimension(0, 2 * getFontMetrics(HEADER).getHeight() + 8));
        setFocusable(false);
        setRowSelectionAllowed(false);
        setShowVerticalLines(false);
        setGridColor(ChartColors.GRID);
        int[] widths = {40, 142, 58, 96, 244};
        for (int i = 0; i < widths.length; i++) {
            getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        setDefaultRenderer(Object.class, new Renderer());
    }

    /** Keeps the newest rep visible as rows are added. */
    void showNewest() {
        int last = getRowCount() - 1;
        if (last >= 0) {
            scrollRectToVisible(getCellRect(last, 0, true));
        }
    }

    private final class Renderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, false, false, row, column);
            boolean flagged = !reps.rep(row).flags().isEmpty();
            Color tint = reps.shortening(row) ? ChartColors.tint(ChartColors.SHORTENING, 0.75)
                    : ChartColors.tint(ChartColors.OVER_LIMIT, 0.7);
            setBackground(flagged ? tint : Color.WHITE);
            setForeground(column == 4 && reps.shortening(row) ? ChartColors.FLAGGED_LABEL : ChartColors.TEXT);
            setFont(column == 4 && flagged ? CELL.deriveFont(Font.BOLD) : CELL);
            setHorizontalAlignment(column == 0 || column == 2 || column == 3 ? RIGHT : LEFT);
            setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 8));
            return this;
        }
    }
}
