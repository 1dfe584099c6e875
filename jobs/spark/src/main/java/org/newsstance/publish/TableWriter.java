package org.newsstance.publish;

import static org.apache.spark.sql.functions.col;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes one table into a snapshot: declared columns in declared order, nothing inferred. */
public final class TableWriter {
  private TableWriter() {}

  /**
   * One file per partition value (more only past {@code spark.sql.files.maxRecordsPerFile}), rows
   * sorted by the table's keys, so that a day's query reads a day's file and reruns write the same
   * rows in the same order.
   */
  public static void write(Dataset<Row> rows, TableSchema table, Path path) {
    // Partition columns first: Spark's partitioned write needs its rows ordered by them, and where
    // they are not already the leading sort it sorts again by them alone, which loses the keys'
    // order within each file.
    Column[] keys =
        java.util.stream.Stream.concat(
                table.partitionColumns().stream(),
                table.keys().stream().filter(k -> !table.partitionColumns().contains(k)))
            .map(c -> col(c))
            .toArray(Column[]::new);
    Dataset<Row> selected = rows.select(table.columns());
    Dataset<Row> laidOut =
        table.partitionColumns().isEmpty()
            ? selected.coalesce(1)
            : selected.repartition(
                table.partitionColumns().stream().map(c -> col(c)).toArray(Column[]::new));
    laidOut
        .sortWithinPartitions(keys)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", "zstd")
        .partitionBy(table.partitionColumns().toArray(String[]::new))
        .parquet(path.toString());
  }
}
