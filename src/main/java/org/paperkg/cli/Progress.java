package org.paperkg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/**
 * Shows progress on long work: a live bar on a terminal, and on a pipe or CI log a line every
 * ten seconds, so logs stay readable. The total may be unknown (-1).
 */
final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final ProgressBar bar;
    private final PrintWriter log;
    private final String unit;
    private final long startNanos = System.nanoTime();
    private long lastLog = startNanos;
    private long count;

    private Progress(ProgressBar bar, PrintWriter log, String unit) {
        this.bar = bar;
        this.log = log;
        this.unit = unit;
    }

    static Progress start(String task, String unit, long total, PrintWriter err) {
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, 1).showSpeed()
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
            return new Progress(bar, null, unit);
        }
        return new Progress(null, err, unit);
    }

    void step() {
        count++;
        if (bar != null) {
            bar.step();
        } else if ((count & 0x3ff) == 0) {
            long now = System.nanoTime();
            if (now - lastLog >= LOG_EVERY_NANOS) {
                lastLog = now;
                log.printf("  ... %,d %s (%.0f/s)%n", count, unit, count / ((now - startNanos) / 1e9));
                log.flush();
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
