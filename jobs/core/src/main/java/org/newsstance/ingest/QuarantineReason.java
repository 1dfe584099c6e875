package org.newsstance.ingest;

import java.util.Locale;

/**
 * Why an input was quarantined. The lower-case name is what the {@code quarantine} table stores.
 */
public enum QuarantineReason {
  /** The file or the text field holds no text at all (only white space). */
  EMPTY,
  /** The bytes look like a binary file (NUL bytes or many control characters), not text. */
  BINARY,
  /** The bytes are not valid UTF-8. */
  INVALID_UTF8,
  /** A JSON line that does not parse, or is not a JSON object. */
  MALFORMED_JSON,
  /** A CSV record that does not parse (for instance an unterminated quote). */
  MALFORMED_CSV,
  /** A record without the text column, or with an empty one. */
  MISSING_TEXT,
  /** A second document with an id already taken by an earlier one. */
  DUPLICATE_ID,
  /** The text is not English; the CoreNLP models the job loads are English. */
  NON_ENGLISH,
  /**
   * The input could not be read at all: an I/O error, permissions, a broken link, a named pipe or
   * device, a folder that could not be listed.
   */
  UNREADABLE,
  /** The NLP of this document failed; the run went on without it. */
  ANALYSIS_FAILED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
