package org.newsstance.publish;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.newsstance.publish.Columns.optional;
import static org.newsstance.publish.Columns.required;
import static org.newsstance.publish.Columns.struct;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsstance.publish.TableSchema.Kind;

/**
 * Aggregates for dashboards, rebuilt by every run from the fact tables of the new snapshot (so they
 * always agree with them). Small: one row per actor, holder-target pair or topic per day; not
 * partitioned.
 */
final class AggregateTables {
  private AggregateTables() {}

  private static StructField date() {
    return optional(
        "published_date",
        DateType,
        "UTC publication date of the documents counted (null: undated documents).");
  }

  static final StructType EVIDENCE_REF =
      struct(
          required("doc_id", StringType, "The document."),
          required("sentence_idx", IntegerType, "The sentence (sentences.sentence_idx)."),
          required("char_begin", IntegerType, "Offset of the evidence in documents.text."),
          required("char_end", IntegerType, "Offset after the evidence in documents.text."));

  public static final TableSchema ACTOR_DAILY =
      new TableSchema(
          "actor_daily",
          1,
          "one row per actor, publication date and source with at least one mention",
          List.of("actor_id", "published_date", "source"),
          struct(
              required("actor_id", StringType, "The actor (actors.actor_id)."),
              required("actor_name", StringType, "The actor's name (actors.name)."),
              date(),
              optional("source", StringType, "documents.source (null: no source given)."),
              required("n_documents", LongType, "Documents that mention the actor."),
              required(
                  "n_paragraphs",
                  LongType,
                  "Paragraphs that mention it (rows of actor_sentiment)."),
              required(
                  "n_mentions",
                  LongType,
                  "Mentions (rows of actor_mentions; sum of actor_sentiment.n_mentions)."),
              required(
                  "mean_score",
                  DoubleType,
                  "Mean of actor_sentiment.score over the paragraphs, in [-1, 1] (each paragraph counts once)."),
              required("mean_p_negative", DoubleType, "Mean of actor_sentiment.p_negative."),
              required("mean_p_neutral", DoubleType, "Mean of actor_sentiment.p_neutral."),
              required("mean_p_positive", DoubleType, "Mean of actor_sentiment.p_positive."),
              required(
                  "share_negative",
                  DoubleType,
                  "Share of the paragraphs labelled negative (0..1)."),
              required(
                  "share_positive",
                  DoubleType,
                  "Share of the paragraphs labelled positive (0..1).")),
          List.of(),
          Kind.REBUILT);

  public static final TableSchema STANCE_EDGES =
      new TableSchema(
          "stance_edges",
          1,
          "one row per holder, target and publication date with at least one stance statement",
          List.of("holder_id", "target_type", "target_key", "published_date"),
          struct(
              required("holder_id", StringType, "The actor holding the stance (actors.actor_id)."),
              required("holder_name", StringType, "The holder's name (actors.name)."),
              required("target_type", StringType, "actor, topic or phrase."),
              required(
                  "target_key",
                  StringType,
                  "target_id for an actor or topic; the lower-cased target_text for a phrase."),
              required(
                  "target_label",
                  StringType,
                  "A readable target: the target_text of the first evidence sentence (the alphabetically first of two there)."),
              date(),
              required("n_support", LongType, "Statements of support."),
              required("n_oppose", LongType, "Statements of opposition."),
              required(
                  "n_neutral",
                  LongType,
                  "Neutral statements: always 0, since actor_stance has none (kept: columns are never dropped)."),
              required(
                  "net_stance", DoubleType, "(n_support - n_oppose) / all statements, in [-1, 1]."),
              required("mean_score", DoubleType, "Mean of actor_stance.score."),
              required(
                  "evidence",
                  createArrayType(EVIDENCE_REF, false),
                  "Up to three evidence sentences, in document and sentence order.")),
          List.of(),
          Kind.REBUILT);

  public static final TableSchema TOPIC_DAILY =
      new TableSchema(
          "topic_daily",
          1,
          "one row per registry topic and publication date that some actor takes a stance on",
          List.of("topic_id", "published_date"),
          struct(
              required("topic_id", StringType, "The topic (seeds/topics.csv)."),
              date(),
              required("n_statements", LongType, "Stance statements on the topic."),
              required("n_support", LongType, "Statements of support."),
              required("n_oppose", LongType, "Statements of opposition."),
              required(
                  "supporters",
                  createArrayType(StringType, false),
                  "actor_ids with at least one statement of support, sorted."),
              required(
                  "opponents",
                  createArrayType(StringType, false),
                  "actor_ids with at least one statement of opposition, sorted."),
              required(
                  "net_stance", DoubleType, "(n_support - n_oppose) / n_statements, in [-1, 1].")),
          List.of(),
          Kind.REBUILT);
}
