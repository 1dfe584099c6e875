package org.newsstance.job.analyze;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.RawDocument;

/** Reads a document back from an ingest row (columns by name, so their order does not matter). */
public final class DocumentRows {
  private DocumentRows() {}

  public static RawDocument toDocument(Row row) {
    Map<String, String> extra = row.getJavaMap(row.fieldIndex("extra"));
    return new RawDocument(
        row.getAs("doc_id"),
        row.getAs("id_source"),
        row.getAs("title"),
        row.getAs("source"),
        row.getAs("published_at"),
        row.getAs("text"),
        extra,
        row.getAs("origin"));
  }
}
