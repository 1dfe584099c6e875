package org.newsstance.job;

import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Java collections as the Scala ones Spark's row encoder accepts for {@code MAP} and {@code ARRAY}
 * columns (it rejects {@code java.util.Map}).
 */
public final class RowValues {
  private RowValues() {}

  public static <V> scala.collection.Map<String, V> map(Map<String, V> map) {
    return map == null ? null : CollectionConverters.asScala(map);
  }

  public static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return list == null ? null : CollectionConverters.asScala(list).toList();
  }
}
