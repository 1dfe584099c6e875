package org.newsstance.job.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.publish.ActorDimension;
import org.newsstance.testing.SparkTest;

/**
 * An actor NER discovered is spelled as each document spelled it (REUTERS in one, Reuters in
 * others); the actors table and the aggregates give it one name: the spelling of most mentions.
 */
class ActorNamesTest extends SparkTest {
  private static Dataset<Row> mentions() {
    return spark()
        .sql(
            "SELECT * FROM VALUES"
                + " ('organisation:reuters', 'REUTERS', 'organisation'),"
                + " ('organisation:reuters', 'Reuters', 'organisation'),"
                + " ('organisation:reuters', 'Reuters', 'organisation'),"
                + " ('person:ann-lee', 'Ann Lee', 'person'),"
                + " ('person:ann-lee', 'ANN LEE', 'person')"
                + " AS m(actor_id, actor_name, actor_type)");
  }

  @Test
  void theActorsNameIsItsMostMentionedSpellingAndTheAggregatesUseIt() {
    Dataset<Row> actors = ActorDimension.build(spark(), ActorRegistry.load(List.of()), mentions());
    List<String> names =
        actors.filter("source = 'discovered'").orderBy("actor_id").collectAsList().stream()
            .map(r -> r.<String>getAs("actor_id") + "=" + r.<String>getAs("name"))
            .toList();
    // A tie goes to the alphabetically first spelling, so two runs agree.
    assertThat(names).containsExactly("organisation:reuters=Reuters", "person:ann-lee=ANN LEE");

    Dataset<Row> sentiment =
        spark()
            .sql(
                "SELECT * FROM VALUES"
                    + " ('d1', 'organisation:reuters', 'REUTERS', 1, 0.1D, 0.2D, 0.5D, 0.3D,"
                    + "  'neutral', DATE '2026-02-06')"
                    + " AS s(doc_id, actor_id, actor_name, n_mentions, score, p_negative,"
                    + "  p_neutral, p_positive, label, published_date)");
    Dataset<Row> documents = spark().sql("SELECT 'd1' AS doc_id, 'wire' AS source");
    Row daily = Aggregates.actorDaily(sentiment, documents, actors).first();
    assertThat(daily.<String>getAs("actor_name")).isEqualTo("Reuters");
  }
}
