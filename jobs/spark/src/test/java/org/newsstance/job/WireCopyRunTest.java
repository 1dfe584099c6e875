package org.newsstance.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.SparkTest;

/**
 * A wire story published under two ids in one run: analysed once (the job orders documents by a
 * hash of their text), published twice with each copy's own id and date, rows otherwise equal.
 */
class WireCopyRunTest extends SparkTest {
  private static final String STORY =
      "Iran praised Oman for hosting the talks in Muscat. Israel condemned Iran for enriching"
          + " uranium.\n\nSecretary of State Marco Rubio said the United States wants a deal. He"
          + " warned Tehran against delay.";

  @TempDir Path work;

  @Test
  void copiesOfOneStoryGetTheSameRowsUnderTheirOwnIds() throws Exception {
    Path input = work.resolve("wire.jsonl");
    Files.writeString(
        input,
        line("ap-1", "Talks in Muscat", "AP", "2026-02-06", STORY)
            + line("other-1", "Oman", "AP", "2026-02-06", "Oman hosted Iran and the United States.")
            + line("gazette-9", "Muscat talks", "Gazette", "2026-02-07", STORY),
        UTF_8);
    Path output = work.resolve("out");

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary summary =
        new NewsstanceJob(
                spark(),
                config(input, output, ParagraphMode.BLANK_LINE),
                new Progress(new PrintStream(log, true, UTF_8)))
            .run();

    assertThat(summary.processed()).isEqualTo(3);
    assertThat(log.toString(UTF_8))
        .contains("analyse  3 documents (1 with the text of an earlier one, analysed once)");
    for (TableSchema table : Tables.ANALYSIS) {
      List<String> original = rowsOf(output, table, "ap-1");
      assertThat(rowsOf(output, table, "gazette-9")).as(table.name()).isEqualTo(original);
      if (table != Tables.ACTOR_STANCE) {
        assertThat(original).as(table.name()).isNotEmpty();
      }
    }
    Row copy = table(output, Tables.DOCUMENTS).filter(col("doc_id").equalTo("gazette-9")).first();
    assertThat(copy.<String>getAs("source")).isEqualTo("Gazette");
    assertThat(String.valueOf(copy.<Object>getAs("published_date"))).isEqualTo("2026-02-07");
  }

  /** A document's rows without the columns that name the copy (id, date), sorted. */
  private static List<String> rowsOf(Path output, TableSchema table, String docId) {
    return table(output, table)
        .filter(col("doc_id").equalTo(docId))
        .drop("doc_id", "published_date")
        .collectAsList()
        .stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  private static String line(String id, String title, String source, String date, String text) {
    return String.format(
        "{\"id\":\"%s\",\"title\":\"%s\",\"source\":\"%s\",\"published_at\":\"%s\",\"text\":\"%s\"}%n",
        id, title, source, date, text.replace("\n", "\\n"));
  }
}
