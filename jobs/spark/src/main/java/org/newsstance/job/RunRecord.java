package org.newsstance.job;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of the runs table: what a run was asked, what it did and how long each stage took.
 *
 * @param results what a published run did; null for a failed or abandoned run
 */
public record RunRecord(
    String runId,
    String status,
    Instant startedAt,
    Instant finishedAt,
    String host,
    String inputPath,
    IncrementalOptions options,
    RunResults results,
    Map<String, Double> secondsPerStage,
    String error) {

  public static final String PUBLISHED = "published";
  public static final String FAILED = "failed";
  public static final String ABANDONED = "abandoned";

  /** What a published run did. */
  public record RunResults(
      String pipelineVersion,
      Map<String, String> pipelineComponents,
      long input,
      long processed,
      long skipped,
      long quarantined,
      long removed,
      Map<String, Long> reprocessedByReason,
      Map<String, Long> rowsWritten,
      Map<String, Long> rowsPublished,
      String snapshot) {}

  /** A run killed before it could say anything, as found by the next run from its lock. */
  public static RunRecord abandoned(String runId, Instant startedAt, String host, String why) {
    return new RunRecord(runId, ABANDONED, startedAt, null, host, null, null, null, null, why);
  }

  /** The values in the declared column order of {@code Tables.RUNS}. */
  public Row toRow() {
    Optional<RunResults> r = Optional.ofNullable(results);
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
        r.map(RunResults::pipelineVersion).orElse(null),
        RowValues.map(r.map(RunResults::pipelineComponents).orElse(null)),
        r.map(RunResults::input).orElse(null),
        r.map(RunResults::processed).orElse(null),
        r.map(RunResults::skipped).orElse(null),
        r.map(RunResults::quarantined).orElse(null),
        r.map(RunResults::removed).orElse(null),
        RowValues.map(r.map(RunResults::reprocessedByReason).orElse(null)),
        RowValues.map(r.map(RunResults::rowsWritten).orElse(null)),
        RowValues.map(r.map(RunResults::rowsPublished).orElse(null)),
        RowValues.map(secondsPerStage),
        r.map(RunResults::snapshot).orElse(null),
        error);
  }

  /** The same facts for the snapshot's JSON manifest (row counts are added per table there). */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("run_id", runId);
    map.put("status", status);
    map.put("started_at", String.valueOf(startedAt));
    map.put("finished_at", String.valueOf(finishedAt));
    map.put("host", host);
    map.put("input_path", inputPath);
    map.put("mode", options == null ? null : options.mode());
    map.put(
        "since", options == null || options.since() == null ? null : options.since().toString());
    map.put("prune", options == null ? null : options.prune());
    if (results != null) {
      map.put("pipeline_version", results.pipelineVersion());
      map.put("pipeline_components", results.pipelineComponents());
      map.put("input", results.input());
      map.put("processed", results.processed());
      map.put("skipped", results.skipped());
      map.put("quarantined", results.quarantined());
      map.put("removed", results.removed());
      map.put("reprocessed_by_reason", results.reprocessedByReason());
    }
    map.put("seconds_per_stage", secondsPerStage);
    map.put("error", error);
    return map;
  }
}
