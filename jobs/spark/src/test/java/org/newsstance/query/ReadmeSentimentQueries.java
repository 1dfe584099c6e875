package org.newsstance.query;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsstance.query.ReadmeQueriesTest.lines;
import static org.newsstance.query.ReadmeQueriesTest.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsstance.publish.Tables;
import org.newsstance.testing.SparkTest;

/**
 * Expectations of the README examples over the score tables (actor_sentiment, actor_stance): the
 * same question asked of the same tables through Spark. Means are rounded by the query, so they
 * compare with the rounding's tolerance.
 */
final class ReadmeSentimentQueries extends SparkTest {
  private static final String SEED_DOC = "muscat-talks-2026-02-06";

  private ReadmeSentimentQueries() {}

  static void mostNegativeActors(String example) {
    List<CSVRecord> got = ReadmeQueriesTest.run(example);
    Dataset<Row> names = table(output, Tables.ACTORS).select("actor_id", "name");
    List<Row> want =
        table(output, Tables.ACTOR_SENTIMENT)
            .filter("published_date BETWEEN DATE'2026-02-01' AND DATE'2026-02-28'")
            .join(names, "actor_id")
            .groupBy("actor_id", "name")
            .agg(
                count(lit(1)).as("n"),
                avg("score").as("mean"),
                avg(when(col("label").equalTo("negative"), 1.0).otherwise(0.0)).as("share"))
            .filter(col("n").geq(2))
            .orderBy(col("mean"), col("name"), col("actor_id"))
            .select("name", "n", "mean", "share")
            .limit(10)
            .collectAsList();
    assertThat(want).as("the seed article portrays several actors in two paragraphs").isNotEmpty();
    assertThat(lines(got, r -> r.get("name") + " = " + r.get("paragraphs")))
        .as(example)
        .isEqualTo(want.stream().map(r -> r.getString(0) + " = " + r.getLong(1)).toList());
    for (int i = 0; i < want.size(); i++) {
      assertThat(Double.parseDouble(got.get(i).get("mean_score")))
          .isCloseTo(want.get(i).getDouble(2), within(5e-4));
      assertThat(Double.parseDouble(got.get(i).get("share_negative")))
          .isCloseTo(want.get(i).getDouble(3), within(5e-4));
    }
  }

  static void opponentsOfEnrichment(String example) {
    List<String> got =
        lines(
            ReadmeQueriesTest.run(example),
            r ->
                r.get("holder")
                    + " = "
                    + r.get("statements")
                    + " "
                    + new TreeSet<>(Arrays.asList(r.get("cues").split(", "))));
    List<String> want =
        lines(
            table(output, Tables.ACTOR_STANCE)
                .filter(
                    "stance = 'oppose' AND target_type = 'topic'"
                        + " AND target_id = 'uranium_enrichment'")
                .join(
                    table(output, Tables.ACTORS).select("actor_id", "name"),
                    col("holder_id").equalTo(col("actor_id")))
                .groupBy("actor_id", "name")
                .agg(count(lit(1)).as("n"), collect_set("cue").as("cues"))
                .orderBy(col("n").desc(), col("name"), col("actor_id"))
                .select("name", "n", "cues"),
            r -> r.getString(0) + " = " + r.getLong(1) + " " + new TreeSet<>(r.<String>getList(2)));
    // The article's central claim: Washington opposes any enrichment on Iranian soil.
    assertThat(got).as(example).anyMatch(line -> line.startsWith("United States = "));
    assertThat(got).as(example).isEqualTo(want);
  }

  static void evidenceBehindAScore(String example) {
    List<CSVRecord> got = ReadmeQueriesTest.run(example);
    String text =
        table(output, Tables.DOCUMENTS)
            .filter(col("doc_id").equalTo(SEED_DOC))
            .first()
            .getAs("text");
    Row score =
        table(output, Tables.ACTOR_SENTIMENT)
            .filter(
                col("doc_id")
                    .equalTo(SEED_DOC)
                    .and(col("paragraph_idx").equalTo(11))
                    .and(col("actor_id").equalTo("country:irn")))
            .first();
    // The table keeps the strongest evidence first; the query orders by sentence.
    List<Row> evidence = new ArrayList<>(score.<Row>getList(score.fieldIndex("evidence")));
    evidence.sort(Comparator.comparingInt(e -> e.<Integer>getAs("sentence_idx")));
    assertThat(lines(got, r -> r.get("sentence_idx") + ": " + r.get("evidence")))
        .as(example)
        .isNotEmpty()
        .isEqualTo(
            evidence.stream()
                .map(
                    e ->
                        e.getAs("sentence_idx")
                            + ": "
                            + text.substring(
                                e.<Integer>getAs("char_begin"), e.<Integer>getAs("char_end")))
                .toList());
    for (int i = 0; i < evidence.size(); i++) {
      assertThat(Double.parseDouble(got.get(i).get("score")))
          .isCloseTo(evidence.get(i).<Double>getAs("score"), within(1e-9));
    }
  }
}
