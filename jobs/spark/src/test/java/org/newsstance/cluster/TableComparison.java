package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.newsstance.publish.TableSchema;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Compares the rows of one published table from two runs of the same input, whatever its columns:
 * rows sorted by the table's keys, nested structs, arrays and maps compared element by element,
 * floating-point values within {@value #TOLERANCE} (relative), and {@code run_id}, which names the
 * run and so always differs, left out.
 */
final class TableComparison {
  static final double TOLERANCE = 1e-9;
  private static final String RUN_SPECIFIC = "run_id";

  private TableComparison() {}

  static void assertSameRows(TableSchema table, List<Row> expected, List<Row> actual) {
    List<Map<String, Object>> want = sorted(table, expected);
    List<Map<String, Object>> got = sorted(table, actual);
    assertThat(got.size()).as("%s: rows", table.name()).isEqualTo(want.size());
    for (int i = 0; i < want.size(); i++) {
      String where = table.name() + " row " + keyOf(table, want.get(i));
      assertClose(where, want.get(i), got.get(i));
    }
  }

  private static List<Map<String, Object>> sorted(TableSchema table, List<Row> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row row : rows) {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) normalize(row);
      values.remove(RUN_SPECIFIC);
      out.add(values);
    }
    out.sort(
        Comparator.comparing((Map<String, Object> r) -> keyOf(table, r))
            .thenComparing(Object::toString));
    return out;
  }

  private static String keyOf(TableSchema table, Map<String, Object> row) {
    return table.keys().stream().map(k -> String.valueOf(row.get(k))).toList().toString();
  }

  /**
   * Spark's values as plain Java ones: structs as maps by field name, Scala collections as Java.
   */
  private static Object normalize(Object value) {
    if (value instanceof Row row) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        fields.put(row.schema().fieldNames()[i], normalize(row.get(i)));
      }
      return fields;
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      return CollectionConverters.asJava(seq).stream().map(TableComparison::normalize).toList();
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<String, Object> sortedByKey = new TreeMap<>();
      CollectionConverters.asJava(map)
          .forEach((k, v) -> sortedByKey.put(String.valueOf(k), normalize(v)));
      return sortedByKey;
    }
    return value;
  }

  private static void assertClose(String where, Object expected, Object actual) {
    if (expected instanceof Double || expected instanceof Float) {
      assertThat(actual).as(where).isInstanceOf(Number.class);
      double e = ((Number) expected).doubleValue();
      double a = ((Number) actual).doubleValue();
      if (!(Double.isNaN(e) && Double.isNaN(a))) {
        assertThat(Math.abs(e - a))
            .as("%s: %s vs %s", where, e, a)
            .isLessThanOrEqualTo(TOLERANCE * Math.max(1.0, Math.abs(e)));
      }
    } else if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      assertThat(a.keySet()).as(where).isEqualTo(e.keySet());
      e.forEach((k, v) -> assertClose(where + "." + k, v, a.get(k)));
    } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
      assertThat(a.size()).as("%s: elements", where).isEqualTo(e.size());
      for (int i = 0; i < e.size(); i++) {
        assertClose(where + "[" + i + "]", e.get(i), a.get(i));
      }
    } else {
      assertThat(actual).as(where).isEqualTo(expected);
    }
  }
}
