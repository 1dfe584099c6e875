package org.newsstance.job.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.InputFormat;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.job.UserError;

/**
 * Reads a corpus (a file or a folder, any supported format) into ingest rows: one per document and
 * one per quarantined input. Duplicate ids keep the first document by input path and record number
 * and quarantine the others.
 */
public final class CorpusReader {
  private final SparkSession spark;
  private final String input;
  private final InputFormat forcedFormat;
  private final ColumnMapping mapping;

  public CorpusReader(
      SparkSession spark, String input, InputFormat forcedFormat, ColumnMapping mapping) {
    this.spark = spark;
    this.input = input;
    this.forcedFormat = forcedFormat;
    this.mapping = mapping;
  }

  /** Ingest rows (schema {@link IngestRows#SCHEMA}, without the pairing columns' content). */
  public Dataset<Row> read() {
    Path root = qualifiedRoot();
    String rootUri = root.toString();
    boolean parquet =
        forcedFormat == InputFormat.PARQUET
            || (forcedFormat == null
                && root.getName().toLowerCase(Locale.ROOT).endsWith(".parquet"));
    Dataset<Row> records = parquet ? readParquet(rootUri) : readFiles(root);
    return quarantineDuplicateIds(records).drop("pair_key", "content");
  }

  private Path qualifiedRoot() {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        throw UserError.inputMissing(input);
      }
      return fs.makeQualified(path);
    } catch (IOException e) {
      throw UserError.inputUnreadable(input, e);
    }
  }

  private Dataset<Row> readFiles(Path root) {
    String rootUri = root.toString();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Corpora are often organised in dated sub-folders; Hadoop lists only the top level otherwise.
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    boolean pairTextFiles = holdsTextFiles(root);
    JavaRDD<Row> rows =
        jsc.binaryFiles(rootUri, jsc.defaultParallelism())
            .flatMap(new ReadInputFiles(rootUri, forcedFormat, mapping, pairTextFiles));
    Dataset<Row> raw = spark.createDataFrame(rows, IngestRows.SCHEMA);
    if (!pairTextFiles) {
      return raw; // JSON Lines and CSV rows are already documents or quarantine entries
    }
    Column kind = col("kind");
    Dataset<Row> articles = raw.filter(kind.equalTo(IngestRows.ARTICLE));
    Dataset<Row> sidecars =
        raw.filter(kind.equalTo(IngestRows.SIDECAR))
            .select(
                col("pair_key").as("sidecar_key"),
                col("content").as("sidecar"),
                col("origin").as("sidecar_origin"));
    // Distinct column names: both sides derive from one scan, and a join on one shared column
    // would compare the column with itself.
    Dataset<Row> decoded =
        articles
            .join(sidecars, col("pair_key").equalTo(col("sidecar_key")), "left")
            .map(new DecodeArticles(), Encoders.row(IngestRows.SCHEMA));
    Dataset<Row> orphanSidecars =
        sidecars
            .join(articles, col("sidecar_key").equalTo(col("pair_key")), "left_anti")
            .select(
                lit(IngestRows.QUARANTINE).as("kind"),
                col("sidecar_origin").as("origin"),
                col("sidecar_origin").as("origin_path"),
                lit(0L).as("origin_record"),
                lit(QuarantineReason.MISSING_TEXT.code()).as("reason"),
                lit("a metadata sidecar without its article (NAME.txt beside NAME.meta.json); add the article or remove the sidecar")
                    .as("detail"));
    return raw.filter(kind.isin(IngestRows.DOCUMENT, IngestRows.QUARANTINE))
        .unionByName(decoded)
        .unionByName(orphanSidecars, true);
  }

  private boolean holdsTextFiles(Path root) {
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return CorpusListing.holdsTextFiles(fs, root, forcedFormat);
    } catch (IOException e) {
      throw UserError.inputUnreadable(input, e);
    }
  }

  private Dataset<Row> readParquet(String rootUri) {
    Dataset<Row> table =
        spark
            .read()
            .option("recursiveFileLookup", "true")
            .parquet(rootUri)
            .withColumn(ReadParquetRows.FILE_COLUMN, functions.input_file_name());
    Column[] asText =
        Arrays.stream(table.columns())
            .map(c -> col("`" + c + "`").cast("string").as(c))
            .toArray(Column[]::new);
    return table
        .select(asText)
        .mapPartitions(new ReadParquetRows(rootUri, mapping), Encoders.row(IngestRows.SCHEMA));
  }

  /** Keeps the first document per id (by path, record, then text) and quarantines the rest. */
  private static Dataset<Row> quarantineDuplicateIds(Dataset<Row> records) {
    Column isDocument = col("kind").equalTo(IngestRows.DOCUMENT);
    WindowSpec byId =
        Window.partitionBy(col("doc_id"))
            .orderBy(col("origin_path"), col("origin_record"), sha2(col("text"), 256));
    Dataset<Row> documents =
        records
            .filter(isDocument)
            .withColumn("_rank", row_number().over(byId))
            .withColumn("_first", first(col("origin")).over(byId));
    Column duplicate = col("_rank").gt(1);
    Dataset<Row> marked =
        documents
            .withColumn("kind", when(duplicate, lit(IngestRows.QUARANTINE)).otherwise(col("kind")))
            .withColumn("reason", when(duplicate, lit(QuarantineReason.DUPLICATE_ID.code())))
            .withColumn(
                "detail",
                when(
                    duplicate,
                    concat(
                        lit("doc_id '"),
                        col("doc_id"),
                        lit("' is already used by "),
                        col("_first"),
                        lit(
                            "; ids must be unique, so the first (by input path and line) was kept"))))
            .withColumn("excerpt", when(duplicate, functions.substring(col("text"), 1, 200)))
            .withColumn("text", when(duplicate, lit(null)).otherwise(col("text")))
            .drop("_rank", "_first");
    return records.filter(isDocument.unary_$bang()).unionByName(marked);
  }
}
