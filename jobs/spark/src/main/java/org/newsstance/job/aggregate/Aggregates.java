package org.newsstance.job.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsstance.publish.Tables;

/**
 * The dashboard aggregates, computed from the fact tables of the snapshot being published. Every
 * collected list is sorted, so two runs over the same facts write identical rows.
 */
public final class Aggregates {
  private Aggregates() {}

  /**
   * @param actors the actors table: its name is the actor's one name, where documents spelled a
   *     discovered actor differently
   */
  public static Dataset<Row> actorDaily(
      Dataset<Row> sentiment, Dataset<Row> documents, Dataset<Row> actors) {
    Dataset<Row> withSource =
        named(
            sentiment.join(documents.select(col("doc_id"), col("source")), "doc_id"),
            "actor_id",
            "actor_name",
            actors);
    return withSource
        .groupBy(col("actor_id"), col("published_date"), col("source"))
        .agg(
            min_by(col("actor_name"), col("actor_name")).as("actor_name"),
            countDistinct(col("doc_id")).as("n_documents"),
            count(lit(1)).as("n_paragraphs"),
            sum(col("n_mentions").cast("long")).as("n_mentions"),
            avg(col("score")).as("mean_score"),
            avg(col("p_negative")).as("mean_p_negative"),
            avg(col("p_neutral")).as("mean_p_neutral"),
            avg(col("p_positive")).as("mean_p_positive"),
            share(col("label").equalTo("negative")).as("share_negative"),
            share(col("label").equalTo("positive")).as("share_positive"))
        .select(Tables.ACTOR_DAILY.columns());
  }

  /**
   * @param actors the actors table, whose name each holder gets (see {@link #actorDaily})
   */
  public static Dataset<Row> stanceEdges(Dataset<Row> stance, Dataset<Row> actors) {
    Column targetKey =
        when(col("target_type").equalTo("phrase"), lower(col("target_text")))
            .otherwise(col("target_id"));
    Column evidence =
        struct(col("doc_id"), col("sentence_idx"), col("char_begin"), col("char_end"));
    return named(stance, "holder_id", "holder_name", actors)
        .withColumn("target_key", targetKey)
        .groupBy(col("holder_id"), col("target_type"), col("target_key"), col("published_date"))
        .agg(
            min_by(col("holder_name"), col("holder_name")).as("holder_name"),
            // Two targets of one key in the first sentence ("Corey" ... "him"): the
            // alphabetically first, so reruns agree.
            min_by(col("target_text"), struct(evidence, col("target_text"))).as("target_label"),
            countWhere(col("stance").equalTo("support")).as("n_support"),
            countWhere(col("stance").equalTo("oppose")).as("n_oppose"),
            countWhere(col("stance").equalTo("neutral")).as("n_neutral"),
            net().as("net_stance"),
            avg(col("score")).as("mean_score"),
            slice(sort_array(collect_set(evidence)), 1, 3).as("evidence"))
        .select(Tables.STANCE_EDGES.columns());
  }

  /** The rows with the actor's name from the actors table (kept as written where it has none). */
  private static Dataset<Row> named(
      Dataset<Row> rows, String idColumn, String nameColumn, Dataset<Row> actors) {
    Dataset<Row> names =
        actors.select(col("actor_id").as("named_id"), col("name").as("named_name"));
    return rows.join(names, rows.col(idColumn).equalTo(names.col("named_id")), "left")
        .withColumn(nameColumn, coalesce(col("named_name"), col(nameColumn)))
        .drop("named_id", "named_name");
  }

  public static Dataset<Row> topicDaily(Dataset<Row> stance) {
    return stance
        .filter(col("target_type").equalTo("topic"))
        .withColumnRenamed("target_id", "topic_id")
        .groupBy(col("topic_id"), col("published_date"))
        .agg(
            count(lit(1)).as("n_statements"),
            countWhere(col("stance").equalTo("support")).as("n_support"),
            countWhere(col("stance").equalTo("oppose")).as("n_oppose"),
            holders("support").as("supporters"),
            holders("oppose").as("opponents"),
            net().as("net_stance"))
        .select(Tables.TOPIC_DAILY.columns());
  }

  private static Column share(Column condition) {
    return avg(when(condition, 1.0).otherwise(0.0));
  }

  private static Column countWhere(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column net() {
    return countWhere(col("stance").equalTo("support"))
        .minus(countWhere(col("stance").equalTo("oppose")))
        .divide(count(lit(1)));
  }

  private static Column holders(String stance) {
    return sort_array(collect_set(when(col("stance").equalTo(stance), col("holder_id"))));
  }
}
