package org.newsstance.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsstance.publish.OutputLayout;

/**
 * A run's staging folder: each stage's result is written there and read back, so later stages never
 * recompute it (the analysis above all) and each stage's time is its own.
 */
public final class Staging {
  private final SparkSession spark;
  private final OutputLayout layout;
  private final String runId;

  public Staging(SparkSession spark, OutputLayout layout, String runId) {
    this.spark = spark;
    this.layout = layout;
    this.runId = runId;
  }

  /** Writes a stage's result to staging and returns it read back. */
  public Dataset<Row> stage(String name, Dataset<Row> result) {
    String path = layout.staged(runId, name).toString();
    result.write().parquet(path);
    return spark.read().parquet(path);
  }
}
