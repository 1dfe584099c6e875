package org.newsstance.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.job.analyze.AnalysisCounts;
import org.newsstance.job.analyze.AnalysisStage;
import org.newsstance.job.incremental.CurrentPipeline;
import org.newsstance.job.incremental.Decision;
import org.newsstance.job.incremental.KeptEntries;
import org.newsstance.job.incremental.PipelineVersion;
import org.newsstance.job.incremental.RunPlan;
import org.newsstance.job.ingest.CorpusReader;
import org.newsstance.job.lock.LockHolder;
import org.newsstance.job.lock.OutputLock;
import org.newsstance.publish.OutputLayout;
import org.newsstance.publish.PreviousSnapshot;
import org.newsstance.publish.RunManifest;
import org.newsstance.publish.SnapshotPointer;
import org.newsstance.publish.SnapshotRetention;
import org.newsstance.publish.SnapshotWriter;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.score.stance.TopicRegistry;

/**
 * One run: lock → ingest → plan → analyse → publish. Incremental: documents already published with
 * the same input and a still-valid pipeline version are skipped and their rows carried over into
 * the new snapshot. Each stage writes its result to the run's staging folder before the next reads
 * it. Nothing is visible to readers until the last step replaces the snapshot pointer; a run that
 * fails or is killed before it leaves the published tables as they were.
 */
public final class NewsstanceJob {
  private final SparkSession spark;
  private final RunConfig config;
  private final Progress progress;
  private final OutputLayout layout;
  private final ActorRegistry registry;
  private final TopicRegistry topics;
  private final Consumer<TableSchema> afterTableWritten;

  public NewsstanceJob(SparkSession spark, RunConfig config, Progress progress) {
    this(spark, config, progress, table -> {});
  }

  /**
   * @param afterTableWritten called after each table of the new snapshot is written (tests use it
   *     to fail a run half-way through publishing)
   */
  public NewsstanceJob(
      SparkSession spark,
      RunConfig config,
      Progress progress,
      Consumer<TableSchema> afterTableWritten) {
    this.spark = spark;
    this.config = config;
    this.progress = progress;
    this.layout = new OutputLayout(qualify(new Path(config.output())));
    this.registry = Registries.actors(config.actorFiles());
    this.topics = Registries.topics(config.topicFiles());
    this.afterTableWritten = afterTableWritten;
  }

  public RunSummary run() {
    Instant started = Instant.now();
    String runId = RunIds.next(started);
    StageClock clock = new StageClock(progress);
    clock.startup();
    progress.line("newsstance run %s: %s -> %s", runId, config.input(), config.output());
    try (OutputLock lock =
        OutputLock.acquire(layout.lock(), hadoopConf(), runId, Clock.systemUTC())) {
      runs().recoverFromKilledRuns(runId, lock);
      clock.stop("lock");
      try {
        return runLocked(runId, started, lock, clock);
      } catch (Throwable e) {
        // Throwable, not RuntimeException: Spark's failures are checked SparkExceptions thrown
        // from Scala without a declaration, and a file system error (FSError) is an Error; every
        // run that took the lock gets its row. Rethrown as is (precise rethrow).
        if (org.apache.hadoop.util.ShutdownHookManager.get().isShutdownInProgress()) {
          // Spark is being torn down under the run (SIGTERM, or out of memory): writing the row
          // would only fail with Spark's "internal error"; the next run records this one.
          progress.line("note: the next run records run %s as abandoned", runId);
        } else {
          runs().recordFailed(runId, started, clock, e);
        }
        throw e;
      }
    }
  }

