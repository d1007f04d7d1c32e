package io.reptempo.window;

import io.reptempo.chart.ChartColors;
import io.reptempo.live.LiveEvent;
import io.reptempo.live.LiveSession;
import io.reptempo.report.FlagSentences;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.SetResult;
import java.awt.AWTError;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The live window of {@code reptempo live --gui}: current phase and its timer, the last rep's
 * tempo against the target, the rolling trace, the rep table and the flags in words. The reader
 * thread only writes to the trace buffer and the board; a Swing timer redraws from them on the
 * event thread, so drawing never holds up the samples. Closing the window ends the set.
 */
public final class LiveWindow {
    /** 30 frames a second: the trace moves about 80 px a second, and a frame costs about a millisecond. */
    static final int FRAME_MILLIS = 33;
    /** 65536 samples: the drawn 12 s at up to 5 kHz. */
    static final int TRACE_CAPACITY = 1 << 16;
    private static final Font HEADER = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font FLAGS = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

    private final AnalysisSettings settings;
    private final TraceBuffer buffer = new TraceBuffer(TRACE_CAPACITY);
    private final LiveBoard board = new LiveBoard();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Runnable onClose;
    private JFrame frame;
    private TracePanel trace;
    private PhasePanel phase;
    private TempoPanel tempo;
    private RepTableModel reps;
    private RepTableView table;
    private JTextArea flags;
    private JLabel status;
    private Timer timer;
    private long shownSetVersion = -1;

    private LiveWindow(AnalysisSettings settings, Runnable onClose) {
        this.settings = settings;
        this.onClose = onClose;
    }

    /**
     * Opens the window.
     *
     * @param source  where the samples come from, for the title (a port or a file name)
     * @param onClose run on the event thread when the user closes the window: it should end the set
     */
    public static LiveWindow open(AnalysisSettings settings, String source, Runnable onClose)
            throws NoDisplayException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new NoDisplayException("there is no display for the window (DISPLAY is not set, or Java runs headless)");
        }
        LiveWindow w = new LiveWindow(settings, onClose);
        try {
            SwingUtilities.invokeAndWait(() -> w.build(source));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AWTError || cause instanceof HeadlessException) {
                throw new NoDisplayException("cannot open a window: " + cause.getMessage());
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoDisplayException("interrupted while opening the window");
        }
        return w;
    }

    /** Where the live events go to be shown. */
    public Consumer<LiveEvent> events() {
        return board;
    }

    /** Shows this session's motion and reps; call before the first sample. */
    public void attach(LiveSession session) {
        session.engine().addListener(new MotionFeed(buffer));
        session.addSetListener(board);
    }

    /** Waits until the window has been closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Closes the window as the user would (ending the set). */
    public void close() {
        SwingUtilities.invokeLater(() -> {
            if (frame != null && frame.isDisplayable()) {
                frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING));
            }
        });
    }

    private void build(String source) {
        frame = new JFrame("reptempo live: " + settings.exercise().name() + " - " + source);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        trace = new TracePanel(buffer, settings);
        phase = new PhasePanel();
        tempo = new TempoPanel(settings);
        reps = new RepTableModel(settings);
        table = new RepTableView(reps);
        flags = new JTextArea();
        flags.setEditable(false);
        flags.setLineWrap(true);
        flags.setWrapStyleWord(true);
        flags.setFocusable(false); // read only: no caret blinking at the end of the text
        flags.setFont(FLAGS);
        flags.setForeground(ChartColors.TEXT);
        flags.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        flags.setText("No flags so far.");

        JLabel what = new JLabel(settings.exercise().name() + "   target tempo "
                + (settings.target() == null ? "none" : settings.target() + " (eccentric-pause-concentric-pause)")
                + "   " + source);
        what.setFont(HEADER.deriveFont(Font.BOLD));
        status = new JLabel(" ");
        status.setFont(HEADER);
        JPanel header = new JPanel(new BorderLayout(20, 0));
        header.setBackground(Color.WHITE);
        header.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        header.add(what, BorderLayout.WEST);
        header.add(status, BorderLayout.EAST);

        JPanel left = new JPanel(new BorderLayout());
        left.add(phase, BorderLayout.NORTH);
        left.add(trace, BorderLayout.CENTER);

        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.getViewport().setBackground(Color.WHITE);
        tableScroll.setBorder(titled("Reps"));
        JScrollPane flagScroll = new JScrollPane(flags);
        flagScroll.setBorder(titled("Flags"));
        flagScroll.setPreferredSize(new Dimension(520, 190));
        JPanel right = new JPanel(new BorderLayout(0, 6));
        right.setBackground(Color.WHITE);
        right.setBorder(BorderFactory.createEmptyBorder(0, 6, 6, 6));
        right.add(tempo, BorderLayout.NORTH);
        right.add(tableScroll, BorderLayout.CENTER);
        right.add(flagScroll, BorderLayout.SOUTH);
        right.setPreferredSize(new Dimension(600, 700));

        JPanel content = new JPanel(new BorderLayout());
        content.setBackground(Color.WHITE);
        content.add(header, BorderLayout.NORTH);
        content.add(left, BorderLayout.CENTER);
        content.add(right, BorderLayout.EAST);
        frame.setContentPane(content);
        frame.setMinimumSize(new Dimension(1000, 640));
        frame.setSize(1360, 820);
        frame.setLocationByPlatform(true);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                timer.stop();
                onClose.run();
                frame.dispose();
                closed.countDown();
            }
        });
        timer = new Timer(FRAME_MILLIS, e -> refresh());
        timer.setCoalesce(true); // a late frame is dropped, not queued: the window never falls behind
        refresh();
        frame.setVisible(true);
        timer.start();
    }

    private static javax.swing.border.Border titled(String title) {
        var b = BorderFactory.createTitledBorder(BorderFactory.createLineBorder(ChartColors.GRID), title);
        b.setTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        b.setTitleColor(ChartColors.TEXT);
        return b;
    }

    /** One frame: take the board, update what changed, redraw the moving parts. */
    private void refresh() {
        BoardSnapshot snap = board.snapshot();
        if (snap.setVersion() != shownSetVersion) {
            shownSetVersion = snap.setVersion();
            SetResult set = snap.set();
            reps.show(set);
            table.showNewest();
            tempo.show(set);
            tempo.repaint();
            flags.setText(flagText(set, snap.over()));
        }
        if (!snap.status().equals(status.getText())) {
            status.setText(snap.status());
        }
        phase.show(CurrentPhase.of(snap, buffer.newestTime(), settings));
        phase.repaint();
        trace.show(snap);
        trace.repaint();
    }

    private static String flagText(SetResult set, boolean over) {
        List<String> sentences = set == null ? List.of() : FlagSentences.of(set);
        if (sentences.isEmpty()) {
            return over ? "No flags." : "No flags so far.";
        }
        return "\u2022 " + String.join("\n\u2022 ", sentences);
    }

    // For tests and the frame-rate benchmark: call on the event thread.

    String phaseText() {
        return phase.text();
    }

    int repRows() {
        return reps.getRowCount();
    }

    long framesPainted() {
        return trace.frames();
    }

    /** The window's content as the screen shows it. */
    BufferedImage screenshot() {
        JComponent root = frame.getRootPane();
        BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        root.paint(g);
        g.dispose();
        return img;
    }

    /** Where the trace is in the screenshot. */
    java.awt.Rectangle traceBounds() {
        return SwingUtilities.convertRectangle(trace.getParent(), trace.getBounds(), frame.getRootPane());
    }
}
