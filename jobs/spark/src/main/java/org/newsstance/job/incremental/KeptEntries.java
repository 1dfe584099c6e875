package org.newsstance.job.incremental;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsstance.publish.OutputLayout;

/**
 * The entries of keyed components, one JSON file per version in {@code OUTPUT/_pipeline/}, named by
 * hash. Content-addressed, so writing is idempotent and a file left by a killed run is harmless;
 * kept beyond snapshot retention, because a document may have been produced many runs ago.
 */
public final class KeptEntries implements ComponentEntries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutputLayout layout;
  private final Configuration conf;

  public KeptEntries(OutputLayout layout, Configuration conf) {
    this.layout = layout;
    this.conf = conf;
  }

  @Override
  public Optional<Map<String, String>> load(String component, String hash) {
    Path path = layout.pipelineEntries(component, hash);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(JSON.readValue(in, new TypeReference<TreeMap<String, String>>() {}));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }

  /** Keeps the entries of every keyed component of this version (once per hash). */
  public void keep(PipelineVersion version) {
    for (PipelineComponent component : version.components()) {
      if (component.entries().isEmpty()) {
        continue;
      }
      Path path = layout.pipelineEntries(component.name(), component.hash());
      Path temp = new Path(path.getParent(), "." + path.getName() + ".tmp");
      try {
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path)) {
          continue;
        }
        try (OutputStream out = fs.create(temp, true)) {
          JSON.writeValue(out, component.entries());
        }
        fs.rename(temp, path);
      } catch (IOException e) {
        throw new UncheckedIOException("writing " + path, e);
      }
    }
  }
}
