package org.newsstance.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsstance.job.UserError;

/**
 * The snapshot published before this run, which an incremental run builds on. Its tables are read
 * with the declared schemas, so a column added since it was written reads as null.
 */
public final class PreviousSnapshot {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutputLayout layout;
  private final String runId;
  private final JsonNode manifest;
  private final FileSystem fs;

  private PreviousSnapshot(OutputLayout layout, String runId, JsonNode manifest, FileSystem fs) {
    this.layout = layout;
    this.runId = runId;
    this.manifest = manifest;
    this.fs = fs;
  }

  /** The published snapshot, if any run has published one. */
  public static Optional<PreviousSnapshot> find(OutputLayout layout, Configuration conf) {
    Optional<String> current = new SnapshotPointer(layout, conf).current();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Path manifest = layout.manifest(current.get());
    try {
      FileSystem fs = manifest.getFileSystem(conf);
      try (InputStream in = fs.open(manifest)) {
        return Optional.of(new PreviousSnapshot(layout, current.get(), JSON.readTree(in), fs));
      }
    } catch (FileNotFoundException e) {
      // The pointer names a snapshot that is gone (deleted by hand, or the output copied without
      // it): building on nothing would silently drop every document it held.
      if (!exists(layout.snapshot(current.get()), conf)) {
        throw UserError.snapshotMissing(layout.root().toString(), current.get());
      }
      throw UserError.tablesUnreadable(layout.snapshot(current.get()).toString(), e);
    } catch (IOException e) {
      throw UserError.tablesUnreadable(layout.snapshot(current.get()).toString(), e);
    }
  }

  private static boolean exists(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  /** The schema version the table was written with, if the snapshot has the table. */
  public Optional<Integer> schemaVersion(TableSchema table) {
    JsonNode version = manifest.path("tables").path(table.name()).path("schema_version");
    return version.isInt() ? Optional.of(version.asInt()) : Optional.empty();
  }

  public Path tablePath(TableSchema table) {
    return layout.table(runId, table);
  }

  /** The table's rows, if the snapshot has the table. */
  public Optional<Dataset<Row>> read(SparkSession spark, TableSchema table) {
    try {
      if (schemaVersion(table).isEmpty() || !fs.exists(tablePath(table))) {
        return Optional.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(spark.read().schema(table.schema()).parquet(tablePath(table).toString()));
  }
}
