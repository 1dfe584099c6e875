package org.newsstance.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.InputFormat;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.SparkTest;

/** Corpora in the shapes users bring: a PerSenT-like CSV with mapped columns, and Parquet. */
class InputFormatsTest extends SparkTest {
  @TempDir Path work;

  @Test
  void perSenTLikeCsvLoadsWithMappedColumnsInLineMode() throws Exception {
    Path csv = work.resolve("dev.csv");
    Files.writeString(
        csv,
        "DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT\n"
            + "3360,AS VALUES DROP,Benjamin Koellmann,\"In 2006 Benjamin Koellmann bought a condominium in Miami Beach.\n"
            + " \"\"People like me are beginning to feel like suckers \"\" Koellmann said.\n"
            + " Walking away he knows is not without peril.\",Negative\n",
        UTF_8);
    RunConfig config =
        new RunConfig(
            csv.toString(),
            work.resolve("out").toString(),
            null,
            ParagraphMode.LINE,
            new ColumnMapping("DOCUMENT_INDEX", "TITLE", "source", "published_at", "DOCUMENT"),
            0,
            120,
            List.of(),
            3);
    RunSummary summary = run(config);

    assertThat(summary.processed()).isEqualTo(1);
    Row doc = table(work.resolve("out"), Tables.DOCUMENTS).first();
    assertThat(doc.<String>getAs("doc_id")).isEqualTo("3360");
    assertThat(doc.<String>getAs("title")).isEqualTo("AS VALUES DROP");
    assertThat(doc.<String>getAs("source")).isNull();
    assertThat(doc.<Object>getAs("published_date")).isNull();
    assertThat(doc.getJavaMap(doc.fieldIndex("extra")))
        .containsEntry("TARGET_ENTITY", "Benjamin Koellmann")
        .containsEntry("TRUE_SENTIMENT", "Negative");
    List<Row> paragraphs =
        table(work.resolve("out"), Tables.PARAGRAPHS).orderBy("paragraph_idx").collectAsList();
    assertThat(paragraphs).extracting(r -> r.<String>getAs("kind")).containsOnly("body");
    assertThat(paragraphs).hasSize(3);
    assertThat(paragraphs.get(1).<String>getAs("text")).startsWith("\"People like me");
  }

  @Test
  void parquetCorpusWithTheSameColumnsAndAFileCutShort() throws Exception {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType)
            // Names Spark or the job might use for their own columns: the corpus's win.
            .add("_metadata", DataTypes.StringType)
            .add("_row", DataTypes.StringType);
    List<Row> rows =
        List.of(
            RowFactory.create(
                "p-1",
                "One",
                "Wire",
                "2026-02-06T08:00:00Z",
                "Iran and the United States resumed talks in Muscat on Friday.",
                "en",
                "m-1",
                "r-1"),
            RowFactory.create("p-2", "Two", "Wire", "2026-02-07", null, "en", "m-2", "r-2"));
    // A space in the path: Spark must get the decoded path, not the URI's "%20".
    Path parquet = work.resolve("news feed.parquet");
    spark().createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());
    // A copy cut short: Spark would fail the whole read on it.
    Path part;
    try (var parts = Files.list(parquet)) {
      part = parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    Files.write(
        parquet.resolve("part-cut-short.parquet"),
        java.util.Arrays.copyOf(Files.readAllBytes(part), 200));

    RunConfig config =
        new RunConfig(
            parquet.toString(),
            work.resolve("out").toString(),
            InputFormat.PARQUET,
            ParagraphMode.BLANK_LINE,
            ColumnMapping.DEFAULT,
            0,
            120,
            List.of(),
            3);
    RunSummary summary = run(config);

    assertThat(summary.input()).isEqualTo(3);
    assertThat(summary.processed()).isEqualTo(1);
    assertThat(summary.quarantined()).isEqualTo(2);
    Row doc = table(work.resolve("out"), Tables.DOCUMENTS).first();
    assertThat(doc.<String>getAs("doc_id")).isEqualTo("p-1");
    assertThat(doc.getAs("published_date").toString()).isEqualTo("2026-02-06");
    assertThat(doc.getJavaMap(doc.fieldIndex("extra")))
        .containsEntry("lang", "en")
        .containsEntry("_metadata", "m-1")
        .containsEntry("_row", "r-1");
    Row q = quarantined(work.resolve("out"), "missing_text");
    // Row 2 of its file (p-2): each row has an origin of its own, as each CSV record has.
    assertThat(q.<String>getAs("origin")).matches("part-[^/]*\\.parquet#2");
    assertThat(doc.<String>getAs("origin")).matches("part-[^/]*\\.parquet#1");
    Row cut = quarantined(work.resolve("out"), "unreadable");
    assertThat(cut.<String>getAs("origin")).isEqualTo("part-cut-short.parquet");
    assertThat(cut.<String>getAs("detail")).startsWith("not a readable Parquet file (");
  }

  /** The output's first quarantine row with this reason. */
  private static Row quarantined(Path output, String reason) {
    return table(output, Tables.QUARANTINE).filter(col("reason").equalTo(reason)).first();
  }

  /** A number is no article: quarantined as in JSON Lines, not analysed as the text "78". */
  @Test
  void aParquetTextColumnThatIsNoStringQuarantinesEveryRecordButBinaryIsText() throws Exception {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("words", DataTypes.IntegerType)
            .add("body", DataTypes.BinaryType);
    Path parquet = work.resolve("numbers.parquet");
    byte[] body = "Iran and the United States met in Muscat.".getBytes(UTF_8);
    spark()
        .createDataFrame(List.of(RowFactory.create("n-1", 78, body)), schema)
        .coalesce(1)
        .write()
        .parquet(parquet.toString());
    RunSummary summary = run(parquetWithText(parquet, "out-numbers", "words"));

    assertThat(summary.processed()).isZero();
    assertThat(summary.quarantined()).isEqualTo(1);
    Row q = table(work.resolve("out-numbers"), Tables.QUARANTINE).first();
    assertThat(q.<String>getAs("reason")).isEqualTo("missing_text");
    assertThat(q.<String>getAs("detail")).contains("'words' column is a Parquet int column");

    // Strings written as plain BYTE_ARRAY (Impala, Hive) read as binary: text all the same.
    assertThat(run(parquetWithText(parquet, "out-binary", "body")).processed()).isEqualTo(1);
    assertThat(table(work.resolve("out-binary"), Tables.DOCUMENTS).first().<String>getAs("text"))
        .isEqualTo("Iran and the United States met in Muscat.");
  }

  /** A run over a Parquet corpus whose text is in {@code textColumn}. */
  private RunConfig parquetWithText(Path parquet, String output, String textColumn) {
    return new RunConfig(
        parquet.toString(),
        work.resolve(output).toString(),
        InputFormat.PARQUET,
        ParagraphMode.BLANK_LINE,
        new ColumnMapping("id", "title", "source", "published_at", textColumn),
        0,
        120,
        List.of(),
        3);
  }
}
