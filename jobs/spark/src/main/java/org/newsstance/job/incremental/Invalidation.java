package org.newsstance.job.incremental;

/** Which published documents a change of one pipeline component makes stale. */
public enum Invalidation {
  /**
   * Every document: the component shapes every row (segmentation rules, NLP models, table schemas).
   */
  ALL_DOCUMENTS,
  /**
   * Documents whose text mentions an entry added, removed or changed between the two versions: the
   * component is keyed by surface form (an actor registry: form → what it resolves to). Matching is
   * the annotator's (case-sensitive, whole words) with accents and white space folded, so it may
   * reprocess a document needlessly but never misses one the annotator would read differently.
   */
  DOCUMENTS_MENTIONING_CHANGED_ENTRIES,
  /** No document: the component feeds only tables rebuilt by every run (dimensions). */
  NONE
}
