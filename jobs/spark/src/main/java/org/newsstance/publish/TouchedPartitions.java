package org.newsstance.publish;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The partitions a run changes: where replaced documents had rows and where its new documents go.
 * Every per-document table is partitioned by its document's publication date, so the documents
 * table tells them for all tables, in one small query instead of one per table.
 *
 * @param partitionColumns the partition columns every per-document table shares
 * @param folders the partition folders, relative to a table, as Spark names them
 * @param values the partitions' values as a small local dataset, for a broadcast join
 */
record TouchedPartitions(List<String> partitionColumns, Set<String> folders, Dataset<Row> values) {
  private static final String AS_TEXT = "_text_";

  static TouchedPartitions of(
      SparkSession spark,
      Dataset<Row> priorDocuments,
      Dataset<Row> replaced,
      Dataset<Row> freshDocuments,
      List<String> partitionColumns) {
    Column[] typed = partitionColumns.stream().map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> touched =
        priorDocuments
            .join(replaced, TableSchema.DOC_ID, "left_semi")
            .select(typed)
            .union(freshDocuments.select(typed))
            .distinct();
    StructType schema = touched.schema();
    List<Column> withText = new ArrayList<>(List.of(typed));
    // The folder name is made from the value as Spark casts it to a string.
    partitionColumns.forEach(c -> withText.add(col(c).cast("string").as(AS_TEXT + c)));
    Set<String> folders = new TreeSet<>();
    List<Row> values = new ArrayList<>();
    int n = partitionColumns.size();
    for (Row row : touched.select(withText.toArray(Column[]::new)).collectAsList()) {
      Object[] value = new Object[n];
      Object[] text = new Object[n];
      for (int i = 0; i < n; i++) {
        value[i] = row.get(i);
        text[i] = row.get(n + i);
      }
      values.add(RowFactory.create(value));
      folders.add(PartitionFolders.folderOf(partitionColumns, RowFactory.create(text)));
    }
    return new TouchedPartitions(
        List.copyOf(partitionColumns), folders, spark.createDataFrame(values, schema));
  }
}