  private RunSummary runLocked(String runId, Instant started, OutputLock lock, StageClock clock) {
    AnalysisSettings settings =
        AnalysisSettings.of(config.paragraphMode(), config.maxSentenceTokens(), registry)
            .withTopics(topics);
    ModelWarmUp models = ModelWarmUp.start(spark, settings);
    Staging staging = new Staging(spark, layout, runId);
    Dataset<Row> ingested =
        staging.stage(
            "ingest",
            new CorpusReader(spark, config.input(), config.format(), config.columns()).read());
    Row ingestCounts =
        ingested
            .agg(
                sum(lit(1L)).as("input"),
                sum(when(col("kind").equalTo("document"), 1L).otherwise(0L)).as("documents"))
            .first();
    long input = RowValues.longOrZero(ingestCounts, 0);
    long documents = RowValues.longOrZero(ingestCounts, 1);
    clock.stop("ingest");
    progress.line(
        "[1/4] ingest   %d input records -> %d documents, %d quarantined  (%.1f s)",
        input, documents, input - documents, clock.seconds("ingest"));

    PipelineVersion version = CurrentPipeline.of(settings);
    Optional<PreviousSnapshot> previous = PreviousSnapshot.find(layout, hadoopConf());
    KeptEntries kept = new KeptEntries(layout, hadoopConf());
    RunPlan plan =
        RunPlan.make(
            ingested.filter(col("kind").equalTo("document")),
            previous.flatMap(p -> p.read(spark, Tables.DOCUMENTS)),
            version,
            config.incremental(),
            kept,
            staging);
    clock.stop("plan");
    progress.line(
        "[2/4] plan     %d to analyse %s, %d skipped (published, unchanged), %d gone from the input%s  (%.1f s)",
        plan.toAnalyse(),
        plan.reprocessedByReason(),
        plan.count(Decision.UNCHANGED),
        plan.absent(),
        config.incremental().prune() ? " (pruned)" : " (kept; --prune removes them)",
        clock.seconds("plan"));

    if (plan.toAnalyse() > 0 && models.started()) {
      models.await();
      clock.stop("load_models");
    }
    Dataset<Row> analysis =
        new AnalysisStage(spark, settings, runId, config.partitions())
            .run(staging, plan.toAnalyseRows(), plan.toAnalyse());
    AnalysisCounts counts = AnalysisCounts.of(analysis);
    long processed = counts.processed();
    clock.stop("analyse");
    progress.line(
        "[3/4] analyse  %d documents%s -> %d paragraphs, %d sentences, %d tokens  (%.1f s)",
        processed,
        counts.notes(),
        counts.paragraphs(),
        counts.sentences(),
        counts.tokens(),
        clock.seconds("analyse"));

    SnapshotWriter writer =
        new SnapshotWriter(spark, layout, runId, previous, plan.replaced(), afterTableWritten);
    writer.write(SnapshotTables.fresh(runId, ingested, analysis, version), counts.freshRows());
    // Rebuilt tables read the new snapshot's facts, carried-over documents included.
    writer.write(SnapshotTables.rebuilt(spark, registry, writer), Map.of());
    writer.checkComplete();
    long quarantined = writer.rowsWritten().get(Tables.QUARANTINE.name());
    long skipped = plan.count(Decision.UNCHANGED);
    if (input != processed + skipped + quarantined) {
      throw UserError.reconciliation(input, processed, skipped, quarantined);
    }
    kept.keep(version);
    clock.stop("publish");
    RunRecord record =
        new RunRecord(
            runId,
            RunRecord.PUBLISHED,
            started,
            Instant.now(),
            LockHolder.localHost(),
            config.input(),
            config.incremental(),
            new RunRecord.RunResults(
                version.hash(),
                version.hashes(),
                input,
                processed,
                skipped,
                quarantined,
                config.incremental().prune() ? plan.absent() : 0L,
                plan.reprocessedByReason(),
                writer.rowsWritten(),
                writer.rowsPublished(),
                layout.snapshot(runId).toString()),
            clock.all(),
            null);
    new RunManifest(record.asMap(), writer.rowsWritten(), writer.rowsPublished())
        .write(layout.manifest(runId), hadoopConf());
    lock.checkHeld();
    new SnapshotPointer(layout, hadoopConf()).publish(runId);
    progress.line(
        "[4/4] publish  %s -> %s  (%.1f s)",
        writer.layoutSummary(), layout.snapshot(runId), clock.seconds("publish"));
    runs().record(runId, record);
    cleanUp(runId);
    return new RunSummary(
        runId,
        RunRecord.PUBLISHED,
        input,
        processed,
        skipped,
        quarantined,
        counts.paragraphs(),
        counts.sentences(),
        counts.tokens(),
        writer.rowsPublished(),
        clock.all(),
        progress.secondsSinceStart(),
        layout.currentLink().toString());
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

  private RunRecorder runs() {
    return new RunRecorder(spark, layout, config, progress);
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
}
