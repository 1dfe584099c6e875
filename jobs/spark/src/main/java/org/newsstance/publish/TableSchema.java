package org.newsstance.publish;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * One output table's contract: name, version, columns (in output order) and partitioning. Schema
 * evolution is additive only: a new version may add nullable columns, never drop, rename or retype
 * one ({@code SchemaFilesTest} enforces this against the files in {@code schemas/}).
 *
 * @param grain what one row is, in a phrase, for the data dictionary
 * @param keys the columns that identify a row (rows are sorted by them within each file)
 * @param partitionColumns columns the table is partitioned by (they come last in {@code schema})
 */
public record TableSchema(
    String name,
    int version,
    String grain,
    List<String> keys,
    StructType schema,
    List<String> partitionColumns) {

  public TableSchema {
    keys = List.copyOf(keys);
    partitionColumns = List.copyOf(partitionColumns);
    List<String> names = List.of(schema.fieldNames());
    List<String> tail = names.subList(names.size() - partitionColumns.size(), names.size());
    if (!tail.equals(partitionColumns)) {
      // Spark moves partition columns to the end when reading; declaring them last keeps the
      // declared order and the order readers see identical.
      throw new IllegalArgumentException(name + ": partition columns must be the last columns");
    }
  }

  public String[] columnNames() {
    return schema.fieldNames();
  }

  /** The declared columns in declared order, for an explicit {@code select}. */
  public Column[] columns() {
    return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
