package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Redrawing a block in place, and the display thread that does it from snapshots. */
class InPlaceScreenTest {

    @Test
    void eachFrameGoesBackOverThePreviousOne() {
        StringWriter w = new StringWriter();
        InPlaceScreen screen = new InPlaceScreen(new PrintWriter(w));
        screen.paint(List.of("a", "b", "c"));
        assertEquals(InPlaceScreen.HIDE_CURSOR + "\033[2Ka\n\033[2Kb\n\033[2Kc", w.toString());
        w.getBuffer().setLength(0);
        screen.paint(List.of("a", "b", "c"));
        assertEquals("", w.toString(), "an unchanged frame is not written again");
        screen.paint(List.of("x", "y"));
        // Back to the first line of the block (two up), rewrite, clear the line left over below.
        assertEquals("\r\033[2A\033[2Kx\n\033[2Ky" + InPlaceScreen.ERASE_BELOW, w.toString());
        w.getBuffer().setLength(0);
        screen.paint(List.of("one"));
        assertEquals("\r\033[1A\033[2Kone" + InPlaceScreen.ERASE_BELOW, w.toString());
        w.getBuffer().setLength(0);
        screen.end();
        assertEquals("\n" + InPlaceScreen.SHOW_CURSOR, w.toString(), "the last frame stays, the cursor comes back");
    }

    @Test
    void theDisplayRedrawsFromSnapshotsOnItsOwnThreadAndLeavesTheLastOne() throws Exception {
        StringWriter w = new StringWriter();
        AtomicInteger asked = new AtomicInteger();
        List<String> threads = new ArrayList<>();
        TerminalDisplay display = new TerminalDisplay(new InPlaceScreen(new PrintWriter(w)), new TerminalView("squat"),
                () -> 60, () -> {
                    int n = asked.incrementAndGet();
                    synchronized (threads) {
                        threads.add(Thread.currentThread().getName());
                    }
                    return new LiveStatus(LiveStatus.Stage.READY, "", null, Double.NaN, n, null, List.of(), null,
                            n, null);
                }, 10);
        display.start();
        long end = System.nanoTime() + 5_000_000_000L;
        while (asked.get() < 5 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        display.close();
        int last = asked.get();
        assertTrue(last >= 5, "redrawn repeatedly: " + last);
        synchronized (threads) {
            assertTrue(threads.subList(0, 5).stream().allMatch(n -> n.equals("reptempo-live-view")), threads.toString());
        }
        String out = w.toString();
        assertTrue(out.endsWith("reps " + last + TerminalView.RESET + "\n\033[2K\033[2mlast rep: none yet"
                + TerminalView.RESET + "\n\033[2K\033[2mno flags" + TerminalView.RESET + "\n\033[2K\n\033[2K\n\033[2K\n"
                + "\033[2K\033[2msample time " + last + ".0 s" + TerminalView.RESET + "\n" + InPlaceScreen.SHOW_CURSOR),
                out.substring(Math.max(0, out.length() - 300)));
        Thread.sleep(50);
        assertEquals(last, asked.get(), "no redraw after close");
    }
}
