package org.newsstance.job.ingest;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsstance.ingest.IngestRecord;
import org.newsstance.ingest.Quarantined;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.RowValues;

/**
 * The internal row of the ingest stage: a document, a quarantine entry, or (for text corpora) an
 * article or sidecar file waiting to be paired. Never published; the job's tables are in {@code
 * publish.Tables}.
 */
final class IngestRows {
  static final String DOCUMENT = "document";
  static final String QUARANTINE = "quarantine";
  static final String ARTICLE = "article";
  static final String SIDECAR = "sidecar";

  static final StructType SCHEMA =
      DataTypes.createStructType(
          new StructField[] {
            field("kind", StringType),
            field("doc_id", StringType),
            field("id_source", StringType),
            field("title", StringType),
            field("source", StringType),
            field("published_at", StringType),
            field("text", StringType),
            field("extra", createMapType(StringType, StringType, true)),
            field("origin", StringType),
            field("origin_path", StringType),
            field("origin_record", LongType),
            field("reason", StringType),
            field("detail", StringType),
            field("excerpt", StringType),
            field("pair_key", StringType),
            field("content", BinaryType)
          });

  private IngestRows() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  static Row of(IngestRecord record, String originPath, long originRecord) {
    if (record instanceof RawDocument d) {
      return RowFactory.create(
          DOCUMENT,
          d.docId(),
          d.idSource(),
          d.title(),
          d.source(),
          d.publishedAt(),
          d.text(),
          RowValues.map(d.extra()),
          d.origin(),
          originPath,
          originRecord,
          null,
          null,
          null,
          null,
          null);
    }
    Quarantined q = (Quarantined) record;
    return RowFactory.create(
        QUARANTINE,
        q.docId(),
        null,
        null,
        null,
        null,
        null,
        null,
        q.origin(),
        originPath,
        originRecord,
        q.reason().code(),
        q.detail(),
        q.excerpt(),
        null,
        null);
  }

  /** A text-corpus file (article or sidecar) whose decoding waits until it is paired. */
  static Row file(String kind, String relativePath, String pairKey, byte[] content) {
    return RowFactory.create(
        kind,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        relativePath,
        relativePath,
        0L,
        null,
        null,
        null,
        pairKey,
        content);
  }
}
