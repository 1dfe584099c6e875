package org.newsstance.job;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall seconds per stage of a run, in stage order: each stage ends where the next begins. */
final class StageClock {
  private final Progress progress;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private double mark;

  StageClock(Progress progress) {
    this.progress = progress;
    this.mark = progress.secondsSinceStart();
  }

  /**
   * Records {@code startup}: from the progress clock's start (the CLI starts it before building the
   * Spark session) to the run's start.
   */
  void startup() {
    seconds.put("startup", mark);
  }

  /** Ends the stage running since the last mark. */
  void stop(String stage) {
    double now = progress.secondsSinceStart();
    seconds.put(stage, now - mark);
    mark = now;
  }

  double seconds(String stage) {
    return seconds.getOrDefault(stage, 0.0);
  }

  Map<String, Double> all() {
    return new LinkedHashMap<>(seconds);
  }
}
