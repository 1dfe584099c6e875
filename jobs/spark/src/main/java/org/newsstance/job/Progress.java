package org.newsstance.job;

import java.io.PrintStream;
import java.util.Locale;

/** The progress lines a run prints: one per stage, then the summary. */
public final class Progress {
  private final PrintStream out;
  private final long startNanos = System.nanoTime();

  public Progress(PrintStream out) {
    this.out = out;
  }

  public void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  public double secondsSinceStart() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
