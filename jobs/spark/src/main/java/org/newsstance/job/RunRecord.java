package org.newsstance.job;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of the runs table: what a run was asked, what it did and how long each stage took. Fields
 * a run did not reach (a failed or abandoned run) are null.
 */
public record RunRecord(
    String runId,
    String status,
    Instant startedAt,
    Instant finishedAt,
    String host,
    String inputPath,
    IncrementalOptions options,
    String pipelineVersion,
    Map<String, String> pipelineComponents,
    Long input,
    Long processed,
    Long skipped,
    Long quarantined,
    Long removed,
    Map<String, Long> reprocessedByReason,
    Map<String, Long> rowsWritten,
    Map<String, Long> rowsPublished,
    Map<String, Double> secondsPerStage,
    String snapshot,
    String error) {

  public static final String PUBLISHED = "published";
  public static final String FAILED = "failed";
  public static final String ABANDONED = "abandoned";

  /**
   * A run that ended without publishing: {@link #FAILED} (it said why) or {@link #ABANDONED}
   * (killed, found by the next run from its lock), with what it knew.
   */
  public static RunRecord unpublished(
      String runId,
      String status,
      Instant startedAt,
      Instant finishedAt,
      String host,
      String inputPath,
      IncrementalOptions options,
      Map<String, Double> secondsPerStage,
      String error) {
    return new RunRecord(
        runId,
        status,
        startedAt,
        finishedAt,
        host,
        inputPath,
        options,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        secondsPerStage,
        null,
        error);
  }

  /** The values in the declared column order of {@code Tables.RUNS}. */
  public Row toRow() {
    return RowFactory.create(
        runId,
        status,
        Timestamp.from(startedAt),
        finishedAt == null ? null : Timestamp.from(finishedAt),
        host,
        inputPath,
        options == null ? null : options.mode(),
        options == null || options.since() == null ? null : Date.valueOf(options.since()),
        options == null ? null : options.prune(),
        pipelineVersion,
        RowValues.map(pipelineComponents),
        input,
        processed,
        skipped,
        quarantined,
        removed,
        RowValues.map(reprocessedByReason),
        RowValues.map(rowsWritten),
        RowValues.map(rowsPublished),
        RowValues.map(secondsPerStage),
        snapshot,
        error);
  }

  /** The same facts for the snapshot's JSON manifest. */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("run_id", runId);
    map.put("status", status);
    map.put("started_at", String.valueOf(startedAt));
    map.put("finished_at", String.valueOf(finishedAt));
    map.put("host", host);
    map.put("input_path", inputPath);
    map.put("mode", options == null ? null : options.mode());
    map.put("since", options == null ? null : String.valueOf(options.since()));
    map.put("prune", options == null ? null : options.prune());
    map.put("pipeline_version", pipelineVersion);
    map.put("pipeline_components", pipelineComponents);
    map.put("input", input);
    map.put("processed", processed);
    map.put("skipped", skipped);
    map.put("quarantined", quarantined);
    map.put("removed", removed);
    map.put("reprocessed_by_reason", reprocessedByReason);
    map.put("seconds_per_stage", secondsPerStage);
    return map;
  }
}
