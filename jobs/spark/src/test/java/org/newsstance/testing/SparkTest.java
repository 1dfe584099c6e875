package org.newsstance.testing;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.job.NewsstanceJob;
import org.newsstance.job.Progress;
import org.newsstance.job.RunConfig;
import org.newsstance.job.RunSummary;
import org.newsstance.publish.TableSchema;
import org.newsstance.segment.ParagraphMode;

/** Base of Spark tests: the shared session, and running the job the way the CLI does. */
public abstract class SparkTest {
  protected static SparkSession spark() {
    return SparkTestSession.get();
  }

  protected static RunConfig config(Path input, Path output, ParagraphMode mode) {
    return new RunConfig(
        input.toString(),
        output.toString(),
        null,
        mode,
        ColumnMapping.DEFAULT,
        0,
        120,
        List.of(),
        3);
  }

  protected static RunSummary run(RunConfig config) {
    return new NewsstanceJob(spark(), config, new Progress(System.out)).run();
  }

  /** A published table of an output folder, read through the stable {@code current} path. */
  protected static Dataset<Row> table(Path output, TableSchema table) {
    return spark().read().parquet(output.resolve("current").resolve(table.name()).toString());
  }
}
