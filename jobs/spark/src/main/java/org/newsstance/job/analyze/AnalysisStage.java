package org.newsstance.job.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.job.Staging;

/**
 * The analysis stage's Spark side: deals the documents to analyse into tasks, runs {@link
 * AnalyzeDocuments} on each and stages the rows. The analysis itself is plain Java.
 */
public final class AnalysisStage {
  private static final String TEXT_HASH = "_text_hash";

  private final SparkSession spark;
  private final AnalysisSettings settings;
  private final String runId;
  private final int configuredPartitions;

  /**
   * @param configuredPartitions the user's task count, or 0 to choose one from the cluster's cores
   */
  public AnalysisStage(
      SparkSession spark, AnalysisSettings settings, String runId, int configuredPartitions) {
    this.spark = spark;
    this.settings = settings;
    this.runId = runId;
    this.configuredPartitions = configuredPartitions;
  }

  /** The staged analysis rows ({@link AnalysisRows#SCHEMA}) of {@code count} documents. */
  public Dataset<Row> run(Staging staging, Dataset<Row> documents, long count) {
    if (count == 0) {
      return spark.createDataFrame(List.of(), AnalysisRows.SCHEMA);
    }
    return staging.stage(
        "analysis",
        byText(documents, partitions(count))
            .mapPartitions(
                new AnalyzeDocuments(settings, runId), Encoders.row(AnalysisRows.SCHEMA)));
  }

  /**
   * The documents in {@code partitions} partitions of about equal counts, ranged and ordered by a
   * hash of their text, so that copies of one text (wire stories) are adjacent in one partition and
   * analysed once ({@link org.newsstance.analysis.WireCopies}).
   */
  private static Dataset<Row> byText(Dataset<Row> documents, int partitions) {
    Column textHash = col(TEXT_HASH);
    return DocumentRows.withOrderedExtra(documents)
        .withColumn(TEXT_HASH, sha2(col("text"), 256))
        .repartitionByRange(partitions, textHash)
        .sortWithinPartitions(textHash);
  }

  private int partitions(long documents) {
    if (configuredPartitions > 0) {
      return configuredPartitions;
    }
    // Several tasks per core balance uneven documents; never more tasks than documents.
    long wanted = (long) spark.sparkContext().defaultParallelism() * 4;
    return (int) Math.max(1, Math.min(wanted, documents));
  }
}
