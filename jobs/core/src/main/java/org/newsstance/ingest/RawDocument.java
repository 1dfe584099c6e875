package org.newsstance.ingest;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document as read from the corpus, before any NLP. {@code text} is kept exactly as decoded (only
 * a UTF-8 byte-order mark is removed); the analysis may repair mojibake in it ({@link Mojibake})
 * and then stores that text, into which every offset the job stores points.
 *
 * @param docId the given id, else one derived from the file path, else a hash of the text
 * @param idSource how {@code docId} was obtained: {@code given}, {@code path} or {@code hash}
 * @param publishedAt the publication time as given in the input (parsed later), or null
 * @param extra input columns or metadata keys that are not ours, kept for the user
 */
public record RawDocument(
    String docId,
    String idSource,
    String title,
    String source,
    String publishedAt,
    String text,
    Map<String, String> extra,
    String origin)
    implements IngestRecord, Serializable {

  public RawDocument {
    // In the input's column order: Map.copyOf's order changes from one JVM to the next, and it
    // becomes the key order of documents.extra.
    extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** The same document with another text (a repaired one: see {@link Mojibake}). */
  public RawDocument withText(String newText) {
    return new RawDocument(docId, idSource, title, source, publishedAt, newText, extra, origin);
  }

  public RawDocument withDocId(String newDocId, String newIdSource) {
    return new RawDocument(newDocId, newIdSource, title, source, publishedAt, text, extra, origin);
  }
}
