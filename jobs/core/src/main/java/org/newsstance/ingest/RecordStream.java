package org.newsstance.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A file's records, read one ahead: a reader says only how to read the next record, so that {@link
 * #hasNext()} can answer without consuming one.
 */
abstract class RecordStream implements Iterator<IngestRecord>, AutoCloseable {
  private IngestRecord next;

  /** The next record of the file, or null when there is none. */
  protected abstract IngestRecord advance();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final IngestRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestRecord record = next;
    next = null;
    return record;
  }
}
