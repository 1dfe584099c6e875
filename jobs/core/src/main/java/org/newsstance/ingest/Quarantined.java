package org.newsstance.ingest;

import java.io.Serializable;

/**
 * Input that could not be processed, with a reason a user can act on. Nothing the job reads is
 * dropped silently: it is either processed, skipped as unchanged, or recorded here.
 *
 * @param docId the document id when one is known (duplicates, non-English text), else null
 * @param detail a human sentence: what is wrong and how to fix it
 * @param excerpt the first bytes or characters of the offending input, printable
 */
public record Quarantined(
    String origin, String docId, QuarantineReason reason, String detail, String excerpt)
    implements IngestRecord, Serializable {

  /** Longest excerpt kept: enough to recognise the input, small enough for a table cell. */
  public static final int EXCERPT_CHARS = 200;

  /**
   * @param raw the input as read; bytes that were not valid UTF-8 show as U+FFFD in the excerpt,
   *     whatever the reason (a line of random bytes is also malformed JSON)
   */
  public static Quarantined of(String origin, QuarantineReason reason, String detail, String raw) {
    return new Quarantined(origin, null, reason, detail, Excerpts.printable(raw, EXCERPT_CHARS));
  }

  public Quarantined withDocId(String id) {
    return new Quarantined(origin, id, reason, detail, excerpt);
  }
}
