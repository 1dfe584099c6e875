package org.newsstance.job.ingest;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.TextFileReader;

/** Decodes an article file joined with its sidecar (column {@code sidecar}, null when absent). */
final class DecodeArticles implements MapFunction<Row, Row> {
  @Override
  public Row call(Row row) {
    String relative = row.getAs("origin");
    byte[] content = row.getAs("content");
    byte[] sidecar = row.getAs("sidecar");
    return IngestRows.of(TextFileReader.read(relative, content, sidecar), relative, 0);
  }
}
