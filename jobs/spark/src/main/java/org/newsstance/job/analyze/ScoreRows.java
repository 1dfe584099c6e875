package org.newsstance.job.analyze;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.job.RowValues;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.sentiment.SentimentEvidence;
import org.newsstance.score.stance.ActorStance;

/** Rows of the actor_sentiment and actor_stance tables, in declared column order. */
final class ScoreRows {
  private ScoreRows() {}

  static List<Row> sentiment(DocumentAnalysis analysis, Date date, ActorRegistry registry) {
    List<Row> rows = new ArrayList<>(analysis.sentiments().size());
    for (ActorSentiment s : analysis.sentiments()) {
      List<Row> evidence = new ArrayList<>(s.evidence().size());
      for (SentimentEvidence e : s.evidence()) {
        evidence.add(
            RowFactory.create(e.sentenceIdx(), e.charBegin(), e.charEnd(), e.mention(), e.score()));
      }
      rows.add(
          RowFactory.create(
              analysis.document().docId(),
              s.paragraphIdx(),
              s.actorId(),
              ActorRows.actor(analysis, registry, s.actorId()).name(),
              s.score(),
              s.label(),
              s.negative(),
              s.neutral(),
              s.positive(),
              s.nMentions(),
              RowValues.seq(evidence),
              RowValues.seq(s.methods()),
              MentionSentimentScorer.MODEL_VERSION,
              analysis.paragraphTones().get(s.paragraphIdx()).value(),
              date));
    }
    return rows;
  }

  static List<Row> stance(DocumentAnalysis analysis, Date date, ActorRegistry registry) {
    List<Row> rows = new ArrayList<>(analysis.stances().size());
    for (ActorStance s : analysis.stances()) {
      rows.add(
          RowFactory.create(
              analysis.document().docId(),
              s.paragraphIdx(),
              s.sentenceIdx(),
              s.holderActorId(),
              ActorRows.actor(analysis, registry, s.holderActorId()).name(),
              s.targetType(),
              s.targetId(),
              s.targetText(),
              s.stance(),
              s.score(),
              s.confidence(),
              s.cue(),
              s.evidenceCharBegin(),
              s.evidenceCharEnd(),
              s.method(),
              date));
    }
    return rows;
  }
}
