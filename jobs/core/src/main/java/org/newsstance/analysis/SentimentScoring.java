package org.newsstance.analysis;

import java.util.ArrayList;
import java.util.List;
import org.newsstance.annotate.ActorMention;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.sentiment.ScoredMention;
import org.newsstance.score.sentiment.SentimentAggregator;
import org.newsstance.segment.AnnotatedSentence;
import org.newsstance.segment.Sentence;

/**
 * Scores every actor mention in its sentence and aggregates them per actor per paragraph. A parsed
 * sentence is scored by the target-dependent classifier; a sentence the parser skipped (over the
 * length cap) by the words-only fallback, so a long sentence still counts, with its method saying
 * how.
 */
final class SentimentScoring {
  private final MentionSentimentScorer scorer = MentionSentimentScorer.load();
  private final SentimentAggregator aggregator = new SentimentAggregator();

  List<ActorSentiment> score(List<AnnotatedSentence> sentences, List<ActorMention> mentions) {
    List<ScoredMention> scored = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      AnnotatedSentence sentence = sentences.get(m.sentenceIdx());
      Sentence stored = sentence.sentence();
      scored.add(
          new ScoredMention(
              m,
              scorer.score(sentence.coreMap(), m.tokenBegin(), m.tokenEnd()),
              stored.charBegin(),
              stored.charEnd()));
    }
    return aggregator.aggregate(scored);
  }
}
