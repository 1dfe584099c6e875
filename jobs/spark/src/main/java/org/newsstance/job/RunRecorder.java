package org.newsstance.job;

import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.newsstance.job.lock.LockHolder;
import org.newsstance.job.lock.OutputLock;
import org.newsstance.publish.CrashRecovery;
import org.newsstance.publish.OutputLayout;
import org.newsstance.publish.RunLog;
import org.newsstance.publish.SnapshotPointer;

/**
 * Writes a run's rows into the runs table: its own (published or failed) and those of killed runs
 * it finds, which could not record themselves. The runs table is a record, not the product: failing
 * to append to it warns and never fails a run.
 */
final class RunRecorder {
  private final SparkSession spark;
  private final OutputLayout layout;
  private final RunConfig config;
  private final Progress progress;

  RunRecorder(SparkSession spark, OutputLayout layout, RunConfig config, Progress progress) {
    this.spark = spark;
    this.layout = layout;
    this.config = config;
    this.progress = progress;
  }

  /**
   * Takes note of a run this one displaced (killed: it could not record itself) and removes what
   * killed runs left behind.
   */
  void recoverFromKilledRuns(String runId, OutputLock lock) {
    Optional<LockHolder> dead = lock.displaced();
    RunLog log = new RunLog(spark, layout);
    if (dead.isPresent() && !log.has(dead.get().runId())) {
      LockHolder holder = dead.get();
      boolean published =
          new SnapshotPointer(layout, hadoopConf())
              .current()
              .filter(holder.runId()::equals)
              .isPresent();
      String why =
          (published ? "killed after publishing its snapshot; " : "killed before publishing; ")
              + "found by run "
              + runId
              + " ("
              + holder.describe()
              + ")";
      record(runId, RunRecord.abandoned(holder.runId(), holder.startedAt(), holder.host(), why));
      progress.line("recovered: %s", why);
    }
    for (String removed : new CrashRecovery(layout, hadoopConf()).clean(runId)) {
      progress.line("recovered: removed %s", removed);
    }
  }

  void recordFailed(String runId, Instant started, StageClock clock, Throwable e) {
    record(
        runId,
        new RunRecord(
            runId,
            RunRecord.FAILED,
            started,
            Instant.now(),
            LockHolder.localHost(),
            config.input(),
            config.incremental(),
            null,
            clock.all(),
            errorColumn(e)));
  }

  /** Longest runs.error: a Spark failure's message carries the executors' stack traces. */
  static final int ERROR_CHARS = 1000;

  /**
   * The failure's first line, cut at {@link #ERROR_CHARS}: Spark's "Job aborted due to stage
   * failure" messages run to several KB of stack trace, which the run's log keeps whole.
   */
  static String errorColumn(Throwable e) {
    String first = String.valueOf(e).lines().findFirst().orElse("");
    boolean cut = first.length() > ERROR_CHARS || String.valueOf(e).lines().count() > 1;
    return cut
        ? first.substring(0, Math.min(first.length(), ERROR_CHARS))
            + " … (cut; the run's log has the whole error)"
        : first;
  }

  /** Appends the row, written by run {@code writerRunId}; warns when it cannot. */
  void record(String writerRunId, RunRecord record) {
    try {
      new RunLog(spark, layout).append(writerRunId, record.runId(), record.toRow());
    } catch (Exception e) { // SparkException too: Scala throws it undeclared
      progress.line("warning: could not append run %s to the runs table: %s", record.runId(), e);
    }
  }

  private Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
