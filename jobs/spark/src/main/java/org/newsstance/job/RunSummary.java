package org.newsstance.job;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did. {@code input == processed + skipped + quarantined} always holds for a published
 * run: every input record is accounted for.
 *
 * @param input records read (files, JSON lines, CSV records, Parquet rows; sidecars are metadata)
 * @param skipped documents already published with the same content and pipeline version
 * @param rowsPublished rows per table of the published snapshot (carried-over rows included)
 * @param secondsPerStage wall seconds per stage, in stage order
 */
public record RunSummary(
    String runId,
    String status,
    long input,
    long processed,
    long skipped,
    long quarantined,
    long paragraphs,
    long sentences,
    long tokens,
    Map<String, Long> rowsPublished,
    Map<String, Double> secondsPerStage,
    double wallSeconds,
    String tablesPath) {

  public RunSummary {
    rowsPublished = new LinkedHashMap<>(rowsPublished);
    secondsPerStage = new LinkedHashMap<>(secondsPerStage);
  }

  public boolean reconciles() {
    return input == processed + skipped + quarantined;
  }

  public String render() {
    return String.format(
        Locale.ROOT,
        "summary: input %d = processed %d + skipped %d + quarantined %d%n"
            + "documents %d · paragraphs %d · sentences %d · tokens %d · quarantined %d · wall %.1f s%n"
            + "tables: %s",
        input,
        processed,
        skipped,
        quarantined,
        processed,
        paragraphs,
        sentences,
        tokens,
        quarantined,
        wallSeconds,
        tablesPath);
  }
}
