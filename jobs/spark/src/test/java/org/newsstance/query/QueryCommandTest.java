package org.newsstance.query;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.testing.CommandRun;
import org.newsstance.testing.SeedOutput;
import org.newsstance.testing.SparkTest;

/** {@code newsstance query} on the published output of a job run on seeds/corpus. */
class QueryCommandTest extends SparkTest {
  static Path output;

  @BeforeAll
  static void runOnSeeds() {
    output = SeedOutput.get();
  }

  private static CommandRun query(String... args) {
    List<String> line = new ArrayList<>(List.of("query", "--output", output.toString()));
    line.addAll(List.of(args));
    return CommandRun.of(line.toArray(String[]::new));
  }

  @Test
  void tableFormatAlignsColumnsAndCountsRows() {
    CommandRun run =
        query("SELECT paragraph_idx, kind, section FROM paragraphs ORDER BY paragraph_idx");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    long paragraphs = table(output, Tables.PARAGRAPHS).count();
    assertThat(lines).hasSize((int) paragraphs + 3);
    assertThat(lines.get(0)).matches(" paragraph_idx \\| kind +\\| section");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("(" + paragraphs + " rows)");
    // Every row puts its separators where the header does; numbers end at the column's edge.
    int firstBar = lines.get(0).indexOf('|');
    for (String row : lines.subList(2, lines.size() - 1)) {
      assertThat(row.indexOf('|')).as(row).isEqualTo(firstBar);
      assertThat(row.charAt(firstBar - 2)).as(row).isBetween('0', '9');
    }
    assertThat(lines.get(2)).contains("NULL");
  }

  @Test
  void theRunsTableIsAViewBesideTheSnapshotsTables() {
    CommandRun run = query("--format", "csv", "SELECT status, processed FROM runs");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).first().isEqualTo("status,processed");
    assertThat(run.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.equals("published,1"));
    assertThat(query("SHOW TABLES").out()).contains("runs").contains("paragraphs");
  }

  @Test
  void csvGivesTheRowsSparkReads() throws IOException {
    CommandRun run =
        query(
            "--format",
            "csv",
            "SELECT doc_id, paragraph_idx, kind, section, text FROM paragraphs ORDER BY paragraph_idx");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(run.out()))
            .getRecords();
    List<Row> expected = table(output, Tables.PARAGRAPHS).orderBy("paragraph_idx").collectAsList();
    assertThat(records).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Row want = expected.get(i);
      CSVRecord got = records.get(i);
      assertThat(got.get("doc_id")).isEqualTo(want.getAs("doc_id"));
      assertThat(Integer.parseInt(got.get("paragraph_idx")))
          .isEqualTo(want.<Integer>getAs("paragraph_idx"));
      assertThat(got.get("kind")).isEqualTo(want.getAs("kind"));
      String section = want.getAs("section");
      assertThat(got.get("section")).isEqualTo(section == null ? "" : section);
      assertThat(got.get("text")).isEqualTo(want.getAs("text"));
    }
  }

  @Test
  void jsonKeepsDatesAndNestedTokens() throws IOException {
    CommandRun run =
        query(
            "--format",
            "json",
            "SELECT doc_id, sentence_idx, published_date, tokens FROM sentences WHERE sentence_idx = 2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertThat(rows.size()).isEqualTo(1);
    JsonNode row = rows.get(0);
    Row want = table(output, Tables.SENTENCES).filter(col("sentence_idx").equalTo(2)).first();
    assertThat(row.get("published_date").asText())
        .isEqualTo(want.getAs("published_date").toString());
    List<Row> tokens = want.getList(want.fieldIndex("tokens"));
    assertThat(row.get("tokens").size()).isEqualTo(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode token = row.get("tokens").get(i);
      assertThat(token.get("text").asText()).isEqualTo(tokens.get(i).getAs("text"));
      assertThat(token.get("char_begin").asInt())
          .isEqualTo(tokens.get(i).<Integer>getAs("char_begin"));
    }
  }

  /** Every declared table, sorted, as the error message lists them: the snapshot's and runs. */
  private static final String SNAPSHOT_TABLES =
      Tables.ALL.stream().map(TableSchema::name).sorted().collect(Collectors.joining(", "));

  @Test
  void badSqlIsAUsageErrorWithoutAStackTrace() {
    CommandRun run = query("SELEC doc_id FROM documents");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("error: the query cannot run: Parser Error: syntax error at or near \"SELEC\"")
        .contains("  why: LINE 1: SELEC doc_id FROM documents")
        .contains("  fix: correct the SQL; tables: " + SNAPSHOT_TABLES)
        .doesNotContain("\tat ");
  }

  @Test
  void unknownTableNamesTheTablesThereAre() {
    CommandRun run = query("SELECT * FROM no_such_table");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("error: the query cannot run: Catalog Error: Table with name no_such_table")
        .contains("tables: " + SNAPSHOT_TABLES)
        .doesNotContain("\tat ");
  }

  @Test
  void missingOutputFolderExits66() {
    CommandRun run =
        CommandRun.of("query", "--output", output.resolve("nowhere").toString(), "SELECT 1");
    assertThat(run.exitCode()).isEqualTo(66);
    assertThat(run.err()).startsWith("error: output folder ").contains("does not exist");
  }

  @Test
  void folderWithoutPublishedSnapshotExits66() throws IOException {
    Path empty = Files.createDirectories(output.resolve("_not_an_output"));
    CommandRun run = CommandRun.of("query", "--output", empty.toString(), "SELECT 1");
    assertThat(run.exitCode()).isEqualTo(66);
    assertThat(run.err()).startsWith("error: no run has published tables in ");
  }

  @Test
  void pointerToAMissingSnapshotExits66() throws IOException {
    Path copy = Files.createDirectories(output.resolve("_dangling"));
    Files.writeString(copy.resolve("_CURRENT"), "20990101T000000Z-gone\n", UTF_8);
    CommandRun run = CommandRun.of("query", "--output", copy.toString(), "SELECT 1");
    assertThat(run.exitCode()).isEqualTo(66);
    assertThat(run.err()).contains("'20990101T000000Z-gone'").contains("is missing");
  }

  @Test
  void emptyQueryIsAUsageError() {
    CommandRun run = query(" ");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: the query is empty");
  }
}
