package org.newsstance.query;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsstance.job.UserError;
import org.newsstance.publish.OutputLayout;

/**
 * The snapshot a reader should see: the one {@code OUTPUT/_CURRENT} names. The pointer file, not
 * the {@code current} symlink, is the contract, because it exists on every file system the job
 * writes to; the symlink is a convenience of local disks.
 *
 * @param tables the table folders of the snapshot, and {@code runs} beside it, by name, sorted
 */
public record PublishedSnapshot(Path dir, String runId, List<String> tables) {

  public PublishedSnapshot {
    tables = List.copyOf(tables);
  }

  /** A table's folder; the runs table lives beside the snapshots, in {@code OUTPUT/runs/}. */
  public Path table(String name) {
    return name.equals(OutputLayout.RUNS) ? runsFolder(dir) : dir.resolve(name);
  }

  /** {@code dir} is {@code OUTPUT/snapshots/RUN_ID} (see {@link #of}). */
  private static Path runsFolder(Path snapshot) {
    return snapshot.getParent().getParent().resolve(OutputLayout.RUNS);
  }

  /** Resolves the published snapshot of an output folder, or says why there is none. */
  public static PublishedSnapshot of(String output) {
    Path root = localPath(output);
    if (!Files.isDirectory(root)) {
      throw UserError.outputMissing(output);
    }
    Path pointer = root.resolve(OutputLayout.CURRENT_POINTER);
    if (!Files.isRegularFile(pointer)) {
      throw UserError.nothingPublished(output);
    }
    String runId = read(pointer);
    Path dir = root.resolve(OutputLayout.SNAPSHOTS).resolve(runId);
    if (runId.isEmpty() || !Files.isDirectory(dir)) {
      throw UserError.snapshotMissing(output, runId);
    }
    return new PublishedSnapshot(dir, runId, tableFolders(dir));
  }

  /**
   * DuckDB reads local files only (its remote file systems are extensions this build does not
   * bundle), so an hdfs:// or s3a:// output is refused with advice rather than misread.
   */
  private static Path localPath(String output) {
    if (output.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      URI uri = URI.create(output);
      if (!"file".equals(uri.getScheme())) {
        throw UserError.usage(
            "query reads local output folders; " + output + " is on " + uri.getScheme(),
            "the embedded DuckDB reads files on this machine only",
            "copy OUTPUT/_CURRENT and the snapshot it names to a local folder (or mount the"
                + " bucket), then pass that folder as --output");
      }
      return Path.of(uri);
    }
    return Path.of(output);
  }

  private static String read(Path pointer) {
    try {
      return Files.readString(pointer, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw UserError.inputUnreadable(pointer.toString(), e);
    }
  }

  /**
   * Every folder of the snapshot is a table (names starting with _ or . are Hadoop's own files),
   * and so is the runs table beside the snapshots, once a run has recorded itself.
   */
  private static List<String> tableFolders(Path snapshot) {
    try (Stream<Path> children = Files.list(snapshot)) {
      Stream<String> runs =
          Files.isDirectory(runsFolder(snapshot)) ? Stream.of(OutputLayout.RUNS) : Stream.empty();
      return Stream.concat(
              children
                  .filter(Files::isDirectory)
                  .map(p -> p.getFileName().toString())
                  .filter(name -> !name.startsWith("_") && !name.startsWith(".")),
              runs)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw UserError.inputUnreadable(snapshot.toString(), e);
    }
  }
}
