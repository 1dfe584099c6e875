package org.newsstance.job.incremental;

import java.util.Locale;

/** What a run does with one input document, and why. */
public enum Decision {
  /** Not published yet: analysed. */
  NEW,
  /** Published, but its input changed since: analysed, its old rows replaced. */
  CHANGED,
  /** Unchanged, reprocessed because of {@code --full}. */
  FULL,
  /** Unchanged, reprocessed because it was published on or after {@code --since}. */
  SINCE,
  /** Unchanged, reprocessed because a pipeline component it depends on changed. */
  PIPELINE,
  /** Published with the same input and a pipeline version still valid for it: skipped. */
  UNCHANGED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean analysed() {
    return this != UNCHANGED;
  }
}
