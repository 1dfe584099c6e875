package org.newsstance.job;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Values into and out of Spark rows: Java collections as the Scala ones Spark's row encoder accepts
 * for {@code MAP} and {@code ARRAY} columns (it rejects {@code java.util.Map}), and aggregates that
 * are null over no rows.
 */
public final class RowValues {
  private RowValues() {}

  public static <V> scala.collection.Map<String, V> map(Map<String, V> map) {
    return map == null ? null : CollectionConverters.asScala(map);
  }

  public static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return list == null ? null : CollectionConverters.asScala(list).toList();
  }

  /**
   * A {@code sum(...)} read as a long: Spark's sum over no rows is null, which counts as 0 here.
   */
  public static long longOrZero(Row row, int i) {
    return row.isNullAt(i) ? 0L : ((Number) row.get(i)).longValue();
  }
}
