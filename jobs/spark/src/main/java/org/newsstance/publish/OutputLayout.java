package org.newsstance.publish;

import org.apache.hadoop.fs.Path;

/**
 * Where a run writes. Published data lives in immutable snapshots; one small pointer names the
 * current one, so publication is a single atomic step and readers never see a half-written run:
 *
 * <pre>
 * OUTPUT/
 *   current -&gt; snapshots/RUN_ID      symlink (local file systems): the stable path for dashboards
 *   _CURRENT                          the current RUN_ID as text (every file system, object stores too)
 *   snapshots/RUN_ID/TABLE/published_date=YYYY-MM-DD/part-*.parquet
 *   snapshots/RUN_ID/_manifest.json   what the run wrote, with row counts
 *   _staging/RUN_ID/                  work files of a run in progress; never read by anyone else
 * </pre>
 */
public record OutputLayout(Path root) {
  public static final String CURRENT_LINK = "current";
  public static final String CURRENT_POINTER = "_CURRENT";
  public static final String SNAPSHOTS = "snapshots";
  public static final String STAGING = "_staging";
  public static final String MANIFEST = "_manifest.json";

  public Path snapshot(String runId) {
    return new Path(new Path(root, SNAPSHOTS), runId);
  }

  public Path table(String runId, TableSchema table) {
    return new Path(snapshot(runId), table.name());
  }

  public Path manifest(String runId) {
    return new Path(snapshot(runId), MANIFEST);
  }

  public Path staging(String runId) {
    return new Path(new Path(root, STAGING), runId);
  }

  public Path staged(String runId, String name) {
    return new Path(staging(runId), name);
  }

  public Path currentPointer() {
    return new Path(root, CURRENT_POINTER);
  }

  public Path currentLink() {
    return new Path(root, CURRENT_LINK);
  }
}
