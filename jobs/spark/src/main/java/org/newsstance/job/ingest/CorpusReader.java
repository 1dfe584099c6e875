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
import java.util.List;
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
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.SerializableConfiguration;
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
    boolean parquet =
        forcedFormat == InputFormat.PARQUET
            || (forcedFormat == null
                && root.getName().toLowerCase(Locale.ROOT).endsWith(".parquet"));
    Dataset<Row> records = parquet ? readParquet(root) : readFiles(root);
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
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> files = listing(root);
    boolean pairTextFiles = CorpusListing.holdsTextFiles(files, forcedFormat);
    List<List<InputFile>> shares = InputShares.of(files, jsc.defaultParallelism());
    JavaRDD<Row> rows =
        jsc.parallelize(shares, shares.size())
            .flatMap(List::iterator)
            .flatMap(
                new ReadInputFiles(
                    forcedFormat,
                    mapping,
                    SerializableConfiguration.broadcast(spark.sparkContext())));
    // JSON Lines and CSV rows are already documents or quarantine entries; text files need pairing.
    return spark.createDataFrame(
        pairTextFiles ? PairTextFiles.pair(rows) : rows, IngestRows.SCHEMA);
  }

  private List<InputFile> listing(Path root) {
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return CorpusListing.list(fs, root);
    } catch (IOException e) {
      throw UserError.inputUnreadable(input, e);
    }
  }

  private Dataset<Row> readParquet(Path root) {
    ParquetCorpus corpus =
        ParquetCorpus.check(listing(root), spark.sparkContext().hadoopConfiguration());
    Dataset<Row> problems = spark.createDataFrame(corpus.quarantined(), IngestRows.SCHEMA);
    if (corpus.readable().isEmpty()) {
      return problems;
    }
    Dataset<Row> files = spark.read().parquet(corpus.readable().toArray(String[]::new));
    Dataset<Row> table =
        files
            .withColumn(ReadParquetRows.FILE_COLUMN, functions.input_file_name())
            // The row's place in its file, whatever split read it: origins "FILE#RECORD" as CSV's.
            // metadataColumn, not col("_metadata..."): a corpus may have a column of that name.
            .withColumn(
                ReadParquetRows.ROW_COLUMN,
                files.metadataColumn("_metadata").getField("row_index"));
    String textType =
        Arrays.stream(table.schema().fields())
            .filter(f -> f.name().equals(mapping.textColumn()))
            .map(f -> f.dataType())
            // BYTE_ARRAY without the UTF8 annotation (Impala, Hive, older writers) reads as
            // binary, which the cast to string decodes.
            .filter(t -> !t.equals(DataTypes.StringType) && !t.equals(DataTypes.BinaryType))
            .map(DataType::simpleString)
            .findFirst()
            .orElse(null);
    Column[] asText =
        Arrays.stream(table.columns())
            .map(c -> col("`" + c + "`").cast("string").as(c))
            .toArray(Column[]::new);
    return table
        .select(asText)
        .mapPartitions(
            new ReadParquetRows(root.toString(), mapping, textType),
            Encoders.row(IngestRows.SCHEMA))
        .union(problems);
  }

  /**
   * Keeps the first document per id (by path, record, then text) and quarantines the rest. One
   * window over every row, so the input is scanned once: a filter into documents and the others
   * would scan (and parse) it once per branch. Other rows each get a window of their own.
   */
  private static Dataset<Row> quarantineDuplicateIds(Dataset<Row> records) {
    Column isDocument = col("kind").equalTo(IngestRows.DOCUMENT);
    Column notDocument = isDocument.unary_$bang();
    WindowSpec byId =
        Window.partitionBy(
                col("kind"),
                col("doc_id"),
                when(notDocument, col("origin_path")),
                when(notDocument, col("origin_record")))
            .orderBy(col("origin_path"), col("origin_record"), sha2(col("text"), 256));
    Column duplicate = isDocument.and(row_number().over(byId).gt(1));
    Column firstOrigin = first(col("origin")).over(byId);
    return records
        .withColumn("_duplicate", duplicate)
        .withColumn("_first", firstOrigin)
        .withColumn(
            "kind", when(col("_duplicate"), lit(IngestRows.QUARANTINE)).otherwise(col("kind")))
        .withColumn(
            "reason",
            when(col("_duplicate"), lit(QuarantineReason.DUPLICATE_ID.code()))
                .otherwise(col("reason")))
        .withColumn(
            "detail",
            when(
                    col("_duplicate"),
                    concat(
                        lit("doc_id '"),
                        col("doc_id"),
                        lit("' is already used by "),
                        col("_first"),
                        lit(
                            "; ids must be unique, so the first (by input path and line) was kept")))
                .otherwise(col("detail")))
        .withColumn(
            "excerpt",
            when(col("_duplicate"), functions.substring(col("text"), 1, 200))
                .otherwise(col("excerpt")))
        .withColumn("text", when(col("_duplicate"), lit(null)).otherwise(col("text")))
        .drop("_duplicate", "_first");
  }
}
