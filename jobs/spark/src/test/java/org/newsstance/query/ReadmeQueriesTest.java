package org.newsstance.query;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstance.publish.Tables;
import org.newsstance.testing.CommandRun;
import org.newsstance.testing.ProjectFiles;
import org.newsstance.testing.SeedOutput;
import org.newsstance.testing.SparkTest;

/**
 * The example queries of the README ("Querying the output"), run as a reader would paste them,
 * against the seed output; the expected rows come from Spark reading the same tables.
 */
class ReadmeQueriesTest extends SparkTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("```sql\n-- example: (\\w+)\n(.*?)```", Pattern.DOTALL);

  static Path output;
  static Map<String, String> runnable = new TreeMap<>();

  @BeforeAll
  static void readExamples() {
    output = SeedOutput.get();
    String readme = ProjectFiles.read(ProjectFiles.root().resolve("README.md"));
    int start = readme.indexOf("## Querying the output");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    Matcher m = EXAMPLE.matcher(section);
    while (m.find()) {
      runnable.put(m.group(1), m.group(2).strip());
    }
  }

  static List<CSVRecord> run(String example) {
    CommandRun run =
        CommandRun.of(
            "query", "--output", output.toString(), "--format", "csv", runnable.get(example));
    assertThat(run.exitCode()).as(run.err()).isZero();
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .get()
          .parse(new StringReader(run.out()))
          .getRecords();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Each row of a result or a Dataset as one line, so that rows compare as text. */
  static List<String> lines(List<CSVRecord> rows, Function<CSVRecord, String> line) {
    return rows.stream().map(line).toList();
  }

  static List<String> lines(Dataset<Row> rows, Function<Row, String> line) {
    return rows.collectAsList().stream().map(line).toList();
  }

  private static final Map<String, Consumer<String>> EXPECTATIONS =
      Map.of(
          "most_mentioned_actors", ReadmeQueriesTest::mostMentionedActors,
          "sentences_per_section", ReadmeQueriesTest::sentencesPerSection,
          "text_at_offsets", ReadmeQueriesTest::textAtOffsets,
          "most_negative_actors", ReadmeSentimentQueries::mostNegativeActors,
          "opponents_of_enrichment", ReadmeSentimentQueries::opponentsOfEnrichment,
          "evidence_behind_a_score", ReadmeSentimentQueries::evidenceBehindAScore);

  @Test
  void everyRunnableExampleHasAnExpectation() {
    assertThat(runnable).isNotEmpty();
    assertThat(runnable.keySet()).isEqualTo(new TreeMap<>(EXPECTATIONS).keySet());
  }

  @Test
  void runnableExamplesReturnTheExpectedRows() {
    EXPECTATIONS.forEach((name, check) -> check.accept(name));
  }

  static void mostMentionedActors(String example) {
    List<String> got = lines(run(example), r -> r.get("actor_name") + " = " + r.get("mentions"));
    List<String> want =
        lines(
            table(output, Tables.ACTOR_MENTIONS)
                .filter("published_date BETWEEN DATE'2026-02-01' AND DATE'2026-02-28'")
                .groupBy("actor_id")
                .count()
                .join(table(output, Tables.ACTORS).select("actor_id", "name"), "actor_id")
                .select(col("name"), col("count"))
                .orderBy(col("count").desc(), col("name"))
                .limit(10),
            r -> r.getString(0) + " = " + r.getLong(1));
    // Ordered by the query itself: most mentioned first, ties by name.
    assertThat(got).as(example).hasSize(10).isEqualTo(want);
  }

  static void sentencesPerSection(String example) {
    List<String> got = lines(run(example), r -> r.get("section") + " = " + r.get("sentences"));
    Dataset<Row> sections =
        table(output, Tables.PARAGRAPHS)
            .select(col("doc_id").as("p_doc"), col("paragraph_idx").as("p_idx"), col("section"));
    List<String> want =
        lines(
            table(output, Tables.SENTENCES)
                .filter("published_date BETWEEN DATE'2026-02-01' AND DATE'2026-02-28'")
                .join(
                    sections,
                    col("doc_id")
                        .equalTo(col("p_doc"))
                        .and(col("paragraph_idx").equalTo(col("p_idx"))))
                .groupBy("section")
                .count(),
            r -> (r.isNullAt(0) ? "" : r.getString(0)) + " = " + r.getLong(1));
    assertThat(got).as(example).hasSizeGreaterThan(3).containsExactlyInAnyOrderElementsOf(want);
  }

  static void textAtOffsets(String example) {
    List<String> got = lines(run(example), r -> r.get("sentence_idx") + ": " + r.get("sentence"));
    List<String> want =
        lines(
            table(output, Tables.SENTENCES)
                .filter(col("sentence_idx").between(3, 5))
                .orderBy("sentence_idx"),
            r -> r.<Integer>getAs("sentence_idx") + ": " + r.<String>getAs("text"));
    assertThat(got).as(example).hasSize(3).isEqualTo(want);
  }
}
