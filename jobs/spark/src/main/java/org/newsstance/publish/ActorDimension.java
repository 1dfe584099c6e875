package org.newsstance.publish;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.job.RowValues;

/**
 * The {@code actors} table: the registry, plus the actors NER found in the published mentions. It
 * is derived, not accumulated: rebuilt on every run from the registry and the mention table, so an
 * actor disappears when its last mention does and a registry edit shows at once. Its {@code name}
 * is the one name per actor the rebuilt aggregates use too.
 */
public final class ActorDimension {
  static final String REGISTRY = "registry";
  static final String DISCOVERED = "discovered";

  private ActorDimension() {}

  public static Dataset<Row> build(
      SparkSession spark, ActorRegistry registry, Dataset<Row> mentions) {
    List<Row> rows = new ArrayList<>(registry.size());
    for (Actor a : registry.actors()) {
      rows.add(
          RowFactory.create(
              a.actorId(),
              a.name(),
              a.type(),
              a.affiliation(),
              REGISTRY,
              RowValues.seq(a.aliases()),
              RowValues.seq(a.metonyms()),
              RowValues.seq(a.demonyms())));
    }
    Dataset<Row> known = spark.createDataFrame(rows, Tables.ACTORS.schema());
    Dataset<Row> discovered =
        mentions
            .join(
                known.select("actor_id"),
                mentions.col("actor_id").equalTo(known.col("actor_id")),
                "left_anti")
            // One id, several spellings across documents (REUTERS in one, Reuters in 42): the name
            // is the spelling of most mentions, the alphabetically first of a tie, so reruns agree.
            .groupBy(col("actor_id"), col("actor_name"))
            .agg(count(lit(1)).as("n"), min(col("actor_type")).as("actor_type"))
            .groupBy(col("actor_id"))
            .agg(
                min_by(col("actor_name"), struct(negate(col("n")), col("actor_name"))).as("name"),
                min(col("actor_type")).as("type"))
            .select(
                col("actor_id"),
                col("name"),
                col("type"),
                lit(null).cast("string").as("affiliation"),
                lit(DISCOVERED).as("source"),
                array(col("name")).as("aliases"),
                array().cast("array<string>").as("metonyms"),
                array().cast("array<string>").as("demonyms"));
    return known.unionByName(discovered);
  }
}
