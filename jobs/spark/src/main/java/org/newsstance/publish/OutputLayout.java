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
 *   snapshots/RUN_ID/_manifest.json   what the run wrote, with row counts; written last
 *   runs/RUN_ID.parquet               one row per run (the runs table), outside the snapshots
 *   _lock                             held by the run in progress (see OutputLock)
 *   _pipeline/COMPONENT/HASH.json     entries of keyed pipeline components (registries), by hash
 *   _staging/RUN_ID/                  work files of a run in progress; never read by anyone else
 * </pre>
 */
public record OutputLayout(Path root) {
  public static final String CURRENT_LINK = "current";
  public static final String CURRENT_POINTER = "_CURRENT";
  public static final String SNAPSHOTS = "snapshots";
  public static final String STAGING = "_staging";
  public static final String MANIFEST = "_manifest.json";
  public static final String RUNS = "runs";
  public static final String LOCK = "_lock";
  public static final String PIPELINE = "_pipeline";

  public Path snapshots() {
    return new Path(root, SNAPSHOTS);
  }

  public Path snapshot(String runId) {
    return new Path(snapshots(), runId);
  }

  public Path table(String runId, TableSchema table) {
    return new Path(snapshot(runId), table.name());
  }

  public Path manifest(String runId) {
    return new Path(snapshot(runId), MANIFEST);
  }

  public Path stagingRoot() {
    return new Path(root, STAGING);
  }

  public Path staging(String runId) {
    return new Path(stagingRoot(), runId);
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

  public Path runs() {
    return new Path(root, RUNS);
  }

  /** The runs-table file of one run. */
  public Path runRecord(String runId) {
    return new Path(runs(), runId + ".parquet");
  }

  public Path lock() {
    return new Path(root, LOCK);
  }

  public Path pipelineEntries(String component, String hash) {
    return new Path(new Path(new Path(root, PIPELINE), component), hash + ".json");
  }
}
