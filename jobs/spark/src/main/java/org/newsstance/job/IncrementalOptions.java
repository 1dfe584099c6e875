package org.newsstance.job;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How a run treats documents already published.
 *
 * @param full reprocess every document, whatever its state
 * @param since reprocess every document published on or after this UTC date (a backfill); null for
 *     none
 * @param prune remove from the tables the published documents the input no longer has
 */
public record IncrementalOptions(boolean full, LocalDate since, boolean prune)
    implements Serializable {
  /** The nightly default: skip what is published and unchanged, never remove anything. */
  public static final IncrementalOptions INCREMENTAL = new IncrementalOptions(false, null, false);

  public String mode() {
    return full ? "full" : since != null ? "since" : "incremental";
  }
}
