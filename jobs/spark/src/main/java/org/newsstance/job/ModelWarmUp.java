package org.newsstance.job;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.ingest.RawDocument;

/**
 * Loads the CoreNLP models before the analysis stage by analysing one short document on the driver.
 * In local mode the driver is the executor, so this moves the load (10–25 s once the full pipeline
 * runs) out of the analysis into its own stage, where the runs table reports it as a fixed cost; on
 * a cluster the executors load their own models and this is skipped.
 */
final class ModelWarmUp {
  private static final RawDocument SAMPLE =
      new RawDocument(
          "warm-up",
          "given",
          null,
          null,
          null,
          "Iran and the United States met in Muscat on Friday. Both sides called the talks useful.",
          Map.of(),
          "warm-up");

  private ModelWarmUp() {}

  static boolean useful(SparkSession spark) {
    return spark.sparkContext().isLocal();
  }

  static void run(AnalysisSettings settings) {
    new DocumentAnalyzer(settings).analyze(SAMPLE);
  }
}
