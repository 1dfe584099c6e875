package org.newsstance.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * DuckDB's spelling of a declared Spark column type, for the tables that have no Parquet file to
 * read a schema from. Types are only names here: no SparkSession is involved.
 */
final class DuckDbTypes {
  private DuckDbTypes() {}

  static String of(DataType type) {
    if (type instanceof ArrayType array) {
      return of(array.elementType()) + "[]";
    }
    if (type instanceof MapType map) {
      return "MAP(" + of(map.keyType()) + ", " + of(map.valueType()) + ")";
    }
    if (type instanceof StructType struct) {
      return Arrays.stream(struct.fields())
          .map(f -> quote(f.name()) + " " + of(f.dataType()))
          .collect(Collectors.joining(", ", "STRUCT(", ")"));
    }
    if (type instanceof TimestampType) {
      // Spark writes timestamps as INT96, which DuckDB reads as a plain TIMESTAMP (UTC values).
      return "TIMESTAMP";
    }
    // STRING, INT, BIGINT, DOUBLE, BOOLEAN, DATE, DECIMAL(p,s) are spelled alike in both.
    return type.sql().toUpperCase(Locale.ROOT);
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
