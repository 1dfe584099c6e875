package org.newsstance.job.incremental;

import java.util.Map;
import java.util.TreeMap;
import org.newsstance.ingest.Hashes;
import org.newsstance.ingest.RawDocument;

/**
 * A hash of everything the input says about a document that reaches its rows: a document whose
 * fingerprint is unchanged need not be analysed again. The origin (path, line) is left out on
 * purpose: a corpus reorganised into other folders, or a feed file rewritten in another order, must
 * not reprocess everything.
 */
public final class InputFingerprint {
  private InputFingerprint() {}

  public static String of(RawDocument doc) {
    StringBuilder text = new StringBuilder();
    for (String field :
        new String[] {
          doc.docId(), doc.idSource(), doc.title(), doc.source(), doc.publishedAt(), doc.text()
        }) {
      append(text, field);
    }
    for (Map.Entry<String, String> e : new TreeMap<>(doc.extra()).entrySet()) {
      append(text, e.getKey());
      append(text, e.getValue());
    }
    return Hashes.sha256Hex(text.toString());
  }

  /** Length-prefixed, so that no two different field lists give the same text. */
  private static void append(StringBuilder text, String value) {
    if (value == null) {
      text.append("-;");
    } else {
      text.append(value.length()).append(':').append(value).append(';');
    }
  }
}
