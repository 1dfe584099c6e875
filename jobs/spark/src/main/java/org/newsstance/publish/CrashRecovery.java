package org.newsstance.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Removes what killed runs left behind. Runs only while holding the output's lock, so no other run
 * is writing: every staging folder is stale, and so is every snapshot folder without a manifest
 * (the manifest is written last, just before the pointer moves). The published snapshot is never
 * touched.
 */
public final class CrashRecovery {
  private final OutputLayout layout;
  private final Configuration conf;

  public CrashRecovery(OutputLayout layout, Configuration conf) {
    this.layout = layout;
    this.conf = conf;
  }

  /**
   * Deletes the remains of killed runs and returns what it deleted.
   *
   * @param ownRunId the run cleaning up, whose staging folder may already hold its record of a
   *     killed run (the runs table's append is staged) and is not a remain
   */
  public List<String> clean(String ownRunId) {
    List<String> removed = new ArrayList<>();
    try {
      FileSystem fs = layout.root().getFileSystem(conf);
      Optional<String> current = new SnapshotPointer(layout, conf).current();
      for (FileStatus staging : list(fs, layout.stagingRoot())) {
        if (!staging.getPath().getName().equals(ownRunId)) {
          delete(fs, staging.getPath(), removed);
        }
      }
      for (FileStatus snapshot : list(fs, layout.snapshots())) {
        String runId = snapshot.getPath().getName();
        boolean published = current.isPresent() && current.get().equals(runId);
        if (!published && !fs.exists(layout.manifest(runId))) {
          delete(fs, snapshot.getPath(), removed);
        }
      }
      // Pointer and link files a run was about to rename into place.
      for (FileStatus file : list(fs, layout.root())) {
        String name = file.getPath().getName();
        if (name.startsWith("." + OutputLayout.CURRENT_POINTER + ".")
            || name.startsWith("." + OutputLayout.CURRENT_LINK + ".")) {
          delete(fs, file.getPath(), removed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("removing the remains of killed runs", e);
    }
    return removed;
  }

  private static FileStatus[] list(FileSystem fs, Path dir) throws IOException {
    return fs.exists(dir) ? fs.listStatus(dir) : new FileStatus[0];
  }

  private static void delete(FileSystem fs, Path path, List<String> removed) throws IOException {
    fs.delete(path, true);
    removed.add(path.toString());
  }
}
