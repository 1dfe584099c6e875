package org.newsstance.publish;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Deletes old snapshots, keeping the newest few. Keeping more than one matters: a reader that
 * resolved the previous snapshot just before a run published goes on reading it undisturbed.
 */
public final class SnapshotRetention {
  private final OutputLayout layout;
  private final FileSystem fs;

  public SnapshotRetention(OutputLayout layout, FileSystem fs) {
    this.layout = layout;
    this.fs = fs;
  }

  /** Keeps {@code keep} snapshots (by run id, which sorts by time), never the current one's. */
  public void keepLatest(int keep, String currentRunId) throws IOException {
    org.apache.hadoop.fs.Path snapshots = layout.snapshots();
    if (!fs.exists(snapshots)) {
      return;
    }
    List<String> runIds =
        Arrays.stream(fs.listStatus(snapshots))
            .filter(FileStatus::isDirectory)
            .map(s -> s.getPath().getName())
            .sorted()
            .toList();
    for (int i = 0; i < runIds.size() - Math.max(1, keep); i++) {
      if (!runIds.get(i).equals(currentRunId)) {
        fs.delete(layout.snapshot(runIds.get(i)), true);
      }
    }
  }
}
