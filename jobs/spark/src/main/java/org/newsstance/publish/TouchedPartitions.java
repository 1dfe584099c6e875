package org.newsstance.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The partitions a run changes: those where replaced documents had rows (their other rows must be
 * rewritten without them) and those that only gain new documents (the new rows can be added as a
 * file beside the old ones). Every per-document table is partitioned by its document's publication
 * date, so the documents table tells them for all tables, in one small query.
 */
final class TouchedPartitions {
  private static final String REPLACED = "_replaced_";
  private final SparkSession spark;
  private final List<String> partitionColumns;
  private final StructType schema;
  private final Map<String, Row> valueByFolder = new TreeMap<>();
  private final Set<String> withReplaced = new TreeSet<>();

  private TouchedPartitions(SparkSession spark, List<String> partitionColumns, StructType schema) {
    this.spark = spark;
    this.partitionColumns = List.copyOf(partitionColumns);
    this.schema = schema;
  }

  static TouchedPartitions of(
      SparkSession spark,
      Dataset<Row> priorDocuments,
      Dataset<Row> replaced,
      Dataset<Row> freshDocuments,
      List<String> partitionColumns) {
    List<Column> typed = partitionColumns.stream().map(c -> col(c)).toList();
    List<Column> flagged = new ArrayList<>(typed);
    flagged.add(lit(true).as(REPLACED));
    List<Column> fresh = new ArrayList<>(typed);
    fresh.add(lit(false).as(REPLACED));
    Dataset<Row> touched =
        priorDocuments
            .join(replaced, TableSchema.DOC_ID, "left_semi")
            .select(flagged.toArray(Column[]::new))
            .union(freshDocuments.select(fresh.toArray(Column[]::new)))
            .groupBy(typed.toArray(Column[]::new))
            .agg(max(col(REPLACED)).as(REPLACED));
    // Collected as text, the form the folder names are made of: decoding dates on the driver needs
    // JDK internals that a plain spark-submit JVM does not open.
    List<Column> asText = new ArrayList<>();
    partitionColumns.forEach(c -> asText.add(col(c).cast("string").as(c)));
    StructType textSchema = touched.select(asText.toArray(Column[]::new)).schema();
    TouchedPartitions partitions = new TouchedPartitions(spark, partitionColumns, textSchema);
    asText.add(col(REPLACED));
    int n = partitionColumns.size();
    for (Row row : touched.select(asText.toArray(Column[]::new)).collectAsList()) {
      Object[] text = new Object[n];
      for (int i = 0; i < n; i++) {
        text[i] = row.get(i);
      }
      Row value = RowFactory.create(text);
      String folder = PartitionFolders.folderOf(partitionColumns, value);
      partitions.valueByFolder.put(folder, value);
      if (row.getBoolean(n)) {
        partitions.withReplaced.add(folder);
      }
    }
    return partitions;
  }

  /** Every touched partition folder, relative to a table. */
  Set<String> folders() {
    return new TreeSet<>(valueByFolder.keySet());
  }

  /** The folders where replaced documents had rows. */
  Set<String> withReplacedDocuments() {
    return new TreeSet<>(withReplaced);
  }

  /**
   * The partition values of these folders, as text (as Spark casts them), in a small local dataset
   * for a broadcast join.
   */
  Dataset<Row> values(Set<String> folders) {
    List<Row> rows = new ArrayList<>();
    folders.forEach(f -> rows.add(valueByFolder.get(f)));
    return spark.createDataFrame(rows, schema);
  }
}
