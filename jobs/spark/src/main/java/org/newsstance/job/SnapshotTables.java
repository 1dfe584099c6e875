package org.newsstance.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.job.aggregate.Aggregates;
import org.newsstance.job.analyze.AnalysisRows;
import org.newsstance.job.incremental.PipelineVersion;
import org.newsstance.publish.ActorDimension;
import org.newsstance.publish.SnapshotWriter;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;

/**
 * The snapshot tables a run writes, from its staged ingest and analysis rows (the runs table, kept
 * outside the snapshots, is {@code publish.RunTables}).
 */
final class SnapshotTables {
  private SnapshotTables() {}

  /**
   * This run's rows of every snapshot table. Per-document tables hold only the documents analysed
   * now; the snapshot writer adds the rows carried over from the previous snapshot.
   */
  static Map<TableSchema, Dataset<Row>> fresh(
      String runId, Dataset<Row> ingested, Dataset<Row> analysis, PipelineVersion version) {
    Dataset<Row> processed = analysis.filter(col("status").equalTo(AnalysisRows.PROCESSED));
    Map<TableSchema, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(
        Tables.DOCUMENTS,
        processed
            .select("document.*")
            .withColumn("pipeline_version", lit(version.hash()))
            .withColumn("pipeline_components", mapColumn(version.hashes())));
    tables.put(Tables.PARAGRAPHS, exploded(processed, "paragraphs"));
    tables.put(Tables.SENTENCES, exploded(processed, "sentences"));
    tables.put(Tables.ACTOR_MENTIONS, exploded(processed, "actor_mentions"));
    tables.put(Tables.ACTOR_SENTIMENT, exploded(processed, "actor_sentiment"));
    tables.put(Tables.ACTOR_STANCE, exploded(processed, "actor_stance"));
    tables.put(
        Tables.QUARANTINE,
        ingested
            .filter(col("kind").equalTo("quarantine"))
            .withColumn("run_id", lit(runId))
            .select(Tables.QUARANTINE.columns())
            .unionByName(analysis.filter(col("quarantine").isNotNull()).select("quarantine.*")));
    return tables;
  }

  /** The dimension and the aggregates, from the facts of the snapshot being written. */
  static Map<TableSchema, Dataset<Row>> rebuilt(
      SparkSession spark, ActorRegistry registry, SnapshotWriter writer) {
    Dataset<Row> stance = writer.read(Tables.ACTOR_STANCE);
    Dataset<Row> actors = ActorDimension.build(spark, registry, writer.read(Tables.ACTOR_MENTIONS));
    return Map.of(
        Tables.ACTORS,
        actors,
        Tables.ACTOR_DAILY,
        Aggregates.actorDaily(
            writer.read(Tables.ACTOR_SENTIMENT), writer.read(Tables.DOCUMENTS), actors),
        Tables.STANCE_EDGES,
        Aggregates.stanceEdges(stance, actors),
        Tables.TOPIC_DAILY,
        Aggregates.topicDaily(stance));
  }

  private static Dataset<Row> exploded(Dataset<Row> processed, String column) {
    return processed.select(explode(col(column)).as("r")).select("r.*");
  }

  private static Column mapColumn(Map<String, String> map) {
    return functions.map(
        map.entrySet().stream()
            .flatMap(e -> Stream.of(lit(e.getKey()), lit(e.getValue())))
            .toArray(Column[]::new));
  }
}
