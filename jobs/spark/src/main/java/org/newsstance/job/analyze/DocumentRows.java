package org.newsstance.job.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_keys;
import static org.apache.spark.sql.functions.map_values;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.RawDocument;

/** Reads a document back from an ingest row (columns by name, so their order does not matter). */
public final class DocumentRows {
  private static final String EXTRA_KEYS = "extra_keys";
  private static final String EXTRA_VALUES = "extra_values";

  private DocumentRows() {}

  /**
   * The rows with their {@code extra} map also as key and value arrays: a map read back into a Row
   * becomes a Scala map, hash-ordered past four entries, and documents.extra is to keep the input's
   * column order. To be taken before any Java function passes the rows on (the planner's).
   */
  public static Dataset<Row> withOrderedExtra(Dataset<Row> rows) {
    if (Arrays.asList(rows.columns()).contains(EXTRA_KEYS)) {
      return rows; // Already taken where the map still had the input's order.
    }
    return rows.withColumn(EXTRA_KEYS, map_keys(col("extra")))
        .withColumn(EXTRA_VALUES, map_values(col("extra")));
  }

  public static RawDocument toDocument(Row row) {
    return new RawDocument(
        row.getAs("doc_id"),
        row.getAs("id_source"),
        row.getAs("title"),
        row.getAs("source"),
        row.getAs("published_at"),
        row.getAs("text"),
        extra(row),
        row.getAs("origin"));
  }

  private static Map<String, String> extra(Row row) {
    if (!Arrays.asList(row.schema().fieldNames()).contains(EXTRA_KEYS)
        || row.isNullAt(row.fieldIndex(EXTRA_KEYS))) {
      return row.isNullAt(row.fieldIndex("extra")) ? null : row.getJavaMap(row.fieldIndex("extra"));
    }
    List<String> keys = row.getList(row.fieldIndex(EXTRA_KEYS));
    List<String> values = row.getList(row.fieldIndex(EXTRA_VALUES));
    Map<String, String> extra = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      extra.put(keys.get(i), values.get(i));
    }
    return extra;
  }
}
