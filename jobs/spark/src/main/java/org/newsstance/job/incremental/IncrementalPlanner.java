package org.newsstance.job.incremental;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.analyze.DocumentRows;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;

/**
 * Joins the input documents with the published ones and decides each document (see {@link
 * DocumentPlanner}). The result is the input documents with their {@code input_hash} and {@code
 * decision}; skipped documents lose their text, which nothing downstream reads.
 */
public final class IncrementalPlanner {
  public static final String DECISION = "decision";
  public static final String INPUT_HASH = "input_hash";
  private static final String PUBLISHED_HASH = "_published_input_hash";
  private static final String PUBLISHED_COMPONENTS = "_published_components";

  private IncrementalPlanner() {}

  /** The distinct pipeline component maps published documents were produced with. */
  public static Set<Map<String, String>> publishedVersions(Dataset<Row> publishedDocuments) {
    Set<Map<String, String>> versions = new HashSet<>();
    // Map columns cannot be grouped on; one map per version hash is the same thing.
    for (Row row :
        publishedDocuments
            .groupBy(col("pipeline_version"))
            .agg(first(col("pipeline_components")))
            .collectAsList()) {
      versions.add(row.isNullAt(1) ? Map.of() : Map.copyOf(row.getJavaMap(1)));
    }
    return versions;
  }

  /**
   * @param published the published documents table, or null when nothing is published yet
   */
  public static Dataset<Row> plan(
      Dataset<Row> ingested, Dataset<Row> published, DocumentPlanner planner) {
    // Decide passes rows on through Java: the extra map's order travels as arrays.
    Dataset<Row> documents = DocumentRows.withOrderedExtra(ingested);
    StructType in = documents.schema();
    StructType out =
        in.add(INPUT_HASH, DataTypes.StringType, false).add(DECISION, DataTypes.StringType, false);
    Dataset<Row> joined;
    if (published == null) {
      joined =
          documents
              .withColumn(PUBLISHED_HASH, lit(null).cast(DataTypes.StringType))
              .withColumn(
                  PUBLISHED_COMPONENTS,
                  lit(null)
                      .cast(Tables.DOCUMENTS.schema().apply("pipeline_components").dataType()));
    } else {
      Dataset<Row> previous =
          published.select(
              col(TableSchema.DOC_ID).as("_published_doc_id"),
              col(INPUT_HASH).as(PUBLISHED_HASH),
              col("pipeline_components").as(PUBLISHED_COMPONENTS));
      joined =
          documents
              .join(previous, col(TableSchema.DOC_ID).equalTo(col("_published_doc_id")), "left")
              .drop("_published_doc_id");
    }
    return joined.map(new Decide(planner, in), Encoders.row(out));
  }

  /** Decides one document, on an executor. */
  private static final class Decide implements MapFunction<Row, Row> {
    private final DocumentPlanner planner;
    private final int inputColumns;
    private final int textColumn;

    Decide(DocumentPlanner planner, StructType in) {
      this.planner = planner;
      this.inputColumns = in.size();
      this.textColumn = in.fieldIndex("text");
    }

    @Override
    public Row call(Row row) {
      RawDocument doc = DocumentRows.toDocument(row);
      String inputHash = InputFingerprint.of(doc);
      int components = row.fieldIndex(PUBLISHED_COMPONENTS);
      Decision decision =
          planner.decide(
              doc,
              inputHash,
              row.getAs(PUBLISHED_HASH),
              row.isNullAt(components) ? null : row.getJavaMap(components));
      Object[] values = new Object[inputColumns + 2];
      for (int i = 0; i < inputColumns; i++) {
        values[i] = i == textColumn && !decision.analysed() ? null : row.get(i);
      }
      values[inputColumns] = inputHash;
      values[inputColumns + 1] = decision.code();
      return RowFactory.create(values);
    }
  }
}
