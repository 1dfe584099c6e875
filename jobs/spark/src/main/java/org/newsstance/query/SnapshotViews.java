package org.newsstance.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;

/**
 * The {@code CREATE VIEW} statement that exposes one table folder of a snapshot under its name.
 * Partition columns get their declared type: DuckDB otherwise guesses it from the folder names, and
 * a table whose rows are all undated has only {@code published_date=__HIVE_DEFAULT_PARTITION__},
 * from which it guesses VARCHAR.
 */
final class SnapshotViews {
  private SnapshotViews() {}

  static String createView(PublishedSnapshot snapshot, String name) {
    Path folder = snapshot.table(name);
    Optional<TableSchema> declared =
        Tables.ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    String view = "CREATE VIEW " + DuckDbTypes.quote(name) + " AS ";
    if (hasParquet(folder)) {
      return view + "SELECT * FROM " + readParquet(folder, declared);
    }
    if (declared.isPresent()) {
      return view + emptyRows(declared.get());
    }
    // A folder without files or a declaration (a table of a newer job): nothing to expose.
    return null;
  }

  private static String readParquet(Path folder, Optional<TableSchema> declared) {
    String glob = folder.toAbsolutePath() + "/**/*.parquet";
    String hiveTypes =
        declared
            .filter(t -> !t.partitionColumns().isEmpty())
            .map(
                t ->
                    t.partitionColumns().stream()
                        .map(c -> DuckDbTypes.literal(c) + ": " + typeOf(t, c))
                        .collect(Collectors.joining(", ", ", hive_types = {", "}")))
            .orElse("");
    // One file per run in the runs table, each written by the job version of its run: a column
    // added since reads as NULL in the older files.
    String byName =
        declared.filter(t -> t.name().equals(Tables.RUNS.name())).isPresent()
            ? ", union_by_name = true"
            : "";
    return "read_parquet("
        + DuckDbTypes.literal(glob)
        + ", hive_partitioning = true"
        + hiveTypes
        + byName
        + ")";
  }

  /**
   * Spark writes no file at all for a partitioned table without rows; the view still answers, with
   * the declared columns and no rows, so that a query over an empty day is not an error.
   */
  private static String emptyRows(TableSchema table) {
    return Stream.of(table.schema().fields())
            .map(
                f ->
                    "CAST(NULL AS "
                        + DuckDbTypes.of(f.dataType())
                        + ") AS "
                        + DuckDbTypes.quote(f.name()))
            .collect(Collectors.joining(", ", "SELECT ", ""))
        + " WHERE false";
  }

  private static String typeOf(TableSchema table, String column) {
    StructField field = table.schema().apply(column);
    return DuckDbTypes.of(field.dataType());
  }

  private static boolean hasParquet(Path folder) {
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + folder, e);
    }
  }
}
