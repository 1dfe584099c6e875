package org.newsstance.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.job.NewsstanceJob;
import org.newsstance.job.Progress;
import org.newsstance.job.RunConfig;
import org.newsstance.job.RunSummary;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
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
    // With the declared schema: a table without rows has no file to infer one from.
    return spark()
        .read()
        .schema(table.schema())
        .parquet(output.resolve("current").resolve(table.name()).toString());
  }

  /** Every snapshot table's published rows, sorted by the table's keys, by table name. */
  protected static Map<String, List<Row>> publishedRows(Path output) {
    Map<String, List<Row>> rows = new TreeMap<>();
    for (TableSchema table : Tables.ALL) {
      if (table.inSnapshot()) {
        rows.put(
            table.name(),
            spark()
                .read()
                .schema(table.schema())
                .parquet(output.resolve("current").resolve(table.name()).toString())
                .orderBy(table.keys().stream().map(functions::col).toArray(Column[]::new))
                .collectAsList());
      }
    }
    return rows;
  }

  /** The runs table of an output folder, oldest run first. */
  protected static List<Row> runs(Path output) {
    return spark()
        .read()
        .schema(Tables.RUNS.schema())
        .parquet(output.resolve("runs").toString())
        .orderBy("run_id")
        .collectAsList();
  }
}
