package org.newsstance.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code _manifest.json} of a snapshot: what the run read, did and wrote, with each table's
 * schema version (the next run reads it to know whether it may carry files over). Written last, so
 * a snapshot folder without one is the remains of a killed run.
 *
 * @param run the run's facts, as in its row of the runs table
 */
public record RunManifest(
    Map<String, Object> run, Map<String, Long> rowsWritten, Map<String, Long> rowsPublished) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Map<String, Object> asMap() {
    Map<String, Object> tables = new LinkedHashMap<>();
    for (TableSchema table : Tables.ALL) {
      if (table.inSnapshot()) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("schema_version", table.version());
        facts.put("kind", table.kind().name().toLowerCase(Locale.ROOT));
        facts.put("rows", rowsPublished.getOrDefault(table.name(), 0L));
        facts.put("rows_written", rowsWritten.getOrDefault(table.name(), 0L));
        tables.put(table.name(), facts);
      }
    }
    Map<String, Object> manifest = new LinkedHashMap<>(run);
    manifest.put("tables", tables);
    return manifest;
  }

  public void write(Path path, Configuration conf) {
    try {
      FileSystem fs = path.getFileSystem(conf);
      try (FSDataOutputStream out = fs.create(path, false)) {
        JSON.writeValue((java.io.OutputStream) out, asMap());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + path, e);
    }
  }
}
