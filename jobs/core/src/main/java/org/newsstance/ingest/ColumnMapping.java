package org.newsstance.ingest;

import java.io.Serializable;
import java.util.Set;

/**
 * Which input column holds which of our fields. Real corpora never use our names (PerSenT calls its
 * id {@code DOCUMENT_INDEX} and its text {@code DOCUMENT}), so every name can be set on the command
 * line. Columns not named here are kept in the document's {@code extra} map.
 */
public record ColumnMapping(
    String idColumn,
    String titleColumn,
    String sourceColumn,
    String publishedAtColumn,
    String textColumn)
    implements Serializable {

  public static final ColumnMapping DEFAULT =
      new ColumnMapping("id", "title", "source", "published_at", "text");

  public Set<String> mapped() {
    return Set.of(idColumn, titleColumn, sourceColumn, publishedAtColumn, textColumn);
  }
}
