package org.newsstance.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Publishes a snapshot by replacing the pointer to it. On local disks and HDFS the pointer file is
 * written beside its final name and renamed over it (rename is atomic there); the {@code current}
 * symlink of local outputs is swapped the same way. On object stores a single small PUT replaces
 * the pointer object, which readers see whole or not at all.
 */
public final class SnapshotPointer {
  private final OutputLayout layout;
  private final Configuration conf;

  public SnapshotPointer(OutputLayout layout, Configuration conf) {
    this.layout = layout;
    this.conf = conf;
  }

  /** The run id of the published snapshot, if any run has published. */
  public Optional<String> current() {
    try {
      FileSystem fs = layout.root().getFileSystem(conf);
      if (!fs.exists(layout.currentPointer())) {
        return Optional.empty();
      }
      try (FSDataInputStream in = fs.open(layout.currentPointer())) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + layout.currentPointer(), e);
    }
  }

  public void publish(String runId) {
    try {
      FileSystem fs = layout.root().getFileSystem(conf);
      if (isLocal(fs)) {
        publishLocal(runId);
        return;
      }
      Path pointer = layout.currentPointer();
      if (isObjectStore(fs)) {
        write(fs, pointer, runId);
      } else {
        Path temp = new Path(layout.root(), "." + OutputLayout.CURRENT_POINTER + "." + runId);
        write(fs, temp, runId);
        FileContext.getFileContext(fs.getUri(), conf)
            .rename(temp, pointer, Options.Rename.OVERWRITE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("publishing snapshot " + runId, e);
    }
  }

  private void publishLocal(String runId) throws IOException {
    java.nio.file.Path root = java.nio.file.Path.of(layout.root().toUri());
    java.nio.file.Path tempPointer = root.resolve("." + OutputLayout.CURRENT_POINTER + "." + runId);
    Files.writeString(tempPointer, runId + "\n", StandardCharsets.UTF_8);
    java.nio.file.Path tempLink = root.resolve("." + OutputLayout.CURRENT_LINK + "." + runId);
    Files.deleteIfExists(tempLink);
    Files.createSymbolicLink(tempLink, java.nio.file.Path.of(OutputLayout.SNAPSHOTS, runId));
    // rename(2) replaces the old pointer and the old link in one step each; readers see old or new.
    Files.move(
        tempPointer, root.resolve(OutputLayout.CURRENT_POINTER), StandardCopyOption.ATOMIC_MOVE);
    Files.move(tempLink, root.resolve(OutputLayout.CURRENT_LINK), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void write(FileSystem fs, Path path, String runId) throws IOException {
    try (FSDataOutputStream out = fs.create(path, true)) {
      out.write((runId + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  static boolean isObjectStore(FileSystem fs) {
    String scheme = fs.getUri().getScheme();
    return scheme != null
        && (scheme.startsWith("s3")
            || scheme.startsWith("gs")
            || scheme.startsWith("abfs")
            || scheme.startsWith("wasb")
            || scheme.startsWith("oss"));
  }
}
