package org.newsstance.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The runs table: one small Parquet file per run in {@code OUTPUT/runs/}, named after the run. The
 * file is written in the writing run's staging folder and then moved into place in one step (rename
 * on local disks and HDFS, one object on object stores), so readers never see half a row.
 */
public final class RunLog {
  private final SparkSession spark;
  private final OutputLayout layout;

  public RunLog(SparkSession spark, OutputLayout layout) {
    this.spark = spark;
    this.layout = layout;
  }

  /**
   * Appends a run's row, staged under {@code writerRunId} (the run itself, or the run recording an
   * abandoned one).
   */
  public void append(String writerRunId, String runId, Row row) {
    Path staged = layout.staged(writerRunId, "runs-" + runId);
    spark
        .createDataFrame(List.of(row), Tables.RUNS.schema())
        .coalesce(1)
        .write()
        .option("compression", "zstd")
        .parquet(staged.toString());
    try {
      FileSystem fs = staged.getFileSystem(conf());
      Path part =
          Arrays.stream(fs.listStatus(staged))
              .map(FileStatus::getPath)
              .filter(p -> p.getName().startsWith("part-") && p.getName().endsWith(".parquet"))
              .findFirst()
              .orElseThrow(() -> new IOException("Spark wrote no part file in " + staged));
      fs.mkdirs(layout.runs());
      if (!fs.rename(part, layout.runRecord(runId))) {
        throw new IOException("could not move " + part + " to " + layout.runRecord(runId));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("recording run " + runId, e);
    }
  }

  public boolean has(String runId) {
    try {
      return layout.runRecord(runId).getFileSystem(conf()).exists(layout.runRecord(runId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
