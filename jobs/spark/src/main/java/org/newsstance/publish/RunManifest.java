package org.newsstance.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsstance.job.RunConfig;
import org.newsstance.job.RunSummary;

/** The {@code _manifest.json} of a snapshot: what the run read, did and wrote. */
public record RunManifest(RunSummary summary, RunConfig config) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Map<String, Object> asMap() {
    Map<String, Object> tables = new LinkedHashMap<>();
    for (TableSchema table : Tables.ALL) {
      tables.put(
          table.name(),
          Map.of(
              "schema_version", table.version(),
              "rows", summary.rowsPerTable().getOrDefault(table.name(), 0L)));
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", summary.runId());
    manifest.put("status", summary.status());
    manifest.put("input_path", config.input());
    manifest.put("input", summary.input());
    manifest.put("processed", summary.processed());
    manifest.put("skipped", summary.skipped());
    manifest.put("quarantined", summary.quarantined());
    manifest.put("seconds_per_stage", summary.secondsPerStage());
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
