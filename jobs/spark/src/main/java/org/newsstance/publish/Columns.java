package org.newsstance.publish;

import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds schema columns that carry their data-dictionary description as the field's {@code comment}
 * metadata, so the description lives beside the type and cannot drift from it.
 */
public final class Columns {
  public static final String COMMENT = "comment";

  private Columns() {}

  /** A column that is never null. */
  public static StructField required(String name, DataType type, String description) {
    return new StructField(name, type, false, comment(description));
  }

  /** A column that may be null; the description says when. */
  public static StructField optional(String name, DataType type, String description) {
    return new StructField(name, type, true, comment(description));
  }

  public static StructType struct(StructField... fields) {
    return DataTypes.createStructType(Arrays.asList(fields));
  }

  public static String description(StructField field) {
    return field.metadata().contains(COMMENT) ? field.metadata().getString(COMMENT) : "";
  }

  private static Metadata comment(String description) {
    return new MetadataBuilder().putString(COMMENT, description).build();
  }
}
