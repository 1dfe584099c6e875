package org.newsstance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.NewsCorpus;
import org.newsstance.testing.SparkTest;

/**
 * A run that only adds documents to a day keeps that day's files and writes the new rows beside
 * them; a day that has gathered eight files is rewritten as one (compaction).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartitionAppendTest extends SparkTest {
  private static final String DAY = "published_date=2026-02-06";
  @TempDir static Path input;
  @TempDir static Path output;
  @TempDir static Path scratch;
  static NewsCorpus corpus;

  @BeforeAll
  static void firstNight() {
    corpus = new NewsCorpus(input).writeAll();
    run(config(input, output, ParagraphMode.BLANK_LINE));
  }

  @Test
  @Order(1)
  void aDocumentAddedToADayKeepsTheDaysFileAndAddsOne() throws Exception {
    List<Path> before = files("paragraphs");
    Map<String, List<Row>> rowsBefore = publishedRows(output);
    Object inodeBefore = inode(before.get(0));
    corpus.write("late-edition", "2026-02-06", "Oman said the talks would go on.\n\nIran agreed.");

    RunSummary run = run(config(input, output, ParagraphMode.BLANK_LINE));

    assertThat(run.processed()).isEqualTo(1);
    List<Path> after = files("paragraphs");
    assertThat(before).hasSize(1);
    assertThat(after).hasSize(2);
    assertThat(after.stream().map(PartitionAppendTest::inodeOf)).contains(inodeBefore);
    Map<String, List<Row>> rowsAfter = publishedRows(output);
    assertThat(rowsAfter.get("paragraphs"))
        .containsAll(rowsBefore.get("paragraphs"))
        .hasSize(rowsBefore.get("paragraphs").size() + 2);
    assertThat(rowsAfter.get("documents")).hasSize(rowsBefore.get("documents").size() + 1);
  }

  @Test
  @Order(2)
  void aDayWithEightFilesIsRewrittenAsOne() throws Exception {
    // Six more files (without rows) stand for six earlier nights that added to this day.
    Path day = output.resolve("current").resolve("paragraphs").resolve(DAY).toRealPath();
    Path empty = emptyParagraphsFile();
    for (int i = 0; i < 6; i++) {
      Files.copy(empty, day.resolve("part-empty-" + i + ".parquet"));
    }
    assertThat(files("paragraphs")).hasSize(8);
    List<Row> paragraphsBefore = publishedRows(output).get("paragraphs");
    corpus.write("evening", "2026-02-06", "Pakistan welcomed the talks.");

    assertThat(run(config(input, output, ParagraphMode.BLANK_LINE)).processed()).isEqualTo(1);

    assertThat(files("paragraphs")).as("compacted").hasSize(1);
    assertThat(publishedRows(output).get("paragraphs"))
        .containsAll(paragraphsBefore)
        .hasSize(paragraphsBefore.size() + 1);
  }

  private static Path emptyParagraphsFile() throws Exception {
    StructType withoutPartition = new StructType();
    for (var field : Tables.PARAGRAPHS.schema().fields()) {
      if (!field.name().equals(Tables.PUBLISHED_DATE)) {
        withoutPartition = withoutPartition.add(field);
      }
    }
    Path folder = scratch.resolve("empty");
    spark()
        .createDataFrame(new ArrayList<Row>(), withoutPartition)
        .coalesce(1)
        .write()
        .parquet(folder.toString());
    try (Stream<Path> written = Files.list(folder)) {
      return written.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }

  private static List<Path> files(String table) throws Exception {
    Path day = output.resolve("current").resolve(table).resolve(DAY).toRealPath();
    try (Stream<Path> files = Files.list(day)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private static Object inode(Path file) throws Exception {
    return Files.getAttribute(file, "unix:ino");
  }

  private static Object inodeOf(Path file) {
    try {
      return inode(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
