package org.newsstance.job.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstance.publish.Tables;
import org.newsstance.testing.SeedOutput;
import org.newsstance.testing.SparkTest;

/** The dashboard aggregates of the seed run reconcile with the fact tables they summarise. */
class AggregatesTest extends SparkTest {
  static Path output;

  @BeforeAll
  static void seedRun() {
    output = SeedOutput.get();
  }

  private static long sumOf(Dataset<Row> table, String column) {
    Row total = table.agg(sum(col(column))).first();
    return total.isNullAt(0) ? 0 : total.getLong(0);
  }

  @Test
  void actorDailyCountsEveryMentionAndEveryScoredParagraphOnce() {
    Dataset<Row> daily = table(output, Tables.ACTOR_DAILY);
    long mentions = table(output, Tables.ACTOR_MENTIONS).count();
    assertThat(mentions).isGreaterThan(20);
    assertThat(sumOf(daily, "n_mentions")).isEqualTo(mentions);
    assertThat(sumOf(daily, "n_paragraphs"))
        .isEqualTo(table(output, Tables.ACTOR_SENTIMENT).count());
  }

  @Test
  void actorDailyMeanScoreIsTheMeanOfTheParagraphScores() {
    Row iran =
        table(output, Tables.ACTOR_DAILY).filter(col("actor_id").equalTo("country:irn")).first();
    List<Row> paragraphs =
        table(output, Tables.ACTOR_SENTIMENT)
            .filter(col("actor_id").equalTo("country:irn"))
            .collectAsList();
    double mean =
        paragraphs.stream().mapToDouble(r -> r.<Double>getAs("score")).average().orElseThrow();
    assertThat(iran.<Long>getAs("n_paragraphs")).isEqualTo(paragraphs.size());
    assertThat(iran.<Double>getAs("mean_score")).isCloseTo(mean, within(1e-9));
  }

  @Test
  void stanceAggregatesCountEveryStatement() {
    Dataset<Row> stance = table(output, Tables.ACTOR_STANCE);
    Dataset<Row> edges = table(output, Tables.STANCE_EDGES);
    // The seed article states several stances on registry topics (uranium enrichment, sanctions
    // relief), so an empty table here means the extractor is not wired in, not a quiet article.
    assertThat(stance.filter(col("target_type").equalTo("topic")).count()).isPositive();
    assertThat(sumOf(edges, "n_support") + sumOf(edges, "n_oppose") + sumOf(edges, "n_neutral"))
        .isEqualTo(stance.count());
    assertThat(sumOf(table(output, Tables.TOPIC_DAILY), "n_statements"))
        .isEqualTo(stance.filter(col("target_type").equalTo("topic")).count());
  }
}
