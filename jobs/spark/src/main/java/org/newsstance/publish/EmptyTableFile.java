package org.newsstance.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Gives a table that has no rows one Parquet file with its schema. Spark writes no file at all for
 * an empty partitioned table (only {@code _SUCCESS}), and then {@code read_parquet(
 * 'TABLE/**}{@code /*.parquet')} in DuckDB fails with "No files found" and Spark cannot infer a
 * schema: a dashboard on {@code actor_stance} would break on a night without stance rows. The file
 * goes where undated rows go ({@code published_date=__HIVE_DEFAULT_PARTITION__}), so it adds no
 * partition a reader would not already see.
 */
final class EmptyTableFile {
  private EmptyTableFile() {}

  static void ensure(SparkSession spark, TableSchema table, Path path) {
    if (table.partitionColumns().isEmpty() || hasParquetFile(spark, path)) {
      return; // Spark writes one empty file for an unpartitioned table itself
    }
    StructType withoutPartitions = new StructType();
    for (StructField field : table.schema().fields()) {
      if (!table.partitionColumns().contains(field.name())) {
        withoutPartitions = withoutPartitions.add(field);
      }
    }
    String partition =
        String.join(
            "/",
            table.partitionColumns().stream().map(c -> c + "=__HIVE_DEFAULT_PARTITION__").toList());
    spark
        .createDataFrame(List.<Row>of(), withoutPartitions)
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", "zstd")
        .parquet(new Path(path, partition).toString());
  }

  private static boolean hasParquetFile(SparkSession spark, Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return FilesBelow.list(fs, path).stream()
          .anyMatch(f -> f.getPath().getName().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + path, e);
    }
  }
}
