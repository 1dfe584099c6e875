package org.newsstance.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.job.analyze.AnalysisRows;
import org.newsstance.job.analyze.AnalyzeDocuments;
import org.newsstance.job.ingest.CorpusReader;
import org.newsstance.publish.ActorDimension;
import org.newsstance.publish.OutputLayout;
import org.newsstance.publish.RunManifest;
import org.newsstance.publish.SnapshotPointer;
import org.newsstance.publish.SnapshotRetention;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.TableWriter;
import org.newsstance.publish.Tables;

/**
 * One run: ingest → analyse → publish. Each stage writes its result to the run's staging folder
 * before the next reads it, so the expensive analysis runs exactly once however many tables are cut
 * from it, and each stage's time is its own. Nothing is visible to readers until the last step
 * replaces the snapshot pointer.
 */
public final class NewsstanceJob {
  private final SparkSession spark;
  private final RunConfig config;
  private final Progress progress;
  private final OutputLayout layout;
  private final ActorRegistry registry;

  public NewsstanceJob(SparkSession spark, RunConfig config, Progress progress) {
    this.spark = spark;
    this.config = config;
    this.progress = progress;
    this.layout = new OutputLayout(qualify(new Path(config.output())));
    this.registry = ActorRegistries.load(config.actorFiles());
  }

  public RunSummary run() {
    String runId = RunIds.next(Instant.now());
    Map<String, Double> seconds = new LinkedHashMap<>();
    progress.line("newsstance run %s: %s -> %s", runId, config.input(), config.output());

    double t0 = progress.secondsSinceStart();
    Dataset<Row> ingested =
        stage(
            runId,
            "ingest",
            new CorpusReader(spark, config.input(), config.format(), config.columns()).read());
    Row ingestCounts =
        ingested
            .agg(
                sum(lit(1L)).as("input"),
                sum(when(col("kind").equalTo("document"), 1L).otherwise(0L)).as("documents"))
            .first();
    long input = ingestCounts.isNullAt(0) ? 0 : ingestCounts.getLong(0);
    long documents = ingestCounts.isNullAt(1) ? 0 : ingestCounts.getLong(1);
    seconds.put("ingest", progress.secondsSinceStart() - t0);
    progress.line(
        "[1/3] ingest   %d input records -> %d documents, %d quarantined  (%.1f s)",
        input, documents, input - documents, seconds.get("ingest"));

    double t1 = progress.secondsSinceStart();
    AnalysisSettings settings =
        AnalysisSettings.of(config.paragraphMode(), config.maxSentenceTokens(), registry);

    Dataset<Row> analysis =
        stage(
            runId,
            "analysis",
            ingested
                .filter(col("kind").equalTo("document"))
                .repartition(partitions(documents))
                .mapPartitions(
                    new AnalyzeDocuments(settings, runId), Encoders.row(AnalysisRows.SCHEMA)));
    Row counts =
        analysis
            .agg(
                sum(when(col("status").equalTo(AnalysisRows.PROCESSED), 1L).otherwise(0L)),
                sum(size(col("paragraphs"))),
                sum(size(col("sentences"))),
                sum(col("document.n_tokens").cast("long")))
            .first();
    long processed = longOrZero(counts, 0);
    seconds.put("analyse", progress.secondsSinceStart() - t1);
    progress.line(
        "[2/3] analyse  %d documents -> %d paragraphs, %d sentences, %d tokens  (%.1f s)",
        processed,
        longOrZero(counts, 1),
        longOrZero(counts, 2),
        longOrZero(counts, 3),
        seconds.get("analyse"));

    double t2 = progress.secondsSinceStart();
    Map<String, Long> rows = publishTables(runId, ingested, analysis);
    long quarantined = rows.get(Tables.QUARANTINE.name());
    seconds.put("publish", progress.secondsSinceStart() - t2);
    RunSummary summary =
        new RunSummary(
            runId,
            "published",
            input,
            processed,
            0,
            quarantined,
            longOrZero(counts, 1),
            longOrZero(counts, 2),
            longOrZero(counts, 3),
            rows,
            seconds,
            progress.secondsSinceStart(),
            new Path(layout.root(), OutputLayout.CURRENT_LINK).toString());
    if (!summary.reconciles()) {
      throw UserError.reconciliation(input, processed, 0, quarantined);
    }
    new RunManifest(summary, config).write(layout.manifest(runId), hadoopConf());
    new SnapshotPointer(layout, hadoopConf()).publish(runId);
    cleanUp(runId);
    progress.line(
        "[3/3] publish  %d tables -> %s  (%.1f s)",
        rows.size(), layout.snapshot(runId), seconds.get("publish"));
    return summary;
  }

  private Map<String, Long> publishTables(
      String runId, Dataset<Row> ingested, Dataset<Row> analysis) {
    Dataset<Row> processed = analysis.filter(col("status").equalTo(AnalysisRows.PROCESSED));
    Map<TableSchema, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.DOCUMENTS, processed.select("document.*"));
    tables.put(
        Tables.PARAGRAPHS, processed.select(explode(col("paragraphs")).as("r")).select("r.*"));
    tables.put(Tables.SENTENCES, processed.select(explode(col("sentences")).as("r")).select("r.*"));
    Dataset<Row> mentions = processed.select(explode(col("actor_mentions")).as("r")).select("r.*");
    tables.put(Tables.ACTOR_MENTIONS, mentions);
    tables.put(Tables.ACTORS, ActorDimension.build(spark, registry, mentions));
    tables.put(
        Tables.QUARANTINE,
        ingested
            .filter(col("kind").equalTo("quarantine"))
            .withColumn("run_id", lit(runId))
            .select(Tables.QUARANTINE.columns())
            .unionByName(analysis.filter(col("quarantine").isNotNull()).select("quarantine.*")));
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Map.Entry<TableSchema, Dataset<Row>> table : tables.entrySet()) {
      Path path = layout.table(runId, table.getKey());
      TableWriter.write(table.getValue(), table.getKey(), path);
      // With the declared schema: a partitioned table without rows has no file to infer one from.
      rows.put(
          table.getKey().name(),
          spark.read().schema(table.getKey().schema()).parquet(path.toString()).count());
    }
    return rows;
  }

  /**
   * Writes a stage's result to staging and returns it read back, so later stages never recompute
   * it.
   */
  private Dataset<Row> stage(String runId, String name, Dataset<Row> result) {
    String path = layout.staged(runId, name).toString();
    result.write().parquet(path);
    return spark.read().parquet(path);
  }

  private int partitions(long documents) {
    if (config.partitions() > 0) {
      return config.partitions();
    }
    // Several tasks per core balance uneven documents; never more tasks than documents.
    long wanted = (long) spark.sparkContext().defaultParallelism() * 4;
    return (int) Math.max(1, Math.min(wanted, documents));
  }

  private void cleanUp(String runId) {
    try {
      FileSystem fs = layout.root().getFileSystem(hadoopConf());
      fs.delete(layout.staging(runId), true);
      new SnapshotRetention(layout, fs).keepLatest(config.keepSnapshots(), runId);
    } catch (IOException e) {
      progress.line(
          "warning: could not remove old files (%s); they only take space", e.getMessage());
    }
  }

  private Path qualify(Path path) {
    try {
      return path.getFileSystem(hadoopConf()).makeQualified(path);
    } catch (IOException e) {
      throw UserError.outputUnwritable(config.output(), e);
    }
  }

  private Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  private static long longOrZero(Row row, int i) {
    return row.isNullAt(i) ? 0L : ((Number) row.get(i)).longValue();
  }
}
