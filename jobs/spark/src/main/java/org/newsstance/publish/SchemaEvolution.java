package org.newsstance.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rule every new table version must follow: additive only. Readers written against an older
 * version (a dashboard, a notebook, a query) must keep working, so no column may disappear, be
 * renamed or change type, and a new column must be nullable (older rows have no value for it).
 * Nested structs follow the same rule field by field.
 */
public final class SchemaEvolution {
  private SchemaEvolution() {}

  /** Why {@code newer} is not an additive evolution of {@code older}; empty when it is. */
  public static List<String> violations(StructType older, StructType newer) {
    List<String> problems = new ArrayList<>();
    compareStructs("", older, newer, problems);
    return problems;
  }

  private static void compareStructs(
      String path, StructType older, StructType newer, List<String> problems) {
    List<String> newerNames = List.of(newer.fieldNames());
    for (StructField old : older.fields()) {
      if (!newerNames.contains(old.name())) {
        problems.add(path + old.name() + ": column removed or renamed");
        continue;
      }
      compareTypes(path + old.name(), old.dataType(), newer.apply(old.name()).dataType(), problems);
    }
    List<String> olderNames = List.of(older.fieldNames());
    for (StructField field : newer.fields()) {
      if (!olderNames.contains(field.name()) && !field.nullable()) {
        problems.add(path + field.name() + ": new column must be nullable");
      }
    }
  }

  private static void compareTypes(
      String path, DataType older, DataType newer, List<String> problems) {
    if (older instanceof StructType o && newer instanceof StructType n) {
      compareStructs(path + ".", o, n, problems);
    } else if (older instanceof ArrayType o && newer instanceof ArrayType n) {
      compareTypes(path + "[]", o.elementType(), n.elementType(), problems);
    } else if (older instanceof MapType o && newer instanceof MapType n) {
      compareTypes(path + "{key}", o.keyType(), n.keyType(), problems);
      compareTypes(path + "{value}", o.valueType(), n.valueType(), problems);
    } else if (!older.sameType(newer)) {
      problems.add(
          path + ": type changed from " + older.simpleString() + " to " + newer.simpleString());
    }
  }
}
