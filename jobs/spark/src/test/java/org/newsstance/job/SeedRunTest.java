package org.newsstance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.testing.ProjectFiles;
import org.newsstance.testing.SeedOutput;
import org.newsstance.testing.SparkTest;

/** The job end to end on seeds/corpus, read back from the published Parquet tables. */
class SeedRunTest extends SparkTest {
  static Path output;
  static RunSummary summary;

  @BeforeAll
  static void runOnSeeds() {
    // The one seed run of the test JVM, shared with the query tests.
    output = SeedOutput.get();
    summary = SeedOutput.summary();
  }

  @Test
  void summaryReconciles() {
    assertThat(summary.input()).isEqualTo(1);
    assertThat(summary.processed()).isEqualTo(1);
    assertThat(summary.quarantined()).isZero();
    assertThat(summary.reconciles()).isTrue();
  }

  @Test
  void documentCarriesMetadataFromItsSidecar() {
    Row doc = table(output, Tables.DOCUMENTS).first();
    assertThat(doc.<String>getAs("doc_id")).isEqualTo("muscat-talks-2026-02-06");
    assertThat(doc.<String>getAs("id_source")).isEqualTo("given");
    assertThat(doc.getAs("published_date").toString()).isEqualTo("2026-02-06");
    assertThat(doc.<String>getAs("text")).isEqualTo(ProjectFiles.read(ProjectFiles.seedArticle()));
    assertThat(doc.<Integer>getAs("n_paragraphs")).isEqualTo(28);
  }

  @Test
  void twentyEightBlocksWithKindsAndSections() {
    List<Row> blocks = table(output, Tables.PARAGRAPHS).orderBy("paragraph_idx").collectAsList();
    assertThat(blocks).hasSize(28);
    assertThat(blocks.stream().filter(r -> "body".equals(r.getAs("kind")))).hasSize(13);
    assertThat(blocks.stream().filter(r -> "heading".equals(r.getAs("kind")))).hasSize(7);
    assertThat(blocks.stream().filter(r -> "list_item".equals(r.getAs("kind")))).hasSize(8);
    String section = null;
    for (Row block : blocks) {
      if ("heading".equals(block.getAs("kind"))) {
        section = block.getAs("text");
      }
      assertThat(block.<String>getAs("section")).isEqualTo(section);
    }
  }

  @Test
  void everyStoredOffsetSlicesBackToTheStoredText() {
    String text = table(output, Tables.DOCUMENTS).first().getAs("text");
    for (Row p : table(output, Tables.PARAGRAPHS).collectAsList()) {
      assertThat(text.substring(p.<Integer>getAs("char_begin"), p.<Integer>getAs("char_end")))
          .isEqualTo(p.<String>getAs("text"));
    }
    List<Row> sentences = table(output, Tables.SENTENCES).collectAsList();
    assertThat(sentences).hasSizeGreaterThan(40);
    for (Row s : sentences) {
      assertThat(text.substring(s.<Integer>getAs("char_begin"), s.<Integer>getAs("char_end")))
          .isEqualTo(s.<String>getAs("text"));
      for (Row token : s.<Row>getList(s.fieldIndex("tokens"))) {
        assertThat(
                text.substring(
                    token.<Integer>getAs("char_begin"), token.<Integer>getAs("char_end")))
            .isEqualTo(token.<String>getAs("text"));
      }
    }
  }

  @Test
  void publishedTablesReadBackWithTheDeclaredSchema() {
    for (var table : Tables.ALL.stream().filter(TableSchema::inSnapshot).toList()) {
      var read = table(output, table);
      assertThat(read.columns()).containsExactly(table.columnNames());
      // Spark reads every column of a file source as nullable; types must match otherwise.
      assertThat(read.schema().fields())
          .extracting(f -> f.dataType().sql().replace(" NOT NULL", ""))
          .containsExactlyElementsOf(
              java.util.Arrays.stream(table.schema().fields())
                  .map(f -> f.dataType().sql().replace(" NOT NULL", ""))
                  .toList());

      assertThat(read.count()).isEqualTo(summary.rowsPublished().get(table.name()));
    }
  }

  /**
   * The dictionary's {@code null} column is a contract on the rows, not on the Parquet footers
   * (Spark writes most columns OPTIONAL): a column declared non-null holds no null.
   */
  @Test
  void columnsDeclaredNonNullHoldNoNull() {
    for (var table : Tables.ALL.stream().filter(TableSchema::inSnapshot).toList()) {
      var read = table(output, table);
      for (var field : table.schema().fields()) {
        if (!field.nullable()) {
          assertThat(read.filter(read.col(field.name()).isNull()).count())
              .as("nulls in %s.%s, declared non-null", table.name(), field.name())
              .isZero();
        }
      }
    }
  }

  /** README: a partition holds one file, rows sorted by key (a reader may rely on file order). */
  @Test
  void eachPartitionFileHoldsItsRowsInKeyOrder() throws Exception {
    for (TableSchema table : Tables.ANALYSIS) {
      List<Path> files;
      try (var walk = java.nio.file.Files.walk(output.resolve("current/").resolve(table.name()))) {
        files = walk.filter(f -> f.toString().endsWith(".parquet")).toList();
      }
      assertThat(files).as(table.name()).hasSize(1);
      // One small file is one split: Spark returns its rows in file order.
      List<String> inFile =
          spark()
              .read()
              .parquet(files.get(0).toString())
              .select(keyOf(table))
              .collectAsList()
              .stream()
              .map(Row::toString)
              .toList();
      List<String> sorted =
          spark()
              .read()
              .parquet(files.get(0).toString())
              .select(keyOf(table))
              .orderBy(keyOf(table))
              .collectAsList()
              .stream()
              .map(Row::toString)
              .toList();
      assertThat(inFile).as(table.name()).hasSizeGreaterThan(3).isEqualTo(sorted);
    }
  }

  private static org.apache.spark.sql.Column[] keyOf(TableSchema table) {
    return table.keys().stream()
        .filter(k -> !table.partitionColumns().contains(k))
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
