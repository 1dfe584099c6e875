package org.newsstance.query;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.publish.Tables;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.SeedOutput;
import org.newsstance.testing.SparkTest;

/**
 * The views over the shapes a published table can take: dated and undated partitions, a partitioned
 * table without rows (Spark writes no file for it), and an output whose {@code current} symlink is
 * gone (object stores have none).
 */
class SnapshotViewsTest extends SparkTest {
  private static final String ARTICLE =
      "Negotiators from both countries met in Muscat on Friday. They discussed sanctions relief and"
          + " the future of the nuclear program, and agreed to meet again next month.";

  private static QueryResult query(Path output, String sql) {
    try (QueryEngine engine = QueryEngine.open(PublishedSnapshot.of(output.toString()))) {
      return engine.run(sql);
    }
  }

  @Test
  void undatedRowsReadAsNullDatesThroughThePointerAlone(@TempDir Path corpus, @TempDir Path output)
      throws IOException {
    Files.writeString(corpus.resolve("undated.txt"), ARTICLE, UTF_8);
    run(config(corpus, output, ParagraphMode.BLANK_LINE));
    assertThat(Files.list(output.resolve("current/documents")).map(p -> p.getFileName().toString()))
        .contains("published_date=__HIVE_DEFAULT_PARTITION__");
    // Object stores have no symlink: the _CURRENT pointer alone must lead to the snapshot.
    Files.delete(output.resolve("current"));

    // Only the default partition exists, so DuckDB alone would guess VARCHAR: the view says DATE.
    QueryResult result =
        query(
            output,
            "SELECT doc_id, published_date IS NULL AS undated, typeof(published_date) AS type"
                + " FROM documents");
    assertThat(result.rows()).containsExactly(List.of("undated", true, "DATE"));
  }

  @Test
  void seedRowsCarryTheirPublicationDate() {
    QueryResult result =
        query(
            SeedOutput.get(),
            "SELECT DISTINCT published_date, typeof(published_date) FROM sentences");
    assertThat(result.rows()).containsExactly(List.of("2026-02-06", "DATE"));
  }

  @Test
  void partitionedTableWithoutRowsHasItsDeclaredColumns(@TempDir Path corpus, @TempDir Path output)
      throws IOException {
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    run(config(corpus, output, ParagraphMode.BLANK_LINE));
    assertThat(query(output, "SELECT count(*) FROM quarantine").rows())
        .containsExactly(List.of(1L));

    for (String table : List.of("documents", "paragraphs", "sentences", "actor_mentions")) {
      assertThat(query(output, "SELECT count(*) FROM " + table).rows())
          .containsExactly(List.of(0L));
      // The same column names and types DuckDB reads from the real files of the seed run.
      String describe = "SELECT column_name, column_type FROM (DESCRIBE " + table + ")";
      assertThat(query(output, describe).rows())
          .as(table)
          .isEqualTo(query(SeedOutput.get(), describe).rows());
    }
    assertThat(
            query(output, "SELECT column_name FROM (DESCRIBE documents)").rows().stream()
                .map(r -> r.get(0))
                .toList())
        .containsExactly((Object[]) Tables.DOCUMENTS.columnNames());
  }
}
