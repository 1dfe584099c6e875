package org.newsstance.publish;

import java.util.List;

/**
 * The output tables, declared once, in the order runs publish them. {@code schemas/} holds these as
 * files (written by {@code bin/newsstance schemas --write}); a test fails when code and files
 * disagree. The declarations live in one class per stage of the pipeline.
 */
public final class Tables {
  private Tables() {}

  public static final String PUBLISHED_DATE = "published_date";

  public static final TableSchema DOCUMENTS = DocumentTables.DOCUMENTS;
  public static final TableSchema PARAGRAPHS = DocumentTables.PARAGRAPHS;
  public static final TableSchema SENTENCES = DocumentTables.SENTENCES;
  public static final TableSchema QUARANTINE = DocumentTables.QUARANTINE;
  public static final TableSchema ACTORS = ActorTables.ACTORS;
  public static final TableSchema ACTOR_MENTIONS = ActorTables.ACTOR_MENTIONS;
  public static final TableSchema ACTOR_SENTIMENT = ScoreTables.ACTOR_SENTIMENT;
  public static final TableSchema ACTOR_STANCE = ScoreTables.ACTOR_STANCE;
  public static final TableSchema ACTOR_DAILY = AggregateTables.ACTOR_DAILY;
  public static final TableSchema STANCE_EDGES = AggregateTables.STANCE_EDGES;
  public static final TableSchema TOPIC_DAILY = AggregateTables.TOPIC_DAILY;
  public static final TableSchema RUNS = RunTables.RUNS;

  /**
   * The tables the analysis writes a document's rows to besides documents itself: the nested
   * columns of an analysis row, counted as it is staged.
   */
  public static final List<TableSchema> ANALYSIS =
      List.of(PARAGRAPHS, SENTENCES, ACTOR_MENTIONS, ACTOR_SENTIMENT, ACTOR_STANCE);

  /**
   * Every table, in the order runs publish them: per-document tables first, so that rebuilt
   * aggregates can read them from the new snapshot.
   */
  public static final List<TableSchema> ALL =
      List.of(
          DOCUMENTS,
          PARAGRAPHS,
          SENTENCES,
          ACTOR_MENTIONS,
          ACTOR_SENTIMENT,
          ACTOR_STANCE,
          QUARANTINE,
          ACTORS,
          ACTOR_DAILY,
          STANCE_EDGES,
          TOPIC_DAILY,
          RUNS);
}
