package org.newsstance.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.NewsCorpus;
import org.newsstance.testing.SparkTest;

/**
 * Nightly runs over a growing corpus, in order, on one output: each test is the next night. Every
 * comparison is between what the tables held before and after a run, read from Parquet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRunTest extends SparkTest {
  @TempDir static Path input;
  @TempDir static Path output;
  @TempDir static Path registries;
  static NewsCorpus corpus;
  static RunSummary first;
  static Map<String, List<Row>> afterFirst;

  @BeforeAll
  static void firstNight() {
    corpus = new NewsCorpus(input).writeAll().writeEmptyFile("empty.txt");
    first = run(nightly());
    afterFirst = publishedRows(output);
  }

  private static RunConfig nightly() {
    return config(input, output, ParagraphMode.BLANK_LINE);
  }

  private static Object inode(Path file) throws Exception {
    return Files.getAttribute(file, "unix:ino");
  }

  private static Path partitionFile(String table, String partition) throws Exception {
    Path dir = output.resolve("current").resolve(table).resolve(partition).toRealPath();
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }

  private static List<Row> rowsOf(String table, String docId) {
    return table(output, Tables.ALL.stream().filter(t -> t.name().equals(table)).findFirst().get())
        .filter(col("doc_id").equalTo(docId))
        .collectAsList();
  }

  @Test
  @Order(1)
  void firstRunAnalysesEveryDocument() {
    assertThat(first.processed()).isEqualTo(5);
    assertThat(first.quarantined()).isEqualTo(1);
    assertThat(afterFirst.get("documents")).hasSize(5);
    Row doc = afterFirst.get("documents").get(0);
    assertThat(doc.<String>getAs("pipeline_version")).hasSize(16);
    assertThat(doc.getJavaMap(doc.fieldIndex("pipeline_components")))
        .containsOnlyKeys(
            "actor_registry", "nlp_models", "segmentation", "table_schemas", "topic_registry");
  }

  @Test
  @Order(2)
  void rerunOnUnchangedInputProcessesNothingAndLeavesEveryTableIdentical() throws Exception {
    Path fileBefore = partitionFile("sentences", "published_date=2026-02-06");
    RunSummary second = run(nightly());

    assertThat(second.processed()).isZero();
    assertThat(second.skipped()).isEqualTo(5);
    assertThat(second.quarantined()).isEqualTo(1);
    assertThat(second.runId()).isNotEqualTo(first.runId());
    assertThat(publishedRows(output)).isEqualTo(afterFirst);
    // Untouched partitions are the same files, linked into the new snapshot, not rewritten.
    assertThat(inode(partitionFile("sentences", "published_date=2026-02-06")))
        .isEqualTo(inode(fileBefore));
    List<Row> runs = runs(output);
    assertThat(runs).hasSize(2);
    assertThat(runs).extracting(r -> r.<String>getAs("status")).containsOnly("published");
    assertThat(runs.get(1).<Long>getAs("skipped")).isEqualTo(5L);
  }

  @Test
  @Order(3)
  void addingOneDocumentProcessesExactlyThatOne() throws Exception {
    Path untouched = partitionFile("paragraphs", "published_date=2026-02-06");
    // With mojibake (UTF-8 read as Latin-1): the analysis repairs it, and the next night must
    // still recognise the input as unchanged (order 4 processes only the document it edits).
    corpus.write(
        "third-day",
        "2026-02-07",
        "On the third day the delegations agreed to meet again in two weeks.\n\nOman\u00e2\u0080\u0099s"
            + " capital will host.");
    RunSummary third = run(nightly());

    assertThat(third.processed()).isEqualTo(1);
    Row repaired = rowsOf("documents", "third-day").get(0);
    assertThat(repaired.<String>getAs("text")).endsWith("Oman\u2019s capital will host.");
    assertThat(repaired.getList(repaired.fieldIndex("degraded")))
        .containsExactly("repaired_mojibake");
    assertThat(third.skipped()).isEqualTo(5);
    Map<String, List<Row>> now = publishedRows(output);
    assertThat(now.get("documents")).hasSize(6);
    assertThat(now.get("documents")).containsAll(afterFirst.get("documents"));
    assertThat(now.get("paragraphs")).containsAll(afterFirst.get("paragraphs"));
    assertThat(now.get("sentences")).containsAll(afterFirst.get("sentences"));
    assertThat(rowsOf("paragraphs", "third-day")).hasSize(2);
    assertThat(inode(partitionFile("paragraphs", "published_date=2026-02-06")))
        .isEqualTo(inode(untouched));
    try (var files =
        Files.list(partitionFile("paragraphs", "published_date=2026-02-07").getParent())) {
      assertThat(files.filter(f -> f.toString().endsWith(".parquet")))
          .as("the day's file kept and one file of new rows beside it (PartitionAppendTest)")
          .hasSize(2);
    }
  }

  @Test
  @Order(4)
  void anEditedDocumentHasItsRowsReplacedNotDuplicated() {
    corpus.write(
        "oil-markets",
        "2026-02-06",
        "Oil prices fell on Friday as the talks in Oman went on.\n\nBrent crude lost two percent"
            + " by the close of trading in London.\n\nTraders said that they expect the market to"
            + " stay calm for the rest of the week.");
    RunSummary run = run(nightly());

    assertThat(run.processed()).isEqualTo(1);
    List<Row> paragraphs = rowsOf("paragraphs", "oil-markets");
    assertThat(paragraphs).hasSize(3);
    assertThat(paragraphs)
        .extracting(r -> r.<String>getAs("text"))
        .containsExactlyInAnyOrder(
            "Oil prices fell on Friday as the talks in Oman went on.",
            "Brent crude lost two percent by the close of trading in London.",
            "Traders said that they expect the market to stay calm for the rest of the week.");
    assertThat(rowsOf("documents", "oil-markets")).hasSize(1);
    assertThat(rowsOf("sentences", "oil-markets")).hasSize(3);
  }

  @Test
  @Order(5)
  void aDocumentGoneFromTheInputStaysUntilPrune() {
    corpus.remove("israel-reaction");
    RunSummary kept = run(nightly());
    assertThat(kept.processed()).isZero();
    assertThat(kept.input()).isEqualTo(6);
    assertThat(rowsOf("documents", "israel-reaction")).hasSize(1);

    RunSummary pruned = run(nightly().with(new IncrementalOptions(false, null, true)));
    assertThat(pruned.processed()).isZero();
    assertThat(rowsOf("documents", "israel-reaction")).isEmpty();
    assertThat(rowsOf("paragraphs", "israel-reaction")).isEmpty();
    assertThat(rowsOf("sentences", "israel-reaction")).isEmpty();
    assertThat(table(output, Tables.DOCUMENTS).count()).isEqualTo(5);
    assertThat(runs(output).get(runs(output).size() - 1).<Long>getAs("removed")).isEqualTo(1L);
  }

  @Test
  @Order(6)
  void sinceBackfillsADateRangeAndFullEverything() {
    Map<String, List<Row>> before = publishedRows(output);
    RunSummary since =
        run(nightly().with(new IncrementalOptions(false, LocalDate.parse("2026-02-07"), false)));
    // second-day and third-day; israel-reaction was pruned, the undated one is outside the range.
    assertThat(since.processed()).isEqualTo(2);
    RunSummary full = run(nightly().with(new IncrementalOptions(true, null, false)));
    assertThat(full.processed()).isEqualTo(5);
    // Reprocessing the same input gives the same rows, except the run that produced them.
    assertThat(withoutRunIds(publishedRows(output))).isEqualTo(withoutRunIds(before));
  }

  @Test
  @Order(7)
  void aChangedSegmentationSettingReprocessesEveryDocument() {
    RunConfig shorterSentences = shorterSentences(List.of());
    assertThat(run(shorterSentences).processed()).isEqualTo(5);
    Row last = runs(output).get(runs(output).size() - 1);
    assertThat(last.getJavaMap(last.fieldIndex("reprocessed_by_reason")))
        .containsEntry("pipeline", 5L);
    // And the night after, with the same settings, nothing.
    assertThat(run(shorterSentences).processed()).isZero();
  }

  @Test
  @Order(8)
  void aUserTopicRegistryReprocessesEveryDocument() throws Exception {
    // That the rows then follow the user's topics is UserTopicsInAnalysisTest's (jobs/core).
    Path topics = registries.resolve("topics.csv");
    Files.writeString(
        topics,
        "topic_id,label,triggers\n"
            + "uranium_enrichment,Uranium enrichment,\n"
            + "fuel_cycle,Nuclear fuel cycle,enrichment|reprocessing\n",
        StandardCharsets.UTF_8);
    RunConfig userTopics = shorterSentences(List.of(topics.toString()));
    assertThat(run(userTopics).processed()).isEqualTo(5);
    Row last = runs(output).get(runs(output).size() - 1);
    assertThat(last.getJavaMap(last.fieldIndex("reprocessed_by_reason")))
        .containsEntry("pipeline", 5L);
    assertThat(run(userTopics).processed()).isZero();
  }

  /** The nightly run with the parser's cap at 80 tokens (night 7 on) and the given topic files. */
  private static RunConfig shorterSentences(List<String> topicFiles) {
    return new RunConfig(
        input.toString(),
        output.toString(),
        null,
        ParagraphMode.BLANK_LINE,
        ColumnMapping.DEFAULT,
        0,
        80,
        List.of(),
        topicFiles,
        3,
        IncrementalOptions.INCREMENTAL);
  }

  /** documents.run_id names the run that produced the rows; everything else must be equal. */
  private static Map<String, List<String>> withoutRunIds(Map<String, List<Row>> tables) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    tables.forEach(
        (name, rows) ->
            out.put(
                name,
                rows.stream()
                    .map(
                        r -> {
                          Object[] values = new Object[r.length()];
                          for (int i = 0; i < r.length(); i++) {
                            values[i] =
                                r.schema().fieldNames()[i].equals("run_id") ? null : r.get(i);
                          }
                          return Row.fromSeq(
                                  scala.jdk.javaapi.CollectionConverters.asScala(
                                          java.util.Arrays.asList(values))
                                      .toSeq())
                              .toString();
                        })
                    .toList()));
    return out;
  }
}
