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
 * @param kind how a run produces the table's rows: this decides what incremental runs do with it
 */
public record TableSchema(
    String name,
    int version,
    String grain,
    List<String> keys,
    StructType schema,
    List<String> partitionColumns,
    Kind kind) {

  /** How a run produces a table's rows, which decides what an incremental run does with it. */
  public enum Kind {
    /**
     * Rows that belong to one document (a {@code doc_id} column): an incremental run carries them
     * over for documents it skips, replaces them for documents it reprocesses and removes them for
     * documents pruned from the corpus.
     */
    PER_DOCUMENT,
    /**
     * Rebuilt whole by every run: dimensions from the registries, aggregates from the fact tables,
     * the quarantine report. A row already published keeps the {@code run_id} that first wrote it.
     */
    REBUILT,
    /** One row per run, appended outside the snapshots ({@code OUTPUT/runs/}). */
    RUN_LOG
  }

  public TableSchema {
    keys = List.copyOf(keys);
    partitionColumns = List.copyOf(partitionColumns);
    List<String> names = List.of(schema.fieldNames());
    if (kind == Kind.PER_DOCUMENT && !names.contains(DOC_ID)) {
      throw new IllegalArgumentException(name + ": a per-document table needs a doc_id column");
    }
    List<String> tail = names.subList(names.size() - partitionColumns.size(), names.size());
    if (!tail.equals(partitionColumns)) {
      // Spark moves partition columns to the end when reading; declaring them last keeps the
      // declared order and the order readers see identical.
      throw new IllegalArgumentException(name + ": partition columns must be the last columns");
    }
  }

  public static final String DOC_ID = "doc_id";

  /** Whether the table lives in each snapshot (every kind but the run log). */
  public boolean inSnapshot() {
    return kind != Kind.RUN_LOG;
  }

  public String[] columnNames() {
    return schema.fieldNames();
  }

  /** The declared columns in declared order, for an explicit {@code select}. */
  public Column[] columns() {
    return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
