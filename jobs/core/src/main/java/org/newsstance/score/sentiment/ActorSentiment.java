package org.newsstance.score.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * How one paragraph portrays one actor: the aggregate of its mentions there.
 *
 * @param score positive minus negative probability of the aggregate distribution, in [-1, 1]
 * @param label {@code negative}, {@code neutral} or {@code positive}: the score against the
 *     thresholds of {@link SentimentAggregator}
 * @param evidence the strongest mentions' sentences, strongest first (at most {@link
 *     SentimentAggregator#MAX_EVIDENCE})
 * @param methods how the mentions were scored (classifier, fallback_unparsed), sorted, distinct
 */
public record ActorSentiment(
    int paragraphIdx,
    String actorId,
    double score,
    String label,
    double negative,
    double neutral,
    double positive,
    int nMentions,
    List<SentimentEvidence> evidence,
    List<String> methods)
    implements Serializable {

  public ActorSentiment {
    evidence = List.copyOf(evidence);
    methods = List.copyOf(methods);
  }
}
