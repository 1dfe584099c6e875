package org.newsstance.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the fields of one JSON line, CSV record or Parquet row into a document, by the column
 * mapping.
 */
public final class RecordBuilder {
  private final ColumnMapping mapping;

  public RecordBuilder(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * @param fields column name to value (null for absent), in input order
   * @param rawForExcerpt the record as it appeared in the input, for the quarantine excerpt
   */
  public IngestRecord build(String origin, Map<String, String> fields, String rawForExcerpt) {
    String text = fields.get(mapping.textColumn());
    // The record's own id, when it gives one: a quarantine row names it, so that a user can find
    // the article the feed failed to deliver.
    String id = blankToNull(fields.get(mapping.idColumn()));
    if (text == null || text.isBlank()) {
      String detail =
          text == null
              ? "the record has no '"
                  + mapping.textColumn()
                  + "' value (the field is absent, null, or past the end of a short CSV row); if"
                  + " the text is in another column, name it with --text-column"
              : "the '" + mapping.textColumn() + "' field is empty";
      return Quarantined.of(origin, QuarantineReason.MISSING_TEXT, detail, rawForExcerpt)
          .withDocId(id);
    }
    if (text.indexOf(Utf8Text.INVALID_MARK) >= 0) {
      return Quarantined.of(
              origin,
              QuarantineReason.INVALID_UTF8,
              "the record holds bytes that are not valid UTF-8; re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
              rawForExcerpt)
          .withDocId(id);
    }
    Map<String, String> extra = new LinkedHashMap<>();
    fields.forEach(
        (key, value) -> {
          if (!mapping.mapped().contains(key) && value != null) {
            extra.put(key, value);
          }
        });
    return new RawDocument(
        id == null ? Hashes.textId(text) : id,
        id == null ? "hash" : "given",
        blankToNull(fields.get(mapping.titleColumn())),
        blankToNull(fields.get(mapping.sourceColumn())),
        blankToNull(fields.get(mapping.publishedAtColumn())),
        text,
        extra,
        origin);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
