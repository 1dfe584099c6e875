package org.newsstance.publish;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.newsstance.publish.Columns.optional;
import static org.newsstance.publish.Columns.required;
import static org.newsstance.publish.Columns.struct;

import java.util.List;
import org.apache.spark.sql.types.MapType;
import org.newsstance.publish.TableSchema.Kind;

/** The run log: one row per run, kept outside the snapshots. */
final class RunTables {
  private RunTables() {}

  /** Counts by name (table, reason). */
  private static final MapType COUNTS = createMapType(StringType, LongType, true);

  static final TableSchema RUNS =
      new TableSchema(
          "runs",
          1,
          "one row per run that held the output's lock (published, failed or abandoned); read at OUTPUT/runs/, outside the snapshots",
          List.of("run_id"),
          struct(
              required("run_id", StringType, "The run (snapshot folder name when published)."),
              required(
                  "status",
                  StringType,
                  "published; failed (the published tables are untouched, error says why); abandoned (the run was killed: a later run found its lock)."),
              required("started_at", TimestampType, "When the run took the lock (UTC)."),
              optional(
                  "finished_at", TimestampType, "When the run ended (UTC); null when abandoned."),
              optional("host", StringType, "Host of the driver."),
              optional("input_path", StringType, "The --input of the run."),
              optional(
                  "mode",
                  StringType,
                  "incremental, full (--full) or since (--since: documents published on or after since were reprocessed)."),
              optional("since", DateType, "The --since date, else null."),
              optional(
                  "prune", BooleanType, "Whether --prune removed documents gone from the input."),
              optional(
                  "pipeline_version",
                  StringType,
                  "Hash of pipeline_components (documents.pipeline_version)."),
              optional(
                  "pipeline_components",
                  createMapType(StringType, StringType, true),
                  "Hash of each pipeline component."),
              optional("input", LongType, "Input records read."),
              optional("processed", LongType, "Documents analysed and published by this run."),
              optional(
                  "skipped",
                  LongType,
                  "Documents already published with the same input and pipeline version: their rows were carried over."),
              optional("quarantined", LongType, "Input records that could not be processed."),
              optional(
                  "removed",
                  LongType,
                  "Published documents removed because --prune found them gone."),
              optional(
                  "reprocessed_by_reason",
                  COUNTS,
                  "Documents sent to analysis, by reason: new, changed, full, since, pipeline. Includes those the analysis then quarantined (not English, analysis_failed), which have no published rows and so are sent again, as new, every run."),
              optional(
                  "rows_written",
                  COUNTS,
                  "Rows this run computed, per table (carried-over rows excluded)."),
              optional(
                  "rows_published", COUNTS, "Rows per table in the snapshot the run published."),
              optional(
                  "seconds_per_stage",
                  createMapType(StringType, DoubleType, true),
                  "Wall seconds per stage: startup (Spark session), lock, ingest, plan, load_models (local mode: the wait left before the analysis for the models, which load in the background from the start of the run; absent from a run that analysed nothing), analyse, publish."),
              optional("snapshot", StringType, "Path of the published snapshot."),
              optional(
                  "error",
                  StringType,
                  "Why the run failed or was abandoned: the failure's first line, up to 1,000 characters (the run's log has the whole error).")),
          List.of(),
          Kind.RUN_LOG);
}
